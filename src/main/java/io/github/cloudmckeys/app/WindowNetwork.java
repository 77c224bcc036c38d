package io.github.cloudmckeys.app;

import io.github.cloudmckeys.app.settings.AppSettings;
import io.github.cloudmckeys.net.NetException;
import io.github.cloudmckeys.net.NetSession;
import io.github.cloudmckeys.net.ProxyPreference;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * How the window's portal sessions reach the network: the environment's proxies first, else the
 * proxy Preferences… names (the operating system's by default), and the portal's CA file:
 * {@code CLOUDMC_CA_FILE} when set, else the one remembered with the endpoint or typed in Connect….
 */
record WindowNetwork(Map<String, String> env, Supplier<ProxyPreference> proxy) {
    WindowNetwork {
        env = Map.copyOf(env);
        Objects.requireNonNull(proxy, "proxy");
    }

    /** A session's client, with the CA file for its portal ({@code CLOUDMC_CA_FILE} wins over {@code caFile}). */
    NetSession open(Optional<Path> caFile) throws NetException {
        return NetSession.open(env, proxy.get(), NetSession.caFile(null, env).or(() -> caFile));
    }

    /** The CA file remembered with {@code endpoint}, when it is the remembered one. */
    static Optional<Path> remembered(AppSettings settings, String endpoint) {
        return settings.endpoint().filter(saved -> saved.strip().equals(endpoint.strip()))
                .flatMap(saved -> settings.network().caFile());
    }
}
