package io.github.cloudmckeys.session;

import io.github.cloudmckeys.demo.DemoData;
import io.github.cloudmckeys.demo.DemoDataException;
import io.github.cloudmckeys.demo.DemoPortal;
import io.github.cloudmckeys.i18n.Message;
import io.github.cloudmckeys.i18n.Messages;
import io.github.cloudmckeys.keystone.KeystoneClient;
import io.github.cloudmckeys.net.NetSession;
import io.github.cloudmckeys.portal.ApiKey;
import io.github.cloudmckeys.portal.HttpPortalApi;
import io.github.cloudmckeys.portal.PortalApi;
import io.github.cloudmckeys.portal.PortalEndpoint;
import io.github.cloudmckeys.portal.PortalException;
import io.github.cloudmckeys.session.ConnectedPortal;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * An open connection to the chosen portal, with the one HTTP client ({@link NetSession}) its
 * portal and Keystone requests share. For the demo this owns the embedded server, so closing
 * the session stops it.
 */
public final class PortalClient implements ConnectedPortal {
    /** The demo portal's name in the role assignments (its port is new every run). */
    public static final String DEMO_ORIGIN = "demo";

    private final PortalApi api;
    private final PortalEndpoint endpoint;
    private final DemoPortal demoPortal;
    private final Messages messages;
    private final NetSession net;

    private PortalClient(PortalApi api, PortalEndpoint endpoint, DemoPortal demoPortal, Messages messages,
                          NetSession net) {
        this.net = net;
        this.api = api;
        this.endpoint = endpoint;
        this.demoPortal = demoPortal;
        this.messages = messages;
    }

    /** This session, its refused key said to be the one the keyring holds for {@code portalName}. */
    PortalClient withStoredKeyOf(String portalName, String refusedKey) {
        return new PortalClient(new StoredKeyApi(api, portalName, refusedKey), endpoint, demoPortal, messages, net);
    }

    /**
     * Opens the portal. For the demo this starts the embedded server (reading the
     * data file first, so a bad file fails before anything listens).
     *
     * @throws IOException when the demo data file cannot be read
     */
    public static PortalClient open(PortalAccess choice) throws IOException {
        return open(choice, Messages.english());
    }

    /** Opens the portal; {@code messages} names the demo portal in script headers and says why it failed. */
    public static PortalClient open(PortalAccess choice, Messages messages) throws IOException {
        return open(choice, messages, NetSession.direct());
    }

    /** Opens the portal over {@code net}, which the session then owns and closes. */
    public static PortalClient open(PortalAccess choice, Messages messages, NetSession net) throws IOException {
        if (choice instanceof PortalAccess.Remote remote) {
            return new PortalClient(HttpPortalApi.create(net.client(), remote.endpoint(), remote.apiKey()),
                    remote.endpoint(), null, messages, net);
        }
        PortalAccess.Demo demo = (PortalAccess.Demo) choice;
        // The bundled sample answers Test credentials and check with the demo's own Keystone; a data file as it says.
        DemoPortal portal = demo.dataFile().isPresent() ? DemoPortal.start(DemoData.load(demo.dataFile().get()))
                : DemoPortal.start();
        try {
            PortalEndpoint endpoint = PortalEndpoint.parse(portal.endpoint().toString());
            return new PortalClient(HttpPortalApi.create(net.client(), endpoint, ApiKey.of(DemoPortal.API_KEY)),
                    endpoint, portal, messages, net);
        } catch (PortalException e) {
            portal.close();
            net.close();
            throw new DemoDataException(Message.of("startup.demoCouldNotStart", e.userMessage()), e);
        } catch (RuntimeException e) {
            portal.close();
            net.close();
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

    /** A Keystone client over this session's HTTP client: the same proxies and trust as the portal's. */
    @Override
    public KeystoneClient keystone() {
        return KeystoneClient.create(net.client());
    }

    /** The session's CA file, when it is what makes {@code url} trusted ({@link NetSession#caFileThatTrusts(String)}). */
    @Override
    public Optional<Path> caFileThatTrusts(String url) {
        return net.caFileThatTrusts(url);
    }

    public NetSession net() {
        return net;
    }

    /** Assignments are kept by the endpoint's origin; the demo's port changes every run, so it has its own name. */
    @Override
    public String origin() {
        return isDemo() ? DEMO_ORIGIN : endpoint.origin();
    }

    public boolean isDemo() {
        return demoPortal != null;
    }

    @Override
    public void close() {
        api.close();
        if (demoPortal != null) {
            demoPortal.close();
        }
        net.close();
    }
}
