package io.github.cloudmckeys.ui;

import io.github.cloudmckeys.session.PortalToOpen;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The one place where the window asks the user something in a dialog. View models call
 * it; the app shows real dialogs, tests answer with chosen paths and record what was asked.
 * Every method is called on the UI thread and blocks until the user answers.
 */
public interface DialogService {

    /** The file to save into, or empty when the user cancelled. */
    Optional<Path> chooseSaveFile(SaveFileRequest request);

    /** True when the user agrees to replace {@code file}, which exists. */
    boolean confirmReplace(Path file);

    /** The portal to switch to, or empty when the user cancelled. */
    Optional<PortalToOpen> askForPortal();

    /**
     * The preferences the user accepted, starting from {@code current}; empty when cancelled.
     * By default nothing is asked and nothing changes.
     */
    default Optional<Preferences> editPreferences(Preferences current) {
        return Optional.empty();
    }

    /**
     * True when the user agrees to replace these entries of their own files ("cloud \"x\" in
     * /home/u/.config/openstack/clouds.yaml"); the old files are kept as backups. Nothing is
     * replaced without asking: a dialog service that cannot ask says no.
     */
    default boolean confirmReplaceEntries(List<String> replacements) {
        return false;
    }
}
