package io.github.cloudmckeys.ui;

import java.nio.file.Path;
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
    Optional<PortalTarget> askForPortal();

    /**
     * The preferences the user accepted, starting from {@code current}; empty when cancelled.
     * By default nothing is asked and nothing changes.
     */
    default Optional<Preferences> editPreferences(Preferences current) {
        return Optional.empty();
    }
}
