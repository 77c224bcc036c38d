package io.github.cloudmckeys.ui;

import io.github.cloudmckeys.app.settings.ThemeChoice;
import io.github.cloudmckeys.i18n.Language;
import io.github.cloudmckeys.net.ProxyPreference;
import java.util.Objects;
import java.util.Optional;

/**
 * What the Preferences dialog edits.
 *
 * @param clipboardClearSeconds how long a copied secret stays on the clipboard; 0 keeps it
 *     until something else is copied
 * @param language the language to speak from the next start; empty to follow the system's
 * @param proxy the proxy when the environment names none, from the next connection
 * @param theme light, dark or the system's appearance (applies at once)
 */
public record Preferences(int clipboardClearSeconds, Optional<Language> language, ProxyPreference proxy,
                          ThemeChoice theme) {
    public static final int DEFAULT_CLIPBOARD_CLEAR_SECONDS = 30;
    /** An hour: past that, "never" (0) says what is meant. */
    public static final int MAX_CLIPBOARD_CLEAR_SECONDS = 3600;

    public Preferences {
        if (clipboardClearSeconds < 0 || clipboardClearSeconds > MAX_CLIPBOARD_CLEAR_SECONDS) {
            throw new IllegalArgumentException("clipboardClearSeconds must be 0 to " + MAX_CLIPBOARD_CLEAR_SECONDS);
        }
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(proxy, "proxy");
        Objects.requireNonNull(theme, "theme");
    }

    /** With the system's proxy, following the system's appearance. */
    public Preferences(int clipboardClearSeconds, Optional<Language> language) {
        this(clipboardClearSeconds, language, ProxyPreference.SYSTEM, ThemeChoice.SYSTEM);
    }

    /** With {@code proxy}, following the system's appearance. */
    public Preferences(int clipboardClearSeconds, Optional<Language> language, ProxyPreference proxy) {
        this(clipboardClearSeconds, language, proxy, ThemeChoice.SYSTEM);
    }

    /** With the system's proxy, in {@code theme}. */
    public Preferences(int clipboardClearSeconds, Optional<Language> language, ThemeChoice theme) {
        this(clipboardClearSeconds, language, ProxyPreference.SYSTEM, theme);
    }

    /** Following the system's language. */
    public Preferences(int clipboardClearSeconds) {
        this(clipboardClearSeconds, Optional.empty());
    }

    public static Preferences defaults() {
        return new Preferences(DEFAULT_CLIPBOARD_CLEAR_SECONDS);
    }
}
