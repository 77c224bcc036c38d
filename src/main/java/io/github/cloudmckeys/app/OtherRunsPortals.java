package io.github.cloudmckeys.app;

import io.github.cloudmckeys.app.settings.AppSettings;
import io.github.cloudmckeys.app.settings.SavedPortal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The remembered portals that other runs (a {@code login} or {@code logout} in a terminal, a second
 * window) changed in the settings file while this window runs: a portal they added is kept, one they
 * removed stays removed, and what this window itself forgot or added wins. Which is which comes from
 * what the file held when this run last read or wrote it. Thread-safe: the window changes settings on
 * the UI thread, the file is read and written off it.
 */
final class OtherRunsPortals {
    /** The portals this run forgot: never brought back from the file. */
    private final Set<String> forgotten = new HashSet<>();
    /** The portals the file named when this run last read or wrote it. */
    private final Set<String> seenInFile;

    OtherRunsPortals(AppSettings loaded) {
        seenInFile = names(loaded.portals());
    }

    /** This run changed its settings from {@code before} to {@code after}. */
    synchronized void changed(AppSettings before, AppSettings after) {
        Set<String> kept = names(after.portals());
        names(before.portals()).stream().filter(name -> !kept.contains(name)).forEach(forgotten::add);
        forgotten.removeAll(kept);
    }

    /**
     * {@code settings} with the file's changes by other runs: the portals they added (never the
     * default when this run has one) and without those they removed; then remembers the file as seen.
     */
    synchronized AppSettings reconcile(AppSettings settings, AppSettings inFile) {
        Set<String> mine = names(settings.portals());
        Set<String> there = names(inFile.portals());
        boolean hasDefault = settings.portals().stream().anyMatch(SavedPortal::isDefault);
        // A missing or unreadable file reads as the defaults: that removes nothing, it only says nothing.
        boolean fileSaysSomething = !inFile.equals(AppSettings.defaults());
        List<SavedPortal> all = new ArrayList<>(settings.portals().stream().filter(portal ->
                there.contains(portal.name()) || !seenInFile.contains(portal.name()) || !fileSaysSomething).toList());
        inFile.portals().stream()
                .filter(portal -> !mine.contains(portal.name()) && !forgotten.contains(portal.name()))
                .map(portal -> hasDefault ? portal.asDefault(false) : portal).forEach(all::add);
        seenInFile.clear();
        seenInFile.addAll(there);
        if (all.equals(settings.portals())) {
            return settings;
        }
        if (!all.isEmpty() && all.stream().noneMatch(SavedPortal::isDefault)) {
            all.set(0, all.get(0).asDefault(true)); // as the registry does when the default is forgotten
        }
        return settings.withPortals(all);
    }

    /** The file now holds {@code written}. */
    synchronized void wrote(AppSettings written) {
        seenInFile.clear();
        seenInFile.addAll(names(written.portals()));
    }

    private static Set<String> names(List<SavedPortal> portals) {
        Set<String> names = new HashSet<>();
        portals.forEach(portal -> names.add(portal.name()));
        return names;
    }
}
