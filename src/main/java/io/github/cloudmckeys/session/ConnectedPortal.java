package io.github.cloudmckeys.session;

import io.github.cloudmckeys.portal.PortalApi;

/** An open portal the window reads from; closing it releases what it holds (the demo's server). */
public interface ConnectedPortal extends AutoCloseable {

    PortalApi api();

    /** The portal's name as exported scripts write it in their header. */
    String portalHost();

    @Override
    void close();
}
