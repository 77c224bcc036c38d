package io.github.cloudmckeys.app;

import io.github.cloudmckeys.session.FailureSentences;
import io.github.cloudmckeys.app.settings.AppSettings;
import io.github.cloudmckeys.app.settings.SettingsStore;
import io.github.cloudmckeys.i18n.Messages;
import io.github.cloudmckeys.ui.BackgroundRunner;
import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The settings of this run: changed on the UI thread, written in the background (the
 * newest version wins when writes overlap), and once more, in place, when the app ends.
 */
final class SettingsKeeper {
    private final SettingsStore store;
    private final BackgroundRunner runner;
    private volatile Consumer<String> onFailure = sentence -> { };
    private volatile Messages messages = Messages.english();
    private final AtomicLong latest = new AtomicLong();
    private final Object writing = new Object();
    private AppSettings current;

    SettingsKeeper(SettingsStore store, AppSettings loaded, BackgroundRunner runner) {
        this.store = Objects.requireNonNull(store, "store");
        this.current = Objects.requireNonNull(loaded, "loaded");
        this.runner = Objects.requireNonNull(runner, "runner");
    }

    /** Where a write that failed is reported, in one English sentence (the window's banner). */
    void reportFailuresTo(Consumer<String> reporter) {
        reportFailuresTo(reporter, Messages.english());
    }

    /** Where a write that failed is reported, in one sentence in the user's language (the window's banner). */
    void reportFailuresTo(Consumer<String> reporter, Messages language) {
        messages = Objects.requireNonNull(language, "language");
        onFailure = Objects.requireNonNull(reporter, "reporter");
    }

    AppSettings current() {
        return current;
    }

    /** Applies {@code change} and writes the result off the UI thread; nothing happens if nothing changed. */
    void update(UnaryOperator<AppSettings> change) {
        AppSettings next = change.apply(current);
        if (next.equals(current)) {
            return;
        }
        current = next;
        long version = latest.incrementAndGet();
        runner.run(() -> {
            write(next, version);
            return null;
        }, done -> { }, failure -> onFailure.accept(sentence(failure)));
    }

    /** Applies {@code change} and writes at once, on this thread: for when the app is ending. */
    void updateNow(UnaryOperator<AppSettings> change) {
        AppSettings next = change.apply(current);
        current = next;
        try {
            write(next, latest.incrementAndGet());
        } catch (IOException e) {
            onFailure.accept(sentence(e));
        }
    }

    private String sentence(Exception failure) {
        return FailureSentences.of(failure, messages);
    }

    private void write(AppSettings settings, long version) throws IOException {
        synchronized (writing) {
            if (version == latest.get()) { // an older write that lost the race must not undo a newer one
                store.save(settings);
            }
        }
    }
}
