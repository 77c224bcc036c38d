package io.github.cloudmckeys.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cloudmckeys.demo.DemoData;
import io.github.cloudmckeys.demo.DemoPortal;
import io.github.cloudmckeys.keystone.FakeKeystone;
import io.github.cloudmckeys.net.TestCa;
import io.github.cloudmckeys.net.TlsFront;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A portal and its Keystone behind TLS with certificates from a private CA, as at a provider
 * that runs its own: the demo portal and a {@link FakeKeystone} on loopback, each behind a
 * {@link TlsFront}. The portal's certificate names {@code portalNames}; Keystone's, 127.0.0.1.
 */
public final class PrivatePortal implements AutoCloseable {
    static final String PASSWORD = "Pr1vate-CA pa$$word";

    private final FakeKeystone keystone;
    private final TlsFront keystoneFront;
    private final DemoPortal portal;
    private final TlsFront portalFront;

    private PrivatePortal(FakeKeystone keystone, TlsFront keystoneFront, DemoPortal portal, TlsFront portalFront) {
        this.keystone = keystone;
        this.keystoneFront = keystoneFront;
        this.portal = portal;
        this.portalFront = portalFront;
    }

    public static PrivatePortal start(TestCa ca, List<String> portalNames) throws Exception {
        FakeKeystone keystone = FakeKeystone.start(PASSWORD, false);
        TlsFront keystoneFront = TlsFront.start(ca.issue("127.0.0.1", List.of("127.0.0.1")),
                URI.create(keystone.url()).getPort());
        String data = """
            {"user": {"id": "u1", "userName": "ccontini"},
             "connections": [{"id": "c", "serviceCode": "swift", "name": "Object Storage", "type": "swift"}],
             "environments": [{"id": "e1", "name": "ccontini", "connectionId": "c",
                "organization": {"id": "o1", "name": "Acme"},
                "apiInfo": {"fields": [
                  {"key": "project_name", "value": "%s"},
                  {"key": "user_name", "value": "%s"},
                  {"key": "password", "value": %s, "sensitive": true},
                  {"key": "auth_url", "value": "%s"},
                  {"key": "identity_api_version", "value": "3"},
                  {"key": "domain_id", "value": "default"},
                  {"key": "s3_access_key", "value": "AKIAPRIVATECA"},
                  {"key": "s3_secret_key", "value": "private-ca-s3-secret", "sensitive": true}]}}]}
            """.formatted(FakeKeystone.PROJECT, FakeKeystone.USER, new ObjectMapper().writeValueAsString(PASSWORD),
                keystoneFront.url("/v3"));
        DemoPortal portal = DemoPortal.start(DemoData.read(new ByteArrayInputStream(
                data.getBytes(StandardCharsets.UTF_8))));
        TlsFront portalFront = TlsFront.start(ca.issue(portalNames.get(0), portalNames), portal.endpoint().getPort());
        return new PrivatePortal(keystone, keystoneFront, portal, portalFront);
    }

    /** The portal's endpoint under {@code host} (a name the certificate holds, or not). */
    public String endpoint(String host) {
        return "https://" + host + ":" + portalFront.port() + portal.endpoint().getPath();
    }

    public String keystoneUrl() {
        return keystoneFront.url("/v3");
    }

    public FakeKeystone keystone() {
        return keystone;
    }

    @Override
    public void close() throws Exception {
        portalFront.close();
        portal.close();
        keystoneFront.close();
        keystone.close();
    }
}
