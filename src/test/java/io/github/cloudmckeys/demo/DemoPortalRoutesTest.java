package io.github.cloudmckeys.demo;

import static io.github.cloudmckeys.demo.DemoHttp.get;
import static io.github.cloudmckeys.demo.DemoHttp.json;
import static io.github.cloudmckeys.demo.DemoHttp.send;
import static io.github.cloudmckeys.demo.DemoHttp.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cloudmckeys.portal.ApiInfoField;
import io.github.cloudmckeys.portal.ServiceConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DemoPortalRoutesTest {

    private static final String JSON_UTF8 = "application/json; charset=utf-8";
    private static final List<String> ROUTES = List.of("/environments", "/services/connections", "/users");

    private static DemoData data;
    private static DemoPortal portal;

    @BeforeAll
    static void startPortal() {
        data = DemoData.bundled();
        portal = DemoPortal.start(data);
    }

    @AfterAll
    static void closePortal() {
        portal.close();
    }

    @Test
    void environmentsListEachEnvironmentWithItsServiceConnectionButNotItsKeys() throws Exception {
        HttpResponse<byte[]> response = get(portal, "/environments");

        assertJsonStatus(response, 200);
        JsonNode body = json(response);
        assertThat(body.path("metadata").path("recordCount").asInt()).isEqualTo(data.environments().size());
        JsonNode items = body.path("data");
        assertThat(items.size()).isEqualTo(data.environments().size());
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            DemoData.DemoEnvironment expected = data.environments().get(i);
            assertThat(fieldNames(item)).startsWith("id", "name", "description", "organization", "serviceConnection")
                    .contains("membership", "creationDate")
                    .doesNotContain("apiInfo", "connectionId");
            assertThat(item.path("id").asText()).isEqualTo(expected.id());
            assertThat(item.path("name").asText()).isEqualTo(expected.name());
            assertThat(item.path("description").asText()).isEqualTo(expected.description());
            assertThat(item.path("organization").path("name").asText()).isEqualTo(expected.organization().name());
            assertThat(item.path("organization").path("entryPoint").asText())
                    .isEqualTo(expected.organization().entryPoint());
            ServiceConnection connection = connection(expected.connectionId());
            JsonNode embedded = item.path("serviceConnection");
            assertThat(fieldNames(embedded)).containsExactly("id", "serviceCode", "name", "type");
            assertThat(embedded.path("id").asText()).isEqualTo(connection.id());
            assertThat(embedded.path("serviceCode").asText()).isEqualTo(connection.serviceCode());
            assertThat(embedded.path("name").asText()).isEqualTo(connection.name());
            assertThat(embedded.path("type").asText()).isEqualTo(connection.type());
        }
        // No credential value of any environment leaks into the list.
        String listed = text(response);
        data.environments().forEach(e -> e.apiInfo().fields().stream()
                .filter(ApiInfoField::sensitive)
                .forEach(f -> assertThat(listed).doesNotContain(f.value())));
    }

    @Test
    void accentedNamesTravelAsUtf8() throws Exception {
        HttpResponse<byte[]> response = get(portal, "/environments");

        // Raw UTF-8 bytes, not \\u escapes: "É" is C3 89.
        assertThat(text(response)).contains("\"Équipe données\"", "\"Montréal-prod\"", "\"Québec\"",
                "\"Compute - Montréal\"", "\"Laboratoire Boréal\"");
        List<String> names = new ArrayList<>();
        json(response).path("data").forEach(item -> names.add(item.path("name").asText()));
        assertThat(names).contains("Équipe données", "Montréal-prod", "Québec");
    }

    @Test
    void serviceConnectionsAreListedWithAReachableStatus() throws Exception {
        HttpResponse<byte[]> response = get(portal, "/services/connections");

        assertJsonStatus(response, 200);
        JsonNode body = json(response);
        assertThat(body.path("metadata").path("recordCount").asInt()).isEqualTo(data.connections().size());
        JsonNode items = body.path("data");
        assertThat(items.size()).isEqualTo(data.connections().size());
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            ServiceConnection expected = data.connections().get(i);
            assertThat(fieldNames(item)).containsExactly("id", "serviceCode", "name", "type", "status");
            assertThat(item.path("id").asText()).isEqualTo(expected.id());
            assertThat(item.path("name").asText()).isEqualTo(expected.name());
            assertThat(item.path("type").asText()).isEqualTo(expected.type());
            assertThat(item.path("status").path("reachable").asBoolean(false)).isTrue();
            assertThat(Instant.parse(item.path("status").path("lastUpdated").asText())).isBefore(Instant.now());
        }
    }

    @Test
    void apiInfoServesEachEnvironmentsFieldsVerbatimInTheFilesOrder() throws Exception {
        for (DemoData.DemoEnvironment environment : data.environments()) {
            HttpResponse<byte[]> response = get(portal, apiInfoPath(environment.connectionId(), environment.id()));

            assertJsonStatus(response, 200);
            JsonNode body = json(response).path("data");
            assertThat(body.path("canRegenerateCredentials").asBoolean())
                    .isEqualTo(environment.apiInfo().canRegenerateCredentials());
            List<ApiInfoField> served = new ArrayList<>();
            body.path("fields").forEach(f -> {
                assertThat(fieldNames(f)).containsExactly("key", "value", "sensitive", "environmentSpecific");
                served.add(new ApiInfoField(f.path("key").asText(), f.path("value").asText(),
                        f.path("sensitive").asBoolean(), f.path("environmentSpecific").asBoolean()));
            });
            assertThat(served).containsExactlyElementsOf(environment.apiInfo().fields());
        }
    }

    @Test
    void theQuotingNightmarePasswordComesBackUnchanged() throws Exception {
        DemoData.DemoEnvironment equipe = data.environments().stream()
                .filter(e -> e.name().equals("Équipe données") && connection(e.connectionId()).type().equals("swift"))
                .findFirst().orElseThrow();

        JsonNode fields = json(get(portal, apiInfoPath(equipe.connectionId(), equipe.id()))).path("data").path("fields");

        List<String> values = new ArrayList<>();
        fields.forEach(f -> values.add(f.path("value").asText()));
        assertThat(values).contains("d3mo pa$$'\"\\`!");
    }

    @Test
    void usersListsTheOneUser() throws Exception {
        HttpResponse<byte[]> response = get(portal, "/users");

        assertJsonStatus(response, 200);
        JsonNode body = json(response);
        assertThat(body.path("metadata").path("recordCount").asInt()).isEqualTo(1);
        assertThat(body.path("data").size()).isEqualTo(1);
        JsonNode user = body.path("data").get(0);
        assertThat(user.path("id").asText()).isEqualTo(data.user().id());
        assertThat(user.path("userName").asText()).isEqualTo(data.user().userName());
        assertThat(user.path("firstName").asText()).isEqualTo("Chloé");
        assertThat(user.path("lastName").asText()).isEqualTo(data.user().lastName());
        assertThat(user.path("email").asText()).isEqualTo(data.user().email());
    }

    @Test
    void everyRouteRefusesARequestWithoutTheKey() throws Exception {
        for (String route : allRoutes()) {
            HttpResponse<byte[]> response = send(portal, "GET", route, null);

            assertJsonStatus(response, 401);
            assertThat(json(response)).isEqualTo(DemoHttp.MAPPER.readTree(
                    "{\"errors\":[{\"code\":2012,\"message\":\"Invalid API key\"}]}"));
        }
    }

    @Test
    void everyRouteRefusesAWrongKeyWithoutEchoingIt() throws Exception {
        String wrongKey = "wrong-key-7f3a9c";
        for (String route : allRoutes()) {
            for (String key : List.of(wrongKey, DemoPortal.API_KEY + "x", DemoPortal.API_KEY.toUpperCase())) {
                HttpResponse<byte[]> response = send(portal, "GET", route, key);

                assertJsonStatus(response, 401);
                assertThat(json(response).path("errors").get(0).path("code").asInt()).isEqualTo(2012);
                assertThat(text(response)).doesNotContain(key);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/nope", "/environments/extra", "/services", "/services/connections/x/apiInfo/more",
            "/environment", "/Environments", ""})
    void unknownPathsBelowTheEndpointAre404(String path) throws Exception {
        assertError(get(portal, path), 404);
    }

    @Test
    void pathsOutsideTheEndpointAre404EvenWithoutAKey() throws Exception {
        URI root = portal.endpoint().resolve("/");
        for (String path : List.of("/", "/api", "/api/v1/environments", "/api/v2x/environments")) {
            assertError(DemoHttp.send(root.resolve(path), "GET", null), 404);
        }
    }

    @Test
    void apiInfoOfAPairThatDoesNotBelongTogetherIs404() throws Exception {
        DemoData.DemoEnvironment objects = environmentOfType("swift");
        DemoData.DemoEnvironment compute = environmentOfType("cloudca");

        assertError(get(portal, apiInfoPath(compute.connectionId(), objects.id())), 404);
        assertError(get(portal, apiInfoPath("no-such-connection", objects.id())), 404);
        assertError(get(portal, apiInfoPath(objects.connectionId(), "no-such-environment")), 404);
    }

    @Test
    void apiInfoWithoutEnvironmentIdIs400() throws Exception {
        String connectionId = data.connections().get(0).id();
        String path = "/services/connections/" + connectionId + "/apiInfo";

        assertError(get(portal, path), 400);
        assertError(get(portal, path + "?environmentId="), 400);
        assertError(get(portal, path + "?org_id=abc"), 400);
        assertThat(json(get(portal, path)).path("errors").get(0).path("message").asText()).contains("environmentId");
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH"})
    void otherMethodsThanGetAre405(String method) throws Exception {
        HttpResponse<byte[]> response = send(portal, method, "/environments", DemoPortal.API_KEY);

        assertError(response, 405);
        assertThat(response.headers().firstValue("Allow")).hasValue("GET");
    }

    @Test
    void responsesAreNotCached() throws Exception {
        DemoData.DemoEnvironment environment = data.environments().get(0);
        HttpResponse<byte[]> response = get(portal, apiInfoPath(environment.connectionId(), environment.id()));

        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    private static List<String> allRoutes() {
        return allRoutes(data);
    }

    /** Every route of the portal's API, with {@code data}'s first environment's apiInfo. */
    static List<String> allRoutes(DemoData data) {
        DemoData.DemoEnvironment environment = data.environments().get(0);
        List<String> routes = new ArrayList<>(ROUTES);
        routes.add(apiInfoPath(environment.connectionId(), environment.id()));
        return routes;
    }

    static String apiInfoPath(String connectionId, String environmentId) {
        return "/services/connections/" + connectionId + "/apiInfo?environmentId="
                + URLEncoder.encode(environmentId, StandardCharsets.UTF_8);
    }

    private static void assertJsonStatus(HttpResponse<byte[]> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(JSON_UTF8);
    }

    private static void assertError(HttpResponse<byte[]> response, int status) {
        assertJsonStatus(response, status);
        JsonNode body = json(response);
        assertThat(fieldNames(body)).containsExactly("errors");
        assertThat(body.path("errors").size()).isEqualTo(1);
        assertThat(body.path("errors").get(0).path("code").isInt()).isTrue();
        assertThat(body.path("errors").get(0).path("message").asText()).isNotBlank();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static ServiceConnection connection(String id) {
        return data.connections().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static DemoData.DemoEnvironment environmentOfType(String type) {
        return data.environments().stream()
                .filter(e -> connection(e.connectionId()).type().equals(type))
                .findFirst().orElseThrow();
    }
}
