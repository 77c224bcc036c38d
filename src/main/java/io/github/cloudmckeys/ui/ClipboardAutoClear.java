package io.github.cloudmckeys.ui;

import io.github.cloudmckeys.i18n.Messages;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * Copies to the clipboard, and takes a copied secret off it again: after the delay (a
 * countdown the status bar shows), and when the window closes. Only if the clipboard still
 * holds exactly what was put there: whatever the user copied since is theirs and stays.
 * A delay of 0 never clears. Everything here runs on the UI thread.
 */
final class ClipboardAutoClear {
    private static final Duration TICK = Duration.ofSeconds(1);

    private final ClipboardService clipboard;
    private final UiTimer timer;
    private final Consumer<String> announce;
    private final Messages messages;
    private final IntegerProperty delaySeconds =
            new SimpleIntegerProperty(this, "delaySeconds", Preferences.DEFAULT_CLIPBOARD_CLEAR_SECONDS);
    private final ReadOnlyStringWrapper countdown = new ReadOnlyStringWrapper(this, "countdown", "");
    /** The secret put on the clipboard, while a clear is due. */
    private String ours;
    private int secondsLeft;
    private UiTimer.Repeating ticking;

    /** @param announce shows a sentence in the status line ("Cleared the clipboard.") */
    ClipboardAutoClear(ClipboardService clipboard, UiTimer timer, Consumer<String> announce, Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.clipboard = Objects.requireNonNull(clipboard, "clipboard");
        this.timer = Objects.requireNonNull(timer, "timer");
        this.announce = Objects.requireNonNull(announce, "announce");
        delaySeconds.addListener((o, was, now) -> delayChanged(now.intValue()));
    }

    /** Puts {@code secret} on the clipboard and starts the countdown to clear it. */
    void copySecret(String secret) {
        clipboard.putText(secret);
        stopCountdown();
        if (delaySeconds.get() <= 0) {
            return;
        }
        ours = secret;
        secondsLeft = delaySeconds.get();
        showCountdown();
        ticking = timer.every(TICK, this::tick);
    }

    /** Puts {@code text}, no secret, on the clipboard: it replaced any secret of ours, so nothing is due. */
    void copyPlain(String text) {
        clipboard.putText(text);
        stopCountdown();
    }

    /** Clears a secret of ours still on the clipboard at once: the window is closing. */
    void close() {
        String secret = ours;
        stopCountdown();
        clearIfStill(secret);
    }

    private void tick() {
        secondsLeft--;
        if (secondsLeft > 0) {
            showCountdown();
            return;
        }
        String secret = ours;
        stopCountdown();
        if (clearIfStill(secret)) {
            announce.accept(messages.get("window.status.clipboardCleared"));
        }
    }

    private boolean clearIfStill(String secret) {
        if (secret != null && clipboard.text().filter(secret::equals).isPresent()) {
            clipboard.clear();
            return true;
        }
        return false;
    }

    private void delayChanged(int seconds) {
        if (ticking == null) {
            return;
        }
        if (seconds <= 0) {
            stopCountdown(); // "never" now: what was copied stays
        } else if (secondsLeft > seconds) {
            secondsLeft = seconds;
            showCountdown();
        }
    }

    private void showCountdown() {
        countdown.set(messages.get("window.status.clipboardCountdown", secondsLeft));
    }

    private void stopCountdown() {
        if (ticking != null) {
            ticking.stop();
            ticking = null;
        }
        ours = null;
        countdown.set("");
    }

    /** Seconds a secret stays on the clipboard; 0 for never. */
    IntegerProperty delaySecondsProperty() {
        return delaySeconds;
    }

    /** "Clipboard clears in 12 s" while a clear is due, else empty. */
    ReadOnlyStringProperty countdownProperty() {
        return countdown.getReadOnlyProperty();
    }
}
