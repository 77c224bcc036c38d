package io.github.cloudmckeys.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A clipboard that keeps what was put on it, for view-model tests; the user can copy into it too. */
final class RecordingClipboard implements ClipboardService {
    private final List<String> texts = new ArrayList<>();
    private String content;
    private int clears;

    @Override
    public void putText(String text) {
        texts.add(text);
        content = text;
    }

    @Override
    public Optional<String> text() {
        return Optional.ofNullable(content);
    }

    @Override
    public void clear() {
        content = null;
        clears++;
    }

    /** Someone copies {@code text} in another application. */
    void userCopies(String text) {
        content = text;
    }

    /** What the app put on the clipboard, in order. */
    List<String> texts() {
        return List.copyOf(texts);
    }

    /** What the app put last; empty before anything was copied (whether or not it was cleared since). */
    String current() {
        return texts.isEmpty() ? "" : texts.get(texts.size() - 1);
    }

    /** The clipboard's content now, null when empty. */
    String content() {
        return content;
    }

    int clears() {
        return clears;
    }
}
