package io.github.cloudmckeys.app;

import io.github.cloudmckeys.demo.DemoData;
import io.github.cloudmckeys.demo.DemoDataException;
import io.github.cloudmckeys.demo.DemoPortal;
import io.github.cloudmckeys.i18n.Message;
import io.github.cloudmckeys.i18n.Messages;
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
    private final Messages messages;

    private PortalSession(PortalApi api, PortalEndpoint endpoint, DemoPortal demoPortal, Messages messages) {
        this.api = api;
        this.endpoint = endpoint;
        this.demoPortal = demoPortal;
        this.messages = messages;
    }

    /**
     * Opens the portal. For the demo this starts the embedded server (reading the
     * data file first, so a bad file fails before anything listens).
     *
     * @throws IOException when the demo data file cannot be read
     */
    public static PortalSession open(PortalChoice choice) throws IOException {
        return open(choice, Messages.english());
    }

    /** Opens the portal; {@code messages} names the demo portal in script headers and says why it failed. */
    public static PortalSession open(PortalChoice choice, Messages messages) throws IOException {
        if (choice instanceof PortalChoice.Remote remote) {
            return new PortalSession(HttpPortalApi.create(remote.endpoint(), remote.apiKey()), remote.endpoint(), null,
                    messages);
        }
        PortalChoice.Demo demo = (PortalChoice.Demo) choice;
        // The bundled sample answers Test credentials and check with the demo's own Keystone; a data file as it says.
        DemoPortal portal = demo.dataFile().isPresent() ? DemoPortal.start(DemoData.load(demo.dataFile().get()))
                : DemoPortal.start();
        try {
            PortalEndpoint endpoint = PortalEndpoint.parse(portal.endpoint().toString());
            return new PortalSession(HttpPortalApi.create(endpoint, ApiKey.of(DemoPortal.API_KEY)), endpoint, portal,
                    messages);
        } catch (PortalException e) {
            portal.close();
            throw new DemoDataException(Message.of("startup.demoCouldNotStart", e.userMessage()), e);
        } catch (RuntimeException e) {
            portal.close();
            throw new DemoDataException(Message.of("startup.demoCouldNotStart", e.getClass().getSimpleName()), e);
        }
    }

    @Override
    public PortalApi api() {
        return api;
    }

    /** The portal's host, as scripts name it in their header ("127.0.0.1 (demo portal)" for the demo). */
    @Override
    public String portalHost() {
        return isDemo() ? messages.get("startup.demoPortalHost", endpoint.host()) : endpoint.host();
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
