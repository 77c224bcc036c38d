package io.github.cloudmckeys.app;

import io.github.cloudmckeys.i18n.FailureSentences;
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
 * What other runs changed in the file's remembered portals meanwhile (a {@code login} or
 * {@code logout}, a second window) is kept when this one writes ({@link OtherRunsPortals}).
 */
final class SettingsKeeper {
    private final SettingsStore store;
    private final BackgroundRunner runner;
    private volatile Consumer<String> onFailure = sentence -> { };
    private volatile Messages messages = Messages.english();
    private final AtomicLong latest = new AtomicLong();
    private final Object writing = new Object();
    private AppSettings current;
    private final OtherRunsPortals otherRuns;

    SettingsKeeper(SettingsStore store, AppSettings loaded, BackgroundRunner runner) {
        this.store = Objects.requireNonNull(store, "store");
        this.current = Objects.requireNonNull(loaded, "loaded");
        this.otherRuns = new OtherRunsPortals(loaded);
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
        otherRuns.changed(current, next);
        current = next;
        long version = latest.incrementAndGet();
        runner.run(() -> write(next, version), written -> adopt(next, written),
                failure -> onFailure.accept(sentence(failure)));
    }

    /** Applies {@code change} and writes at once, on this thread: for when the app is ending. */
    void updateNow(UnaryOperator<AppSettings> change) {
        AppSettings next = change.apply(current);
        otherRuns.changed(current, next);
        current = next;
        try {
            adopt(next, write(next, latest.incrementAndGet()));
        } catch (IOException e) {
            onFailure.accept(sentence(e));
        }
    }

    private String sentence(Exception failure) {
        return FailureSentences.of(failure, messages);
    }

    /**
     * Reads the file's remembered portals again, off the UI thread, and takes in what other runs changed
     * there (a {@code login} in a terminal, another window): for when the window comes to the front.
     */
    void refreshPortals() {
        AppSettings asked = current;
        runner.run(() -> {
            synchronized (writing) {
                return otherRuns.reconcile(asked, store.load());
            }
        }, seen -> adopt(asked, seen), failure -> { }); // an unreadable file reads as the defaults: nothing lost
    }

    /** What was written, with the portals other runs changed; null when a newer write made it moot. */
    private AppSettings write(AppSettings settings, long version) throws IOException {
        synchronized (writing) {
            if (version != latest.get()) { // an older write that lost the race must not undo a newer one
                return null;
            }
            AppSettings written = otherRuns.reconcile(settings, store.load());
            store.save(written);
            otherRuns.wrote(written);
            return written;
        }
    }

    /** On the UI thread: the portals of {@code seen}, unless this run changed its portals since {@code asked}. */
    private void adopt(AppSettings asked, AppSettings seen) {
        if (seen != null && current.portals().equals(asked.portals())) {
            current = current.withPortals(seen.portals());
        }
    }
}
