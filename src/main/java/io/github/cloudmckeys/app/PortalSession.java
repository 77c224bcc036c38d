package io.github.cloudmckeys.app;

import io.github.cloudmckeys.demo.DemoData;
import io.github.cloudmckeys.demo.DemoPortal;
import io.github.cloudmckeys.portal.ApiKey;
import io.github.cloudmckeys.portal.HttpPortalApi;
import io.github.cloudmckeys.portal.PortalApi;
import io.github.cloudmckeys.portal.PortalEndpoint;
import io.github.cloudmckeys.portal.PortalException;
import io.github.cloudmckeys.ui.PortalConnection;
import java.io.IOException;

/**
 * An open connection to the chosen portal. For the demo this owns the embedded
 * server, so closing the session stops it.
 */
public final class PortalSession implements PortalConnection {
    private final PortalApi api;
    private final PortalEndpoint endpoint;
    private final DemoPortal demoPortal;

    private PortalSession(PortalApi api, PortalEndpoint endpoint, DemoPortal demoPortal) {
        this.api = api;
        this.endpoint = endpoint;
        this.demoPortal = demoPortal;
    }

    /**
     * Opens the portal. For the demo this starts the embedded server (reading the
     * data file first, so a bad file fails before anything listens).
     *
     * @throws IOException when the demo data file cannot be read
     */
    public static PortalSession open(PortalChoice choice) throws IOException {
        if (choice instanceof PortalChoice.Remote remote) {
            return new PortalSession(HttpPortalApi.create(remote.endpoint(), remote.apiKey()), remote.endpoint(), null);
        }
        PortalChoice.Demo demo = (PortalChoice.Demo) choice;
        DemoData data = demo.dataFile().isPresent() ? DemoData.load(demo.dataFile().get()) : DemoData.bundled();
        DemoPortal portal = DemoPortal.start(data);
        try {
            PortalEndpoint endpoint = PortalEndpoint.parse(portal.endpoint().toString());
            return new PortalSession(HttpPortalApi.create(endpoint, ApiKey.of(DemoPortal.API_KEY)), endpoint, portal);
        } catch (PortalException | RuntimeException e) {
            portal.close();
            throw new IOException("The demo portal could not start: " + e.getMessage(), e);
        }
    }

    @Override
    public PortalApi api() {
        return api;
    }

    /** The portal's host, as scripts name it in their header ("127.0.0.1 (demo portal)" for the demo). */
    @Override
    public String portalHost() {
        return isDemo() ? endpoint.host() + " (demo portal)" : endpoint.host();
    }

    public boolean isDemo() {
        return demoPortal != null;
    }

    @Override
    public void close() {
        if (demoPortal != null) {
            demoPortal.close();
        }
    }
}
