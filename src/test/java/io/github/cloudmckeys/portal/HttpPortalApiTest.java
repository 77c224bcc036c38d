package io.github.cloudmckeys.portal;

import static io.github.cloudmckeys.portal.PortalTestSupport.KEY;
import static io.github.cloudmckeys.portal.PortalTestSupport.api;
import static io.github.cloudmckeys.portal.PortalTestSupport.assertKeyAbsent;
import static io.github.cloudmckeys.portal.RawHttpScripts.respond;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.cloudmckeys.portal.PortalException.Kind;
import io.github.cloudmckeys.portal.RawHttpTestServer.RecordedRequest;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The calls, their requests and their decoding, against a loopback server. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class HttpPortalApiTest {

    private static final String JSON = "application/json";

    @Test
    void environmentsAreDecodedAndTheRequestCarriesKeyAcceptAndUserAgent() throws Exception {
        String body = """
                {"data": [
                  {"id": "env-1", "name": "ccontini", "description": "Mine", "isDefault": true,
                   "organization": {"id": "org-1", "name": "Acme", "entryPoint": "acme", "tags": []},
                   "serviceConnection": {"id": "conn-1", "name": "Object Storage", "serviceCode": "swift",
                                         "type": "swift", "status": {"reachable": true}}},
                  null,
                  {"id": "env-2", "name": "other"}
                ],
                 "metadata": {"recordCount": 2}}
                """;
        try (RawHttpTestServer server = RawHttpTestServer.start(respond(200, JSON + "; charset=utf-8", body))) {
            List<Environment> environments = api(server).environments();

            assertThat(environments).containsExactly(
                    new Environment("env-1", "ccontini", "Mine", new Environment.Organization("org-1", "Acme", "acme"),
                            new ServiceConnection("conn-1", "swift", "Object Storage", "swift")),
                    new Environment("env-2", "other", null, null, null));
            RecordedRequest request = server.requests().get(0);
            assertThat(request.method()).isEqualTo("GET");
            assertThat(request.target()).isEqualTo("/api/v2/environments");
            assertThat(request.header("MC-Api-Key")).contains(KEY);
            assertThat(request.header("Accept")).contains("application/json");
            assertThat(request.header("User-Agent")).hasValueSatisfying(ua -> assertThat(ua).startsWith("cloudmc-keys/"));
        }
    }

    @Test
    void serviceConnectionsIgnoreUnknownFields() throws Exception {
        String body = """
                {"data": [{"id": "c1", "serviceCode": "swift", "name": "Object Storage", "type": "swift",
                           "status": {"reachable": true, "lastUpdated": "2024-01-01T00:00:00Z"}, "new": [1, 2]}]}
                """;
        try (RawHttpTestServer server = RawHttpTestServer.start(respond(200, JSON, body))) {
            assertThat(api(server).serviceConnections())
                    .containsExactly(new ServiceConnection("c1", "swift", "Object Storage", "swift"));
            assertThat(server.requests().get(0).target()).isEqualTo("/api/v2/services/connections");
        }
    }

    @Test
    void apiInfoKeepsFieldOrderAndSensitiveFlagsAndEncodesTheIds() throws Exception {
        String body = """
                {"data": {"canRegenerateCredentials": true, "somethingNew": {"x": 1},
                  "fields": [
                    {"key": "username", "value": "system-ccontini-2925", "sensitive": false, "environmentSpecific": true},
                    {"key": "password", "value": "pa$$ word", "sensitive": true, "environmentSpecific": true, "hint": "x"},
                    {"key": "auth_url", "value": "https://auth.cloud.ca", "sensitive": false}
                  ]}}
                """;
        try (RawHttpTestServer server = RawHttpTestServer.start(respond(200, JSON, body))) {
            ApiInfo info = api(server).apiInfo("conn/1 ä", "env&x=1 #?");

            assertThat(info.canRegenerateCredentials()).isTrue();
            assertThat(info.fields()).containsExactly(
                    new ApiInfoField("username", "system-ccontini-2925", false, true),
                    new ApiInfoField("password", "pa$$ word", true, true),
                    new ApiInfoField("auth_url", "https://auth.cloud.ca", false, false));
            assertThat(server.requests().get(0).target()).isEqualTo(
                    "/api/v2/services/connections/conn%2F1%20%C3%A4/apiInfo?environmentId=env%26x%3D1%20%23%3F");
        }
    }

    @Test
    void aNullFieldIsSkippedAndTheOthersKept() throws Exception {
        String body = "{\"data\":{\"fields\":[null, {\"key\": \"user_name\", \"value\": \"u\"}, null]}}";
        try (RawHttpTestServer server = RawHttpTestServer.start(respond(200, JSON, body))) {
            assertThat(api(server).apiInfo("c", "e").fields())
                    .containsExactly(new ApiInfoField("user_name", "u", false, false));
        }
    }

    @Test
    void dotSegmentsInAnIdAreEncodedSoThatNothingFoldsThem() throws Exception {
        try (RawHttpTestServer server = RawHttpTestServer.start(respond(200, JSON, "{\"data\":{\"fields\":[]}}"))) {
            api(server).apiInfo("..", "e");
            assertThat(server.requests().get(0).target())
                    .isEqualTo("/api/v2/services/connections/%2E%2E/apiInfo?environmentId=e");
        }
    }

    @Test
    void currentUserIsTheFirstUserListed() throws Exception {
        String body = """
                {"data": [{"id": "u1", "userName": "ccontini", "firstName": "Chris", "lastName": "Contini",
                           "email": "c@example.com", "roles": ["x"]},
                          {"id": "u2", "userName": "other"}]}
                """;
        try (RawHttpTestServer server = RawHttpTestServer.start(respond(200, JSON, body))) {
            PortalUser user = api(server).currentUser();

            assertThat(user).isEqualTo(new PortalUser("u1", "ccontini", "Chris", "Contini", "c@example.com"));
            assertThat(server.requests().get(0).target()).isEqualTo("/api/v2/users");
        }
    }

    @Test
    void currentUserAcceptsASingleUserObject() throws Exception {
        try (RawHttpTestServer server = RawHttpTestServer.start(respond(200, JSON, "{\"data\":{\"id\":\"u1\",\"userName\":\"me\"}}"))) {
            assertThat(api(server).currentUser().userName()).isEqualTo("me");
        }
    }

    @Test
    void anEmptyUserListIsMalformed() throws Exception {
        try (RawHttpTestServer server = RawHttpTestServer.start(respond(200, JSON, "{\"data\":[]}"))) {
            PortalException e = catchThrowableOfType(PortalException.class, () -> api(server).currentUser());
            assertThat(e.kind()).isEqualTo(Kind.MALFORMED);
            assertThat(e.getMessage()).contains("no user");
        }
    }

    @Test
    void aTrailingSlashOnTheEndpointIsHarmless() throws Exception {
        try (RawHttpTestServer server = RawHttpTestServer.start(respond(200, JSON, "{\"data\":[]}"))) {
            HttpPortalApi api = api(server.url("/api/v2/"), Duration.ofSeconds(10));
            assertThat(api.environments()).isEmpty();
            assertThat(api.endpoint().uri().toString()).isEqualTo(server.url("/api/v2"));
            assertThat(server.requests().get(0).target()).isEqualTo("/api/v2/environments");
        }
    }

    @Test
    void noContentIsAnEmptyListForListCalls() throws Exception {
        try (RawHttpTestServer server = RawHttpTestServer.start(
                RawHttpScripts.raw(RawHttpScripts.head(204, List.of()).getBytes(StandardCharsets.US_ASCII)))) {
            HttpPortalApi api = api(server);
            assertThat(api.environments()).isEmpty();
            assertThat(api.serviceConnections()).isEmpty();
        }
    }

    @Test
    void thePortalsErrorCodeStringAndMessageAreQuotedCleanedAndWithoutTheKey() throws Exception {
        String longTail = "x".repeat(500);
        String body = "{\"errors\":[{\"errorCode\":\"INVALID_ENVIRONMENT\",\"message\":\"Environment\\nunknown for key "
                + KEY + "\\u202e " + longTail + "\",\"context\":{\"apiKey\":\"" + KEY + "\"}}]}";
        try (RawHttpTestServer server = RawHttpTestServer.start(respond(400, JSON, body))) {
            PortalException e = catchThrowableOfType(PortalException.class, () -> api(server).apiInfo("c", "e"));

            assertThat(e.kind()).isEqualTo(Kind.UNEXPECTED_STATUS);
            assertThat(e.getMessage())
                    .contains("400", "The portal said: \"Environment unknown for key ******** xxx")
                    .doesNotContain("\n", "\u202e", longTail)
                    .hasSizeLessThan(400);
            assertKeyAbsent(e);
        }
    }

    @Test
    void aNumericErrorCodeIsQuotedWithTheMessage() throws Exception {
        String body = "{\"errors\":[{\"code\":2012,\"message\":\"Access denied to environment\",\"context\":{}}]}";
        try (RawHttpTestServer server = RawHttpTestServer.start(respond(403, JSON, body))) {
            PortalException e = catchThrowableOfType(PortalException.class, () -> api(server).apiInfo("c", "e"));

            assertThat(e.kind()).isEqualTo(Kind.FORBIDDEN);
            assertThat(e.getMessage()).endsWith("The portal said: \"Access denied to environment\" (error 2012)");
        }
    }

    @Test
    void theClientNeitherPrintsTheKeyNorExposesIt() throws Exception {
        HttpPortalApi api = api("https://portal.example.com/api/v2/", Duration.ofSeconds(1));
        assertThat(api.toString()).doesNotContain(KEY).contains("portal.example.com");
        assertThat(api.endpoint().uri().toString()).isEqualTo("https://portal.example.com/api/v2");
    }

    @Test
    void aKeyThatCannotBeAHeaderValueIsRefusedWithoutQuotingIt() throws Exception {
        String badKey = "SEKRET\u0007KEY";
        try (RawHttpTestServer server = RawHttpTestServer.start(respond(200, JSON, "{\"data\":[]}"))) {
            HttpPortalApi api = new HttpPortalApi(HttpPortalApi.newHttpClient(Duration.ofSeconds(5)),
                    PortalEndpoint.parse(server.url("/api/v2")), ApiKey.of(badKey),
                    Duration.ofSeconds(5));
            PortalException e = catchThrowableOfType(PortalException.class, api::environments);

            assertThat(e.kind()).isEqualTo(Kind.UNAUTHORIZED);
            assertThat(e.getMessage()).doesNotContain("SEKRET").contains("copy it again");
            assertThat(e.getCause()).isNull();
            assertThat(server.connectionCount()).isZero();
        }
    }

    @Test
    void aClientThatFollowsRedirectsIsRefusedBeforeAnyRequest() throws Exception {
        try (RawHttpTestServer server = RawHttpTestServer.start(respond(200, JSON, "{\"data\":[]}"))) {
            for (HttpClient.Redirect redirect : List.of(HttpClient.Redirect.NORMAL, HttpClient.Redirect.ALWAYS)) {
                HttpClient following = HttpClient.newBuilder().followRedirects(redirect).build();
                IllegalArgumentException refused = catchThrowableOfType(IllegalArgumentException.class,
                        () -> new HttpPortalApi(following, PortalEndpoint.parse(server.url("/api/v2")), ApiKey.of(KEY), Duration.ofSeconds(5)));

                assertThat(refused).as("%s", redirect).isNotNull();
                assertThat(refused.getMessage()).contains("redirects").doesNotContain(KEY);
            }
            assertThat(server.connectionCount()).isZero();
            assertThat(HttpPortalApi.newHttpClient(Duration.ofSeconds(1)).followRedirects())
                    .isEqualTo(HttpClient.Redirect.NEVER);
        }
    }
}
