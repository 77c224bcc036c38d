package io.github.cloudmckeys.session;

import io.github.cloudmckeys.keystone.KeystoneClient;
import io.github.cloudmckeys.portal.PortalApi;
import java.nio.file.Path;
import java.util.Optional;

/** An open portal the window reads from; closing it releases what it holds (the demo's server). */
public interface ConnectedPortal extends AutoCloseable {

    PortalApi api();

    /** The portal's name as exported scripts write it in their header. */
    String portalHost();

    /**
     * What the user's field role assignments are kept under: the endpoint's origin
     * ({@code https://portal.example.com}); by default the host.
     */
    default String origin() {
        return portalHost();
    }

    /** Test credentials' client: the session's proxies and trust; by default the JDK's roots, directly. */
    default KeystoneClient keystone() {
        return KeystoneClient.create();
    }

    /**
     * The user's CA file for this portal, when it (not the JDK's or the system's roots) is what makes
     * {@code url}'s certificate trusted; may ask {@code url}'s server once, so never on the UI thread.
     * By default there is no CA file.
     */
    default Optional<Path> caFileThatTrusts(String url) {
        return Optional.empty();
    }

    @Override
    void close();
}
