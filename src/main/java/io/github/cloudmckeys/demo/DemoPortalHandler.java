package io.github.cloudmckeys.demo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.cloudmckeys.portal.ApiInfoField;
import io.github.cloudmckeys.portal.Environment;
import io.github.cloudmckeys.portal.JsonTree;
import io.github.cloudmckeys.portal.PortalUser;
import io.github.cloudmckeys.portal.ServiceConnection;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Answers the CloudMC API routes from {@link DemoData}. The list routes are rendered once
 * (the data never changes); {@code apiInfo} is rendered per request. Every body is UTF-8 JSON
 * in the portal's envelopes.
 */
final class DemoPortalHandler implements HttpHandler {

    static final String BASE_PATH = "/api/v2";
    static final String API_KEY_HEADER = "MC-Api-Key";
    private static final String CONTENT_TYPE = "application/json; charset=utf-8";
    /** The only error code the portal documentation publishes; the others are the HTTP status. */
    private static final int INVALID_API_KEY_CODE = 2012;
    private static final Logger LOG = Logger.getLogger(DemoPortalHandler.class.getName());

    private record Reply(int status, byte[] body) {}

    // Trees built from Jackson's node factory and written by JsonTree: no ObjectMapper, whose start-up
    // the demo portal's every launch (list --demo, the window's default) would pay.
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final byte[] expectedKey = DemoPortal.API_KEY.getBytes(StandardCharsets.UTF_8);
    private final Map<String, ServiceConnection> connectionsById;
    private final Map<String, DemoData.DemoEnvironment> environmentsById;
    private final byte[] environmentsBody;
    private final byte[] connectionsBody;
    private final byte[] usersBody;

    /** The demo Keystone's URL: what the services' authentication URLs say instead of a real Keystone's. */
    private final String identityUrl;

    /** @param identityUrl the demo Keystone, {@code http://127.0.0.1:<port>/identity}; null to keep the data's URLs */
    DemoPortalHandler(DemoData data, Instant startedAt, String identityUrl) {
        this.identityUrl = identityUrl;
        connectionsById = data.connections().stream()
                .collect(Collectors.toMap(ServiceConnection::id, Function.identity()));
        environmentsById = new HashMap<>();
        data.environments().forEach(e -> environmentsById.put(e.id(), e));
        String lastUpdated = startedAt.truncatedTo(ChronoUnit.SECONDS).toString();

        ArrayNode environments = NODES.arrayNode();
        for (int i = 0; i < data.environments().size(); i++) {
            environments.add(environment(data.environments().get(i), i));
        }
        environmentsBody = json(list(environments));

        ArrayNode connections = NODES.arrayNode();
        for (ServiceConnection connection : data.connections()) {
            ObjectNode node = connection(connection);
            node.putObject("status").put("reachable", true).put("lastUpdated", lastUpdated);
            connections.add(node);
        }
        connectionsBody = json(list(connections));

        PortalUser user = data.user();
        ArrayNode users = NODES.arrayNode();
        users.addObject()
                .put("id", user.id())
                .put("userName", user.userName())
                .put("firstName", user.firstName())
                .put("lastName", user.lastName())
                .put("email", user.email())
                .put("status", "ACTIVE"); // a field clients must ignore
        usersBody = json(list(users));
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getRawPath();
            Reply reply;
            try {
                reply = reply(exchange, method, path);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "demo portal failed on " + method + " " + path, e);
                reply = error(500, 500, "The demo portal failed to answer.");
            }
            exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            boolean head = method.equals("HEAD");
            exchange.sendResponseHeaders(reply.status(), head ? -1 : reply.body().length);
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(reply.body());
                }
            }
            // Only the method, path and status: never the headers, which carry the API key.
            int status = reply.status();
            LOG.fine(() -> method + " " + path + " -> " + status);
        }
    }

    private Reply reply(HttpExchange exchange, String method, String path) {
        if (!path.equals(BASE_PATH) && !path.startsWith(BASE_PATH + "/")) {
            return notFound();
        }
        if (!hasDemoKey(exchange.getRequestHeaders().getFirst(API_KEY_HEADER))) {
            return error(401, INVALID_API_KEY_CODE, "Invalid API key");
        }
        if (!method.equals("GET")) {
            exchange.getResponseHeaders().set("Allow", "GET");
            return error(405, 405, "Only GET is allowed here.");
        }
        List<String> segments;
        try {
            segments = Arrays.stream(path.substring(BASE_PATH.length()).split("/", -1))
                    .skip(1) // the empty string before the leading "/"
                    .map(s -> URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8))
                    .toList();
        } catch (IllegalArgumentException e) {
            return error(400, 400, "The path is not valid percent-encoding.");
        }
        String route = String.join("/", segments);
        switch (route) {
            case "environments":
                return ok(environmentsBody);
            case "services/connections":
                return ok(connectionsBody);
            case "users":
                return ok(usersBody);
            default:
                break;
        }
        if (segments.size() == 4 && segments.get(0).equals("services") && segments.get(1).equals("connections")
                && segments.get(3).equals("apiInfo")) {
            return apiInfo(segments.get(2), exchange.getRequestURI().getRawQuery());
        }
        return notFound();
    }

    private Reply apiInfo(String connectionId, String rawQuery) {
        String environmentId;
        try {
            environmentId = queryParameter(rawQuery, "environmentId");
        } catch (IllegalArgumentException e) {
            return error(400, 400, "The query is not valid percent-encoding.");
        }
        if (environmentId == null || environmentId.isEmpty()) {
            return error(400, 400, "The query parameter environmentId is required.");
        }
        DemoData.DemoEnvironment environment = environmentsById.get(environmentId);
        if (environment == null || !environment.connectionId().equals(connectionId)) {
            return error(404, 404, "No such environment for this service connection.");
        }
        ObjectNode data = NODES.objectNode();
        data.put("canRegenerateCredentials", environment.apiInfo().canRegenerateCredentials());
        ArrayNode fields = data.putArray("fields");
        for (ApiInfoField field : environment.apiInfo().fields()) {
            fields.addObject()
                    .put("key", field.key())
                    .put("value", demoValue(field))
                    .put("sensitive", field.sensitive())
                    .put("environmentSpecific", field.environmentSpecific());
        }
        ObjectNode envelope = NODES.objectNode();
        envelope.set("data", data);
        return ok(json(envelope));
    }

    /** The authentication URLs lead to the demo's own Keystone (v2.0 under {@code /v2.0}); other values as they are. */
    private String demoValue(ApiInfoField field) {
        if (identityUrl == null) {
            return field.value();
        }
        return switch (field.key()) {
            case "auth_url" -> identityUrl;
            case "auth_url_v2" -> identityUrl + "/v2.0";
            default -> field.value();
        };
    }

    /** The first value of {@code name} in a form-encoded query, or null. */
    private static String queryParameter(String rawQuery, String name) {
        if (rawQuery == null) {
            return null;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            if (key.equals(name)) {
                return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private boolean hasDemoKey(String received) {
        // Constant time, so the demo does not teach a timing leak.
        return received != null && MessageDigest.isEqual(expectedKey, received.getBytes(StandardCharsets.UTF_8));
    }

    private ObjectNode environment(DemoData.DemoEnvironment environment, int index) {
        ObjectNode node = NODES.objectNode()
                .put("id", environment.id())
                .put("name", environment.name())
                .put("description", environment.description());
        Environment.Organization organization = environment.organization();
        node.putObject("organization")
                .put("id", organization.id())
                .put("name", organization.name())
                .put("entryPoint", organization.entryPoint());
        node.set("serviceConnection", connection(connectionsById.get(environment.connectionId())));
        // Fields the real portal sends and this app ignores, so clients stay tolerant.
        node.put("membership", "MANY_USERS");
        node.put("creationDate", Instant.parse("2023-01-16T14:05:00Z").plus(index, ChronoUnit.HOURS).toString());
        node.put("deleted", false);
        return node;
    }

    private ObjectNode connection(ServiceConnection connection) {
        return NODES.objectNode()
                .put("id", connection.id())
                .put("serviceCode", connection.serviceCode())
                .put("name", connection.name())
                .put("type", connection.type());
    }

    private ObjectNode list(ArrayNode items) {
        ObjectNode envelope = NODES.objectNode();
        envelope.set("data", items);
        envelope.putObject("metadata").put("recordCount", items.size());
        return envelope;
    }

    private Reply error(int status, int code, String message) {
        ObjectNode envelope = NODES.objectNode();
        envelope.putArray("errors").addObject().put("code", code).put("message", message);
        return new Reply(status, json(envelope));
    }

    private Reply notFound() {
        return error(404, 404, "No such resource.");
    }

    private static Reply ok(byte[] body) {
        return new Reply(200, body);
    }

    private static byte[] json(ObjectNode node) {
        return JsonTree.write(node); // UTF-8, non-ASCII unescaped
    }
}
