package io.github.cloudmckeys.ui;

import io.github.cloudmckeys.session.PortalToOpen;
import java.nio.file.Path;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Dialogs answered by the test: the save dialog returns the next scripted path (empty:
 * cancelled), a replace confirmation gets the scripted answer, and everything asked is
 * recorded. Called on the UI thread, scripted and read from the test's thread.
 */
final class ScriptedDialogs implements DialogService {
    private final Deque<Optional<Path>> saveAnswers = new ConcurrentLinkedDeque<>();
    private final Deque<Optional<PortalToOpen>> portalAnswers = new ConcurrentLinkedDeque<>();
    private final Deque<Optional<Preferences>> preferencesAnswers = new ConcurrentLinkedDeque<>();
    private final List<Preferences> preferencesShown = new CopyOnWriteArrayList<>();
    private final List<SaveFileRequest> saveRequests = new CopyOnWriteArrayList<>();
    private final List<Path> replaceQuestions = new CopyOnWriteArrayList<>();
    private volatile boolean allowReplace;
    private final List<List<String>> entryQuestions = new CopyOnWriteArrayList<>();
    private volatile boolean allowEntryReplace;

    ScriptedDialogs answerSaveWith(Path file) {
        saveAnswers.add(Optional.of(file));
        return this;
    }

    ScriptedDialogs cancelSave() {
        saveAnswers.add(Optional.empty());
        return this;
    }

    ScriptedDialogs answerReplaceWith(boolean replace) {
        allowReplace = replace;
        return this;
    }

    ScriptedDialogs answerPortalWith(PortalToOpen target) {
        portalAnswers.add(Optional.of(target));
        return this;
    }

    @Override
    public Optional<Path> chooseSaveFile(SaveFileRequest request) {
        saveRequests.add(request);
        if (saveAnswers.isEmpty()) {
            throw new AssertionError("the save dialog opened, but the test gave it no answer");
        }
        return saveAnswers.removeFirst();
    }

    @Override
    public boolean confirmReplace(Path file) {
        replaceQuestions.add(file);
        return allowReplace;
    }

    ScriptedDialogs answerReplaceEntriesWith(boolean replace) {
        allowEntryReplace = replace;
        return this;
    }

    @Override
    public boolean confirmReplaceEntries(List<String> replacements) {
        entryQuestions.add(List.copyOf(replacements));
        return allowEntryReplace;
    }

    /** Each "replace these entries?" question asked, in order. */
    List<List<String>> entryQuestions() {
        return List.copyOf(entryQuestions);
    }

    @Override
    public Optional<PortalToOpen> askForPortal() {
        return portalAnswers.isEmpty() ? Optional.empty() : portalAnswers.removeFirst();
    }

    ScriptedDialogs answerPreferencesWith(Preferences chosen) {
        preferencesAnswers.add(Optional.of(chosen));
        return this;
    }

    @Override
    public Optional<Preferences> editPreferences(Preferences current) {
        preferencesShown.add(current);
        return preferencesAnswers.isEmpty() ? Optional.empty() : preferencesAnswers.removeFirst();
    }

    /** What the Preferences dialog was opened with, each time. */
    List<Preferences> preferencesShown() {
        return List.copyOf(preferencesShown);
    }

    List<SaveFileRequest> saveRequests() {
        return List.copyOf(saveRequests);
    }

    List<Path> replaceQuestions() {
        return List.copyOf(replaceQuestions);
    }
}
