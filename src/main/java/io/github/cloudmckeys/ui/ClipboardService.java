package io.github.cloudmckeys.ui;

/** The system clipboard, behind an interface so view models can be tested without one. */
public interface ClipboardService {

    /** Replaces the clipboard's content with {@code text}. Called on the UI thread. */
    void putText(String text);
}
