package io.github.cloudmckeys.app.settings;

import java.util.Objects;

/**
 * A remembered portal as the settings file keeps it: its name, its endpoint and whether it is
 * the default. Never its key: that is in the OS keyring, under the portal's name.
 *
 * @param name     what the user calls it (by default the endpoint's host); any text but blank
 * @param endpoint the endpoint URL as saved (parsed by the session layer, not here)
 */
public record SavedPortal(String name, String endpoint, boolean isDefault) {

    public SavedPortal {
        name = Objects.requireNonNull(name, "name").strip();
        endpoint = Objects.requireNonNull(endpoint, "endpoint").strip();
        if (name.isEmpty() || endpoint.isEmpty()) {
            throw new IllegalArgumentException("a saved portal needs a name and an endpoint");
        }
    }

    public SavedPortal asDefault(boolean value) {
        return new SavedPortal(name, endpoint, value);
    }
}
