package io.github.cloudmckeys.keystone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cloudmckeys.credentials.CredentialField;
import io.github.cloudmckeys.credentials.FieldRole;
import io.github.cloudmckeys.credentials.IdentityVersion;
import io.github.cloudmckeys.credentials.ServiceCredentials;
import io.github.cloudmckeys.keystone.KeystoneException.Kind;
import io.github.cloudmckeys.portal.RawHttpScripts;
import io.github.cloudmckeys.portal.RawHttpTestServer;
import io.github.cloudmckeys.portal.ServiceEntry;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The token check against a Keystone-speaking server on 127.0.0.1 and against servers that misbehave. */
class KeystoneClientTest {
    static final String PASSWORD = "p'a\"s $w!`d\\x\\\\ 1é";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);
    private final ObjectMapper json = new ObjectMapper();

    static KeystoneCredentials credentials(String authUrl, Map<FieldRole, String> overrides) throws KeystoneException {
        Map<FieldRole, String> values = new EnumMap<>(FieldRole.class);
        values.put(FieldRole.AUTH_URL, authUrl);
        values.put(FieldRole.USERNAME, FakeKeystone.USER);
        values.put(FieldRole.PASSWORD, PASSWORD);
        values.put(FieldRole.PROJECT_NAME, FakeKeystone.PROJECT);
        values.put(FieldRole.DOMAIN_ID, "default");
        values.putAll(overrides);
        List<CredentialField> fields = new ArrayList<>();
        values.forEach((role, value) -> {
            if (!value.isEmpty()) {
                fields.add(new CredentialField(role.name(), value, false, false, Optional.of(role), role.name()));
            }
        });
        return KeystoneCredentials.from(new ServiceCredentials(
                new ServiceEntry("c", "Object Storage", "e", "ccontini", "Acme"), fields));
    }

    private static KeystoneClient client(Duration timeout) {
        return new KeystoneClient(KeystoneClient.newHttpClient(Duration.ofSeconds(5)), timeout, CLOCK);
    }

    private static KeystoneClient client() {
        return client(Duration.ofSeconds(10));
    }

    @Test
    void v3IssuesAProjectTokenAndTheSentenceSaysUntilWhenAndWhereObjectStorageIs() throws Exception {
        try (FakeKeystone keystone = FakeKeystone.start(PASSWORD, false)) {
            TokenCheck check = client().check(credentials(keystone.url(), Map.of(FieldRole.REGION, "RegionTwo")),
                    IdentityVersion.V3);

            assertThat(check.sentence()).isEqualTo("OK: Keystone v3 at 127.0.0.1 issued a token for"
                    + " \"system-ccontini-2925\" in project \"system-ccontini\", valid until 2026-01-02T04:04:05Z"
                    + " (in 60 min); object storage: https://public.regiontwo.swift/v1/AUTH_4f2c0b7e.");
            assertThat(keystone.requests()).hasSize(1);
            JsonNode sent = json.readTree(keystone.requests().get(0).body());
            assertThat(keystone.requests().get(0).path()).isEqualTo("/v3/auth/tokens");
            assertThat(sent.at("/auth/identity/password/user/password").asText()).isEqualTo(PASSWORD);
            assertThat(sent.at("/auth/identity/password/user/domain/id").asText()).isEqualTo("default");
            assertThat(sent.at("/auth/scope/project/name").asText()).isEqualTo(FakeKeystone.PROJECT);
            assertThat(sent.at("/auth/scope/project/domain/id").asText()).isEqualTo("default");
            assertThat(check.toString()).doesNotContain("secret-token");
        }
    }

    @Test
    void theInterfaceAndAVersionedUrlAreHonoured() throws Exception {
        try (FakeKeystone keystone = FakeKeystone.start(PASSWORD, false)) {
            TokenCheck check = client().check(credentials(keystone.url() + "/v3/", Map.of(FieldRole.INTERFACE,
                    "internalURL", FieldRole.PROJECT_ID, FakeKeystone.PROJECT_ID, FieldRole.PROJECT_NAME, "")),
                    IdentityVersion.V3);
            assertThat(check.objectStore()).contains("https://internal.regionone.swift/v1/AUTH_4f2c0b7e");
            assertThat(check.project()).contains(FakeKeystone.PROJECT);
            assertThat(json.readTree(keystone.requests().get(0).body()).at("/auth/scope/project/id").asText())
                    .isEqualTo(FakeKeystone.PROJECT_ID);
        }
    }

    @Test
    void aWrongPasswordIsSaidAsKeystoneSaysItAndNeverShown() throws Exception {
        try (FakeKeystone keystone = FakeKeystone.start("the real one", false)) {
            KeystoneException refused = refused(() -> client().check(credentials(keystone.url(), Map.of()),
                    IdentityVersion.V3));

            assertThat(refused.kind()).isEqualTo(Kind.REFUSED);
            assertThat(refused.kind().keystoneSaidNo()).isTrue();
            assertThat(refused.getMessage()).isEqualTo("Keystone at 127.0.0.1 refused the credentials of"
                    + " \"system-ccontini-2925\": wrong password, user name, domain or project (Keystone: \"The request"
                    + " you have made requires authentication.\").");
            assertThat(keystone.requests()).as("scoped, then unscoped to tell password from project").hasSize(2);
            assertThat(json.readTree(keystone.requests().get(1).body()).has("scope")).isFalse();
        }
    }

    @Test
    void anUnknownProjectIsToldApartFromAWrongPassword() throws Exception {
        try (FakeKeystone keystone = FakeKeystone.start(PASSWORD, false)) {
            KeystoneException refused = refused(() -> client().check(credentials(keystone.url(),
                    Map.of(FieldRole.PROJECT_NAME, "nobodys-project")), IdentityVersion.V3));

            assertThat(refused.kind()).isEqualTo(Kind.REFUSED);
            assertThat(refused.getMessage()).startsWith("Keystone at 127.0.0.1 accepted the password of"
                    + " \"system-ccontini-2925\" but gives no token for project \"nobodys-project\": the project does"
                    + " not exist in domain \"default\", or the user has no role on it");
        }
    }

    @Test
    void aMissingDomainGetsKeystonesOwnWords() throws Exception {
        try (FakeKeystone keystone = FakeKeystone.start(PASSWORD, false)) {
            KeystoneException refused = refused(() -> client().check(credentials(keystone.url(),
                    Map.of(FieldRole.DOMAIN_ID, "")), IdentityVersion.V3));
            assertThat(refused.kind()).isEqualTo(Kind.REFUSED);
            assertThat(refused.getMessage()).startsWith("Keystone at 127.0.0.1 rejected the token request (HTTP 400)"
                    + " (Keystone: \"Expecting to find domain in user.");
        }
    }

    @Test
    void v2IssuesATenantToken() throws Exception {
        try (FakeKeystone keystone = FakeKeystone.start(PASSWORD, true)) {
            TokenCheck check = client().check(credentials(keystone.url(), Map.of(FieldRole.AUTH_URL_V2,
                    keystone.url() + "/v2.0")), IdentityVersion.V2_0);

            assertThat(check.sentence()).isEqualTo("OK: Keystone v2.0 at 127.0.0.1 issued a token for"
                    + " \"system-ccontini-2925\" in project \"system-ccontini\", valid until 2026-01-02T04:04:05Z"
                    + " (in 60 min); object storage: https://public.v2.swift/v1/AUTH_4f2c0b7e.");
            JsonNode sent = json.readTree(keystone.requests().get(0).body());
            assertThat(keystone.requests().get(0).path()).isEqualTo("/v2.0/tokens");
            assertThat(sent.at("/auth/passwordCredentials/password").asText()).isEqualTo(PASSWORD);
            assertThat(sent.at("/auth/tenantName").asText()).isEqualTo(FakeKeystone.PROJECT);
        }
    }

    @Test
    void aKeystoneWithoutV2SaysSo() throws Exception {
        try (FakeKeystone keystone = FakeKeystone.start(PASSWORD, false)) {
            KeystoneException refused = refused(() -> client().check(credentials(keystone.url() + "/v3",
                    Map.of()), IdentityVersion.V2_0));
            assertThat(refused.kind()).isEqualTo(Kind.NOT_OFFERED);
            assertThat(refused.getMessage()).isEqualTo("Keystone at 127.0.0.1 does not offer the v2.0 API (POST"
                    + " /v2.0/tokens answered 404 Not Found): use Keystone v3.");
        }
    }

    @Test
    void aRedirectIsNotFollowedSoThePasswordGoesNowhereElse() throws Exception {
        try (FakeKeystone elsewhere = FakeKeystone.start(PASSWORD, false);
             FakeKeystone keystone = FakeKeystone.start(PASSWORD, false)) {
            keystone.redirectTo("http://localhost:" + elsewhere.url().replaceFirst(".*:", "") + "/v3/auth/tokens");

            KeystoneException refused = refused(() -> client().check(credentials(keystone.url(), Map.of()),
                    IdentityVersion.V3));

            assertThat(refused.kind()).isEqualTo(Kind.REDIRECTED);
            assertThat(refused.getMessage()).isEqualTo("Keystone at 127.0.0.1 answered with a redirect (HTTP 307) to"
                    + " localhost: not followed, so the password was sent nowhere else; if that address is right,"
                    + " use it as the authentication URL.");
            assertThat(elsewhere.requests()).isEmpty();
            assertThat(keystone.requests()).hasSize(1);
        }
    }

    @Test
    void aClientThatFollowsRedirectsIsRefused() {
        assertThatThrownBy(() -> new KeystoneClient(HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL).build(), Duration.ofSeconds(1), CLOCK))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void plainHttpToAnotherMachineIsNotSent() {
        KeystoneException refused = refused(() -> client().check(credentials("http://192.0.2.1:5000", Map.of()),
                IdentityVersion.V3));
        assertThat(refused.kind()).isEqualTo(Kind.NOT_SENT);
        assertThat(refused.getMessage()).contains("plain http").contains("use the https:// URL");
    }

    @Test
    void aClosedPortIsUnreachable() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        KeystoneException refused = refused(() -> client().check(credentials("http://127.0.0.1:" + port, Map.of()),
                IdentityVersion.V3));
        assertThat(refused.kind()).isEqualTo(Kind.UNREACHABLE);
        assertThat(refused.getMessage()).isEqualTo("Cannot reach Keystone at 127.0.0.1 (port " + port + "): the"
                + " connection was refused; check the authentication URL.");
    }

    @Test
    void aSilentServerTimesOut() throws Exception {
        try (RawHttpTestServer silent = RawHttpTestServer.start(RawHttpScripts.neverAnswer())) {
            KeystoneException refused = refused(() -> client(Duration.ofMillis(400)).check(credentials(
                    silent.url(""), Map.of()), IdentityVersion.V3));
            assertThat(refused.kind()).isEqualTo(Kind.UNREACHABLE);
            assertThat(refused.getMessage()).isEqualTo("Keystone at 127.0.0.1 did not answer within 400 ms: check"
                    + " your network, or try again later.");
        }
    }

    @Test
    void answersThatAreNotKeystonesAreSaidToBeSo() throws Exception {
        try (RawHttpTestServer html = RawHttpTestServer.start(RawHttpScripts.respond(201, "text/html",
                "<html>login</html>"))) {
            KeystoneException refused = refused(() -> client().check(credentials(html.url(""), Map.of()),
                    IdentityVersion.V3));
            assertThat(refused.kind()).isEqualTo(Kind.BAD_ANSWER);
            assertThat(refused.getMessage()).isEqualTo("127.0.0.1 answered /v3/auth/tokens with HTTP 201 but not as"
                    + " Keystone does (no token in it): check the authentication URL.");

            html.setScript(RawHttpScripts.respond(503, "application/json",
                    "{\"error\": {\"code\": 503, \"message\": \"down\\nfor\\tmaintenance\"}}"));
            KeystoneException down = refused(() -> client().check(credentials(html.url(""), Map.of()),
                    IdentityVersion.V3));
            assertThat(down.kind()).isEqualTo(Kind.BAD_ANSWER);
            assertThat(down.getMessage()).isEqualTo("Keystone at 127.0.0.1 failed (HTTP 503) (Keystone: \"down for"
                    + " maintenance\"): try again later.");
        }
    }

    @Test
    void keystonesMessageNeverCarriesThePassword() throws Exception {
        try (RawHttpTestServer echo = RawHttpTestServer.start(RawHttpScripts.respond(401, "application/json",
                new ObjectMapper().writeValueAsString(Map.of("error", Map.of("message", "bad password "
                        + PASSWORD)))))) {
            KeystoneException refused = refused(() -> client().check(credentials(echo.url(""), Map.of()),
                    IdentityVersion.V3));
            assertThat(refused.getMessage()).contains("bad password (password)").doesNotContain(PASSWORD);
        }
    }

    @Test
    void credentialsWithoutPasswordAreNotTested() {
        assertThatThrownBy(() -> credentials("https://auth.cloud.ca", Map.of(FieldRole.PASSWORD, "")))
                .isInstanceOf(KeystoneException.class)
                .hasMessage("Object Storage / ccontini has no Keystone credentials to test (it needs an authentication"
                        + " URL, a user name and a password).");
    }

    @Test
    void urlsAreBuiltFromWhatThePortalGives() throws Exception {
        assertThat(TokenRequests.v3Url(credentials("https://auth.cloud.ca", Map.of())).toString())
                .isEqualTo("https://auth.cloud.ca/v3/auth/tokens");
        assertThat(TokenRequests.v3Url(credentials("https://auth.cloud.ca/v2.0/", Map.of())).toString())
                .isEqualTo("https://auth.cloud.ca/v3/auth/tokens");
        assertThat(TokenRequests.v2Url(credentials("https://auth.cloud.ca/v3", Map.of())).toString())
                .isEqualTo("https://auth.cloud.ca/v2.0/tokens");
        assertThat(TokenRequests.v2Url(credentials("https://auth.cloud.ca", Map.of(FieldRole.AUTH_URL_V2,
                "https://old.cloud.ca/v2.0/"))).toString()).isEqualTo("https://old.cloud.ca/v2.0/tokens");
        assertThat(credentials("https://a", Map.of()).toString()).doesNotContain(PASSWORD);
    }

    private interface Check {
        TokenCheck run() throws Exception;
    }

    private static KeystoneException refused(Check check) {
        try {
            TokenCheck unexpected = check.run();
            throw new AssertionError("expected no token, got: " + unexpected.sentence());
        } catch (KeystoneException e) {
            assertThat(e.getMessage()).doesNotContain(PASSWORD);
            return e;
        } catch (Exception e) {
            throw new AssertionError("expected a KeystoneException", e);
        }
    }
}
