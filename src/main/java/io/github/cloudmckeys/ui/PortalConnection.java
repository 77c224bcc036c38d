package io.github.cloudmckeys.ui;

import io.github.cloudmckeys.portal.PortalApi;

/** An open portal the window reads from; closing it releases what it holds (the demo's server). */
public interface PortalConnection extends AutoCloseable {

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

    @Override
    void close();
}
