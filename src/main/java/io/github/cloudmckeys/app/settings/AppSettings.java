package io.github.cloudmckeys.app.settings;

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
 */
public record AppSettings(Optional<String> endpoint, Optional<WindowBounds> windowBounds,
                          Optional<Path> lastSaveFolder) {

    public AppSettings {
        endpoint = Objects.requireNonNull(endpoint, "endpoint").map(String::strip).filter(e -> !e.isEmpty());
        windowBounds = Objects.requireNonNull(windowBounds, "windowBounds").filter(WindowBounds::isUsable);
        lastSaveFolder = Objects.requireNonNull(lastSaveFolder, "lastSaveFolder")
                .map(folder -> folder.toAbsolutePath().normalize());
    }

    /** Nothing remembered: the demo portal, the default window size, the home folder. */
    public static AppSettings defaults() {
        return new AppSettings(Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** @param endpointOrNull the endpoint to remember; null or blank forgets it */
    public AppSettings withEndpoint(String endpointOrNull) {
        return new AppSettings(Optional.ofNullable(endpointOrNull), windowBounds, lastSaveFolder);
    }

    /** @param bounds the window's bounds; null or unusable bounds (NaN, zero size) forget them */
    public AppSettings withWindowBounds(WindowBounds bounds) {
        return new AppSettings(endpoint, Optional.ofNullable(bounds), lastSaveFolder);
    }

    /** @param folder the folder to propose next time (made absolute); null forgets it */
    public AppSettings withLastSaveFolder(Path folder) {
        return new AppSettings(endpoint, windowBounds, Optional.ofNullable(folder));
    }
}
