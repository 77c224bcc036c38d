package io.github.cloudmckeys.ui;

import java.util.Optional;

/** The system clipboard, behind an interface so view models can be tested without one. */
public interface ClipboardService {

    /** Replaces the clipboard's content with {@code text}. Called on the UI thread. */
    void putText(String text);

    /**
     * The clipboard's text now; empty when it holds no text, or when this clipboard cannot
     * tell (then nothing is ever cleared: clearing what we cannot see could destroy what the
     * user copied since). Called on the UI thread.
     */
    default Optional<String> text() {
        return Optional.empty();
    }

    /** Empties the clipboard. Called on the UI thread. */
    default void clear() {
        // A clipboard that cannot tell its content is never asked to clear it, see text().
    }
}
