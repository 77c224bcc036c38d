package io.github.cloudmckeys.app.settings;

import io.github.cloudmckeys.i18n.Language;
import io.github.cloudmckeys.ui.ThemeChoice;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What the window remembers between runs. There is deliberately no place for the API
 * key: it comes from the environment or is typed once per session, and never reaches disk.
 *
 * @param endpoint       the remembered portal's endpoint URL, as saved (not parsed here)
 * @param windowBounds   the window's last usable bounds (unusable ones are dropped)
 * @param lastSaveFolder the folder of the last saved script, absolute
 * @param clipboardClearSeconds how long a copied secret stays on the clipboard, 0 for never
 *     (0 to {@value #MAX_CLIPBOARD_CLEAR_SECONDS})
 * @param language the language chosen in Preferences; empty to follow the system's
 * @param theme    light or dark as chosen in Preferences; empty to follow the system's appearance
 */
public record AppSettings(Optional<String> endpoint, Optional<WindowBounds> windowBounds,
                          Optional<Path> lastSaveFolder, int clipboardClearSeconds, Optional<Language> language,
                          Optional<ThemeChoice> theme) {
    public static final int DEFAULT_CLIPBOARD_CLEAR_SECONDS = 30;
    public static final int MAX_CLIPBOARD_CLEAR_SECONDS = 3600;

    public AppSettings {
        if (!isClipboardClearSeconds(clipboardClearSeconds)) {
            throw new IllegalArgumentException("clipboardClearSeconds must be 0 to " + MAX_CLIPBOARD_CLEAR_SECONDS);
        }
        endpoint = Objects.requireNonNull(endpoint, "endpoint").map(String::strip).filter(e -> !e.isEmpty());
        windowBounds = Objects.requireNonNull(windowBounds, "windowBounds").filter(WindowBounds::isUsable);
        lastSaveFolder = Objects.requireNonNull(lastSaveFolder, "lastSaveFolder")
                .map(folder -> folder.toAbsolutePath().normalize());
        Objects.requireNonNull(language, "language");
        theme = Objects.requireNonNull(theme, "theme").filter(chosen -> chosen != ThemeChoice.SYSTEM);
    }

    /** Following the system's appearance. */
    public AppSettings(Optional<String> endpoint, Optional<WindowBounds> windowBounds, Optional<Path> lastSaveFolder,
                       int clipboardClearSeconds, Optional<Language> language) {
        this(endpoint, windowBounds, lastSaveFolder, clipboardClearSeconds, language, Optional.empty());
    }

    /** Following the system's language. */
    public AppSettings(Optional<String> endpoint, Optional<WindowBounds> windowBounds, Optional<Path> lastSaveFolder,
                       int clipboardClearSeconds) {
        this(endpoint, windowBounds, lastSaveFolder, clipboardClearSeconds, Optional.empty());
    }

    /** With the default clipboard delay. */
    public AppSettings(Optional<String> endpoint, Optional<WindowBounds> windowBounds, Optional<Path> lastSaveFolder) {
        this(endpoint, windowBounds, lastSaveFolder, DEFAULT_CLIPBOARD_CLEAR_SECONDS);
    }

    /** Nothing remembered: the demo portal, the default window size, the home folder, 30 s on the clipboard, the system's language. */
    public static AppSettings defaults() {
        return new AppSettings(Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** True for a usable clipboard delay: 0 (never) to {@value #MAX_CLIPBOARD_CLEAR_SECONDS} seconds. */
    public static boolean isClipboardClearSeconds(long seconds) {
        return seconds >= 0 && seconds <= MAX_CLIPBOARD_CLEAR_SECONDS;
    }

    /** @param endpointOrNull the endpoint to remember; null or blank forgets it */
    public AppSettings withEndpoint(String endpointOrNull) {
        return new AppSettings(Optional.ofNullable(endpointOrNull), windowBounds, lastSaveFolder,
                clipboardClearSeconds, language, theme);
    }

    /** @param bounds the window's bounds; null or unusable bounds (NaN, zero size) forget them */
    public AppSettings withWindowBounds(WindowBounds bounds) {
        return new AppSettings(endpoint, Optional.ofNullable(bounds), lastSaveFolder, clipboardClearSeconds, language, theme);
    }

    /** @param folder the folder to propose next time (made absolute); null forgets it */
    public AppSettings withLastSaveFolder(Path folder) {
        return new AppSettings(endpoint, windowBounds, Optional.ofNullable(folder), clipboardClearSeconds, language, theme);
    }

    /** @param seconds how long a copied secret stays on the clipboard, 0 for never */
    public AppSettings withClipboardClearSeconds(int seconds) {
        return new AppSettings(endpoint, windowBounds, lastSaveFolder, seconds, language, theme);
    }

    /** @param chosen the language to speak from the next start; empty to follow the system's */
    public AppSettings withLanguage(Optional<Language> chosen) {
        return new AppSettings(endpoint, windowBounds, lastSaveFolder, clipboardClearSeconds, chosen, theme);
    }

    /** @param chosen light, dark, or the system's appearance (which is not written down) */
    public AppSettings withTheme(ThemeChoice chosen) {
        return new AppSettings(endpoint, windowBounds, lastSaveFolder, clipboardClearSeconds, language,
                Optional.of(chosen));
    }
}
