package io.github.cloudmckeys.ui;

/**
 * What the Preferences dialog edits.
 *
 * @param clipboardClearSeconds how long a copied secret stays on the clipboard; 0 keeps it
 *     until something else is copied
 */
public record Preferences(int clipboardClearSeconds) {
    public static final int DEFAULT_CLIPBOARD_CLEAR_SECONDS = 30;
    /** An hour: past that, "never" (0) says what is meant. */
    public static final int MAX_CLIPBOARD_CLEAR_SECONDS = 3600;

    public Preferences {
        if (clipboardClearSeconds < 0 || clipboardClearSeconds > MAX_CLIPBOARD_CLEAR_SECONDS) {
            throw new IllegalArgumentException("clipboardClearSeconds must be 0 to " + MAX_CLIPBOARD_CLEAR_SECONDS);
        }
    }

    public static Preferences defaults() {
        return new Preferences(DEFAULT_CLIPBOARD_CLEAR_SECONDS);
    }
}
