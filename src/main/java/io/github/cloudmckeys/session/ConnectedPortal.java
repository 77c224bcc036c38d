package io.github.cloudmckeys.session;

import io.github.cloudmckeys.keystone.KeystoneClient;
import io.github.cloudmckeys.portal.PortalApi;

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

    @Override
    void close();
}
