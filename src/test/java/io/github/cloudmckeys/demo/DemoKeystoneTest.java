package io.github.cloudmckeys.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cloudmckeys.app.cli.CommandLineApp;
import io.github.cloudmckeys.credentials.FieldLabels;
import io.github.cloudmckeys.credentials.FieldRoles;
import io.github.cloudmckeys.credentials.ServiceCredentials;
import io.github.cloudmckeys.credentials.IdentityVersion;
import io.github.cloudmckeys.keystone.KeystoneClient;
import io.github.cloudmckeys.keystone.KeystoneCredentials;
import io.github.cloudmckeys.keystone.KeystoneException;
import io.github.cloudmckeys.portal.ApiInfo;
import io.github.cloudmckeys.portal.ApiInfoField;
import io.github.cloudmckeys.portal.ApiKey;
import io.github.cloudmckeys.portal.HttpPortalApi;
import io.github.cloudmckeys.portal.PortalApi;
import io.github.cloudmckeys.portal.PortalEndpoint;
import io.github.cloudmckeys.portal.PortalException;
import io.github.cloudmckeys.portal.ServiceEntries;
import io.github.cloudmckeys.portal.ServiceEntry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The bundled demo portal's own Keystone: its services name it (on 127.0.0.1, the portal's
 * port) as their authentication URL, and it gives a token for the demo's credentials, v3
 * and v2.0, and refuses a wrong password, so that Test credentials and {@code check} on the
 * demo never send its sample passwords to a real Keystone.
 */
class DemoKeystoneTest {
    private DemoPortal portal;
    private PortalApi api;

    @BeforeEach
    void start() {
        portal = DemoPortal.start();
        try {
            api = HttpPortalApi.create(PortalEndpoint.parse(portal.endpoint().toString()), ApiKey.of(DemoPortal.API_KEY));
        } catch (PortalException e) {
            throw new AssertionError(e);
        }
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    @Test
    void theDemosServicesNameTheDemosOwnKeystone() throws Exception {
        String identity = "http://127.0.0.1:" + portal.endpoint().getPort() + "/identity";
        for (ServiceEntry entry : entries()) {
            for (ApiInfoField field : api.apiInfo(entry.connectionId(), entry.environmentId()).fields()) {
                if (field.key().equals("auth_url")) {
                    assertThat(field.value()).isEqualTo(identity);
                }
                if (field.key().equals("auth_url_v2")) {
                    assertThat(field.value()).isEqualTo(identity + "/v2.0");
                }
                assertThat(field.value()).doesNotContain("auth.cloud.ca");
            }
        }
    }

    @Test
    void theDemosCredentialsGetATokenInBothVersionsAndAWrongPasswordIsRefused() throws Exception {
        ServiceCredentials storage = credentials("Object Storage / ccontini");
        KeystoneClient client = KeystoneClient.create();

        assertThat(client.check(KeystoneCredentials.from(storage), IdentityVersion.V3).host()).isEqualTo("127.0.0.1");
        client.check(KeystoneCredentials.from(storage), IdentityVersion.V2_0);
        assertThat(portal.keystoneTokensGiven()).isEqualTo(2);

        ServiceCredentials wrong = ServiceCredentials.of(storage.service(), new ApiInfo(false,
                storage.fields().stream().map(f -> new ApiInfoField(f.key(),
                        f.key().equals("password") ? "not-the-password" : f.value(), f.sensitive(),
                        f.environmentSpecific())).toList()), FieldRoles.load(), FieldLabels.load(Locale.ENGLISH));
        assertThatThrownBy(() -> client.check(KeystoneCredentials.from(wrong), IdentityVersion.V3))
                .isInstanceOfSatisfying(KeystoneException.class, e -> assertThat(e.kind().keystoneSaidNo()).isTrue());
        assertThat(portal.keystoneTokensGiven()).isEqualTo(2);
    }

    @Test
    void checkOnTheDemoIsAnsweredByTheDemo() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CommandLineApp.run(new String[] {"check", "--demo", "--service", "Object Storage / ccontini"},
                Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("OK: Keystone v3 at 127.0.0.1 issued a token");
    }

    private List<ServiceEntry> entries() throws Exception {
        return ServiceEntries.from(api.environments());
    }

    private ServiceCredentials credentials(String label) throws Exception {
        ServiceEntry entry = entries().stream().filter(e -> e.label().equals(label)).findFirst().orElseThrow();
        return ServiceCredentials.of(entry, api.apiInfo(entry.connectionId(), entry.environmentId()),
                FieldRoles.load(), FieldLabels.load(Locale.ENGLISH));
    }
}
