package io.github.cloudmckeys.ui;

import java.util.ArrayList;
import java.util.List;

/** A clipboard that keeps what was put on it, for view-model tests. */
final class RecordingClipboard implements ClipboardService {
    private final List<String> texts = new ArrayList<>();

    @Override
    public void putText(String text) {
        texts.add(text);
    }

    List<String> texts() {
        return List.copyOf(texts);
    }

    /** The clipboard's content now; empty before anything was copied. */
    String current() {
        return texts.isEmpty() ? "" : texts.get(texts.size() - 1);
    }
}
