package io.github.cloudmckeys.keystone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A Keystone on 127.0.0.1 that speaks the token APIs the way Keystone does: {@code POST
 * /v3/auth/tokens} (201, {@code X-Subject-Token}, a token with {@code expires_at} and a
 * catalog; 401 with Keystone's error body) and, when enabled, {@code POST /v2.0/tokens}
 * (200 with {@code access}); 404 with Keystone's body otherwise. One user in the domain
 * {@code default}, member of one project. Every request and its body are recorded.
 */
public final class FakeKeystone implements AutoCloseable {
    public static final String USER = "system-ccontini-2925";
    public static final String PROJECT = "system-ccontini";
    public static final String PROJECT_ID = "4f2c0b7e";
    public static final String EXPIRES = "2026-01-02T04:04:05.000000Z";

    public record Request(String method, String path, String body) {
    }

    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final String password;
    private final boolean v2;
    private volatile String redirectTo;

    private FakeKeystone(String password, boolean v2) throws IOException {
        this.password = password;
        this.v2 = v2;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public static FakeKeystone start(String password, boolean v2) throws IOException {
        return new FakeKeystone(password, v2);
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** Every request is answered with a 307 to this URL. */
    public void redirectTo(String url) {
        redirectTo = url;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            requests.add(new Request(exchange.getRequestMethod(), path, body));
            if (redirectTo != null) {
                exchange.getResponseHeaders().add("Location", redirectTo);
                send(exchange, 307, "");
                return;
            }
            if (exchange.getRequestMethod().equals("POST") && path.equals("/v3/auth/tokens")) {
                v3(exchange, json.readTree(body));
            } else if (exchange.getRequestMethod().equals("POST") && path.equals("/v2.0/tokens") && v2) {
                v2(exchange, json.readTree(body));
            } else {
                error(exchange, 404, "Not Found", "The resource could not be found.");
            }
        }
    }

    private void v3(HttpExchange exchange, JsonNode request) throws IOException {
        JsonNode user = request.path("auth").path("identity").path("password").path("user");
        if (!user.path("domain").has("id") && !user.path("domain").has("name")) {
            error(exchange, 400, "Bad Request", "Expecting to find domain in user. The server could not comply"
                    + " with the request since it is either malformed or otherwise incorrect.");
            return;
        }
        boolean knownUser = USER.equals(user.path("name").asText()) && isDefault(user.path("domain"));
        if (!knownUser || !password.equals(user.path("password").asText())) {
            unauthorized(exchange);
            return;
        }
        JsonNode project = request.path("auth").path("scope").path("project");
        boolean scoped = !project.isMissingNode();
        if (scoped && !(PROJECT_ID.equals(project.path("id").asText())
                || (PROJECT.equals(project.path("name").asText()) && isDefault(project.path("domain"))))) {
            unauthorized(exchange);
            return;
        }
        ObjectNode root = json.createObjectNode();
        ObjectNode token = root.putObject("token");
        token.putArray("methods").add("password");
        token.putObject("user").put("name", USER).put("id", "u-1");
        token.put("expires_at", EXPIRES);
        if (scoped) {
            token.putObject("project").put("id", PROJECT_ID).put("name", PROJECT)
                    .putObject("domain").put("id", "default").put("name", "Default");
            ArrayNode catalog = token.putArray("catalog");
            catalog.addObject().put("type", "identity").putArray("endpoints").addObject()
                    .put("interface", "public").put("region", "RegionOne").put("url", url() + "/v3/");
            ArrayNode endpoints = catalog.addObject().put("type", "object-store").put("name", "swift")
                    .putArray("endpoints");
            for (String region : List.of("RegionOne", "RegionTwo")) {
                for (String iface : List.of("internal", "public")) {
                    endpoints.addObject().put("interface", iface).put("region", region).put("region_id", region)
                            .put("url", "https://" + iface + "." + region.toLowerCase() + ".swift/v1/AUTH_"
                                    + PROJECT_ID);
                }
            }
        }
        exchange.getResponseHeaders().add("X-Subject-Token", "gAAAAAB-secret-token");
        send(exchange, 201, root.toString());
    }

    private void v2(HttpExchange exchange, JsonNode request) throws IOException {
        JsonNode credentials = request.path("auth").path("passwordCredentials");
        if (!USER.equals(credentials.path("username").asText())
                || !password.equals(credentials.path("password").asText())
                || !PROJECT.equals(request.path("auth").path("tenantName").asText())) {
            unauthorized(exchange);
            return;
        }
        ObjectNode root = json.createObjectNode();
        ObjectNode access = root.putObject("access");
        access.putObject("token").put("id", "v2-secret-token").put("expires", "2026-01-02T04:04:05Z")
                .putObject("tenant").put("id", PROJECT_ID).put("name", PROJECT);
        access.putArray("serviceCatalog").addObject().put("type", "object-store").put("name", "swift")
                .putArray("endpoints").addObject().put("region", "RegionOne")
                .put("publicURL", "https://public.v2.swift/v1/AUTH_" + PROJECT_ID)
                .put("internalURL", "https://internal.v2.swift/v1/AUTH_" + PROJECT_ID);
        send(exchange, 200, root.toString());
    }

    private static boolean isDefault(JsonNode domain) {
        return "default".equals(domain.path("id").asText()) || "Default".equals(domain.path("name").asText());
    }

    private void unauthorized(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("WWW-Authenticate", "Keystone uri=\"" + url() + "/v3\"");
        error(exchange, 401, "Unauthorized", "The request you have made requires authentication.");
    }

    private void error(HttpExchange exchange, int code, String title, String message) throws IOException {
        send(exchange, code, json.writeValueAsString(Map.of("error", Map.of("code", code, "title", title,
                "message", message))));
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
