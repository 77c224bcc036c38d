package io.github.cloudmckeys.app.settings;

import io.github.cloudmckeys.net.ProxyPreference;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What the window remembers of the network, kept apart so that the CA file can move with the
 * portal it belongs to: the CA file given in Connect… for the remembered endpoint, and the proxy
 * Preferences… names for when the environment names none. A proxy password is never remembered:
 * the manual URL loses its login here (a proxy that asks for one takes it from HTTPS_PROXY).
 *
 * @param caFile the remembered portal's CA file, absolute
 * @param proxy  System (the default), None or Manual
 */
public record NetworkSettings(Optional<Path> caFile, ProxyPreference proxy) {
    public static final NetworkSettings DEFAULTS = new NetworkSettings(Optional.empty(), ProxyPreference.SYSTEM);

    public NetworkSettings {
        caFile = Objects.requireNonNull(caFile, "caFile").map(file -> file.toAbsolutePath().normalize());
        Objects.requireNonNull(proxy, "proxy");
        proxy = new ProxyPreference(proxy.mode(), proxy.manualUrl().map(NetworkSettings::withoutPassword));
    }

    /** {@code http://user:secret@host:3128} becomes {@code http://host:3128}: the login goes with its password. */
    static String withoutPassword(String url) {
        return url.replaceFirst("^([A-Za-z][A-Za-z0-9+.-]*://)?[^@/]*@", "$1");
    }

    public NetworkSettings withCaFile(Optional<Path> file) {
        return new NetworkSettings(file, proxy);
    }

    public NetworkSettings withProxy(ProxyPreference preference) {
        return new NetworkSettings(caFile, preference);
    }
}
