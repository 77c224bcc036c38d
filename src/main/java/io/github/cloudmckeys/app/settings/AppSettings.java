package io.github.cloudmckeys.app.settings;

import io.github.cloudmckeys.i18n.Language;
import java.nio.file.Path;
import java.util.List;
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
 * @param portals  the remembered portals (names, endpoints, the default; never a key); {@code endpoint}
 *     is what a version without this list remembered, and is written as the default's for it
 * @param network the remembered portal's CA file and the proxy preference
 * @param theme    light or dark as chosen in Preferences; empty to follow the system's appearance
 */
public record AppSettings(Optional<String> endpoint, Optional<WindowBounds> windowBounds,
                          Optional<Path> lastSaveFolder, int clipboardClearSeconds, Optional<Language> language,
                          List<SavedPortal> portals, NetworkSettings network, Optional<ThemeChoice> theme) {
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
        portals = List.copyOf(portals);
        Objects.requireNonNull(network, "network");
        theme = Objects.requireNonNull(theme, "theme").filter(chosen -> chosen != ThemeChoice.SYSTEM);
    }

    /** Without remembered portals, with the default network settings, in {@code theme}. */
    public AppSettings(Optional<String> endpoint, Optional<WindowBounds> windowBounds, Optional<Path> lastSaveFolder,
                       int clipboardClearSeconds, Optional<Language> language, Optional<ThemeChoice> theme) {
        this(endpoint, windowBounds, lastSaveFolder, clipboardClearSeconds, language, List.of(), NetworkSettings.DEFAULTS,
                theme);
    }

    /** Following the system's appearance. */
    public AppSettings(Optional<String> endpoint, Optional<WindowBounds> windowBounds, Optional<Path> lastSaveFolder,
                       int clipboardClearSeconds, Optional<Language> language, List<SavedPortal> portals,
                       NetworkSettings network) {
        this(endpoint, windowBounds, lastSaveFolder, clipboardClearSeconds, language, portals, network, Optional.empty());
    }

    /** Without remembered portals but the one an older version kept in {@code endpoint}; default network settings. */
    public AppSettings(Optional<String> endpoint, Optional<WindowBounds> windowBounds, Optional<Path> lastSaveFolder,
                       int clipboardClearSeconds, Optional<Language> language) {
        this(endpoint, windowBounds, lastSaveFolder, clipboardClearSeconds, language, List.of(), NetworkSettings.DEFAULTS);
    }

    /** With the default network settings: no CA file, the system's proxy. */
    public AppSettings(Optional<String> endpoint, Optional<WindowBounds> windowBounds, Optional<Path> lastSaveFolder,
                       int clipboardClearSeconds, Optional<Language> language, List<SavedPortal> portals) {
        this(endpoint, windowBounds, lastSaveFolder, clipboardClearSeconds, language, portals, NetworkSettings.DEFAULTS);
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
                clipboardClearSeconds, language, portals, network, theme);
    }

    /** @param bounds the window's bounds; null or unusable bounds (NaN, zero size) forget them */
    public AppSettings withWindowBounds(WindowBounds bounds) {
        return new AppSettings(endpoint, Optional.ofNullable(bounds), lastSaveFolder, clipboardClearSeconds, language,
                portals, network, theme);
    }

    /** @param folder the folder to propose next time (made absolute); null forgets it */
    public AppSettings withLastSaveFolder(Path folder) {
        return new AppSettings(endpoint, windowBounds, Optional.ofNullable(folder), clipboardClearSeconds, language,
                portals, network, theme);
    }

    /** @param seconds how long a copied secret stays on the clipboard, 0 for never */
    public AppSettings withClipboardClearSeconds(int seconds) {
        return new AppSettings(endpoint, windowBounds, lastSaveFolder, seconds, language, portals, network, theme);
    }

    /** @param chosen the language to speak from the next start; empty to follow the system's */
    public AppSettings withLanguage(Optional<Language> chosen) {
        return new AppSettings(endpoint, windowBounds, lastSaveFolder, clipboardClearSeconds, chosen, portals, network, theme);
    }

    /**
     * @param remembered the portals to remember; the default's endpoint is also kept where a version
     *     without this list looks for it
     */
    public AppSettings withPortals(List<SavedPortal> remembered) {
        Optional<String> legacy = remembered.stream().filter(SavedPortal::isDefault).findFirst().map(SavedPortal::endpoint);
        return new AppSettings(legacy, windowBounds, lastSaveFolder, clipboardClearSeconds, language, remembered,
                network, theme);
    }

    /** @param settings the CA file remembered with the endpoint and the proxy preference */
    public AppSettings withNetwork(NetworkSettings settings) {
        return new AppSettings(endpoint, windowBounds, lastSaveFolder, clipboardClearSeconds, language, portals,
                settings, theme);
    }

    /** @param chosen light or dark; {@link ThemeChoice#SYSTEM} follows the system's appearance */
    public AppSettings withTheme(ThemeChoice chosen) {
        return new AppSettings(endpoint, windowBounds, lastSaveFolder, clipboardClearSeconds, language, portals, network,
                Optional.ofNullable(chosen));
    }
}
