package io.github.cloudmckeys.app;

import io.github.cloudmckeys.i18n.FailureSentences;
import io.github.cloudmckeys.app.settings.AppSettings;
import io.github.cloudmckeys.app.settings.SavedPortal;
import io.github.cloudmckeys.app.settings.SettingsStore;
import io.github.cloudmckeys.i18n.Messages;
import io.github.cloudmckeys.ui.BackgroundRunner;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The settings of this run: changed on the UI thread, written in the background (the
 * newest version wins when writes overlap), and once more, in place, when the app ends.
 * A portal that another run remembered meanwhile (a {@code login}, a second window) is kept
 * when this one writes, unless this run forgot it.
 */
final class SettingsKeeper {
    private final SettingsStore store;
    private final BackgroundRunner runner;
    private volatile Consumer<String> onFailure = sentence -> { };
    private volatile Messages messages = Messages.english();
    private final AtomicLong latest = new AtomicLong();
    private final Object writing = new Object();
    private AppSettings current;
    /** The portals this run forgot: never brought back from the file. Touched under {@link #writing}. */
    private final Set<String> forgotten = new HashSet<>();

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
        noteForgotten(current, next);
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
        noteForgotten(current, next);
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
                store.save(withPortalsAddedElsewhere(settings, store.load()));
            }
        }
    }

    private void noteForgotten(AppSettings before, AppSettings after) {
        Set<String> kept = names(after.portals());
        synchronized (writing) {
            names(before.portals()).stream().filter(name -> !kept.contains(name)).forEach(forgotten::add);
            forgotten.removeAll(kept);
        }
    }

    /** {@code settings}, plus the portals the file names that this run neither knows nor forgot; its default wins. */
    private AppSettings withPortalsAddedElsewhere(AppSettings settings, AppSettings onDisk) {
        Set<String> known = names(settings.portals());
        boolean hasDefault = settings.portals().stream().anyMatch(SavedPortal::isDefault);
        List<SavedPortal> added = onDisk.portals().stream()
                .filter(portal -> !known.contains(portal.name()) && !forgotten.contains(portal.name()))
                .map(portal -> hasDefault ? portal.asDefault(false) : portal).toList();
        if (added.isEmpty()) {
            return settings;
        }
        List<SavedPortal> all = new ArrayList<>(settings.portals());
        all.addAll(added);
        if (all.stream().noneMatch(SavedPortal::isDefault)) {
            all.set(0, all.get(0).asDefault(true)); // as the registry does when the default is forgotten
        }
        return settings.withPortals(all);
    }

    private static Set<String> names(List<SavedPortal> portals) {
        Set<String> names = new HashSet<>();
        portals.forEach(portal -> names.add(portal.name()));
        return names;
    }
}
