package io.github.cloudmckeys.ui;

import io.github.cloudmckeys.session.ConnectedPortal;
import io.github.cloudmckeys.session.PortalToOpen;
import io.github.cloudmckeys.demo.DemoPortal;
import io.github.cloudmckeys.portal.ApiKey;
import io.github.cloudmckeys.portal.HttpPortalApi;
import io.github.cloudmckeys.portal.PortalApi;
import io.github.cloudmckeys.portal.PortalEndpoint;
import io.github.cloudmckeys.portal.PortalException;
import java.net.URI;
import java.time.Duration;

/** Portal targets for tests: the real HTTP client against a loopback endpoint. */
final class Portals {
    static final String HOST = "127.0.0.1 (demo portal)";

    private Portals() {}

    /** The demo portal's endpoint with its key. The portal itself stays the test's to close. */
    static PortalToOpen demo(DemoPortal portal) {
        return remote("Demo portal — sample data", true, portal.endpoint(), DemoPortal.API_KEY,
                Duration.ofSeconds(10));
    }

    static PortalToOpen remote(String name, boolean demo, URI endpoint, String key, Duration requestTimeout) {
        return new PortalToOpen(name, demo, () -> {
            PortalApi api = new HttpPortalApi(HttpPortalApi.newHttpClient(Duration.ofSeconds(5)),
                    parse(endpoint), ApiKey.of(key), requestTimeout);
            return new ConnectedPortal() {
                @Override
                public PortalApi api() {
                    return api;
                }

                @Override
                public String portalHost() {
                    return HOST;
                }

                @Override
                public void close() {
                    // nothing held: the test owns the server
                }
            };
        });
    }

    static PortalEndpoint parse(URI endpoint) {
        try {
            return PortalEndpoint.parse(endpoint.toString());
        } catch (PortalException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
