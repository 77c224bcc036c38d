package io.github.cloudmckeys.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.cloudmckeys.portal.ApiInfoField;
import io.github.cloudmckeys.portal.JsonTree;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * The demo portal's own Keystone, on the same 127.0.0.1 server under {@link #PATH}: it answers
 * Test credentials and {@code check} for the demo's services, so that the demo's sample
 * passwords never leave the machine. It gives a token (v3 {@code POST /v3/auth/tokens}, v2.0
 * {@code POST /v2.0/tokens}) to a user, password and project of the demo data, and refuses
 * anything else with Keystone's 401. The demo portal's services name it as their
 * authentication URL.
 */
final class DemoKeystone implements HttpHandler {
    static final String PATH = "/identity";
    private static final Logger LOG = Logger.getLogger(DemoKeystone.class.getName());
    private static final int MAX_BODY = 64 * 1024;

    /** One demo environment's OpenStack account. */
    private record Account(String user, String password, String project, String projectId) {}

    // Read and written by JsonTree, like the demo portal's answers: no ObjectMapper to build.
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final List<Account> accounts = new ArrayList<>();
    private final Clock clock;
    private final AtomicInteger tokensGiven = new AtomicInteger();

    DemoKeystone(DemoData data, Clock clock) {
        this.clock = clock;
        for (DemoData.DemoEnvironment environment : data.environments()) {
            Map<String, String> fields = new HashMap<>();
            for (ApiInfoField field : environment.apiInfo().fields()) {
                fields.put(field.key(), field.value());
            }
            if (fields.containsKey("user_name") && fields.containsKey("password")) {
                accounts.add(new Account(fields.get("user_name"), fields.get("password"),
                        fields.getOrDefault("project_name", ""), fields.getOrDefault("project_id", "")));
            }
        }
    }

    /** How many tokens this Keystone gave since it started. */
    int tokensGiven() {
        return tokensGiven.get();
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath().substring(PATH.length());
            JsonNode request;
            try {
                byte[] body = exchange.getRequestBody().readNBytes(MAX_BODY);
                JsonNode first = JsonTree.readFirst(body);
                request = first == null ? MissingNode.getInstance() : first;
            } catch (JsonProcessingException e) {
                error(exchange, 400, "Bad Request", "The request body is not JSON.");
                return;
            }
            boolean post = exchange.getRequestMethod().equals("POST");
            if (post && path.equals("/v3/auth/tokens")) {
                v3(exchange, request);
            } else if (post && path.equals("/v2.0/tokens")) {
                v2(exchange, request);
            } else {
                error(exchange, 404, "Not Found", "The resource could not be found.");
            }
            // The path and status only: never the body, which carries the password.
            LOG.fine(() -> "demo Keystone " + exchange.getRequestMethod() + " " + path + " -> "
                    + exchange.getResponseCode());
        }
    }

    private void v3(HttpExchange exchange, JsonNode request) throws IOException {
        JsonNode user = request.path("auth").path("identity").path("password").path("user");
        JsonNode project = request.path("auth").path("scope").path("project");
        Optional<Account> account = find(user.path("name").asText(), user.path("password").asText(),
                project.isMissingNode() ? null : project.path("name").asText(), project.path("id").asText());
        if (account.isEmpty()) {
            unauthorized(exchange);
            return;
        }
        ObjectNode root = NODES.objectNode();
        ObjectNode token = root.putObject("token");
        token.putArray("methods").add("password");
        token.putObject("user").put("name", account.get().user()).put("id", "demo-user");
        token.put("expires_at", expiry());
        if (!project.isMissingNode()) {
            token.putObject("project").put("id", account.get().projectId()).put("name", account.get().project())
                    .putObject("domain").put("id", "default").put("name", "Default");
            token.putArray("catalog");
        }
        exchange.getResponseHeaders().add("X-Subject-Token", "demo-token-not-a-secret");
        tokensGiven.incrementAndGet();
        send(exchange, 201, JsonTree.write(root));
    }

    private void v2(HttpExchange exchange, JsonNode request) throws IOException {
        JsonNode credentials = request.path("auth").path("passwordCredentials");
        Optional<Account> account = find(credentials.path("username").asText(),
                credentials.path("password").asText(), request.path("auth").path("tenantName").asText(), "");
        if (account.isEmpty()) {
            unauthorized(exchange);
            return;
        }
        ObjectNode root = NODES.objectNode();
        ObjectNode access = root.putObject("access");
        access.putObject("token").put("id", "demo-token-not-a-secret").put("expires", expiry())
                .putObject("tenant").put("id", account.get().projectId()).put("name", account.get().project());
        access.putArray("serviceCatalog");
        tokensGiven.incrementAndGet();
        send(exchange, 200, JsonTree.write(root));
    }

    /** The account with this user and password, in this project (by name or id) when one is asked for. */
    private Optional<Account> find(String user, String password, String projectName, String projectId) {
        byte[] given = password.getBytes(StandardCharsets.UTF_8);
        return accounts.stream()
                .filter(a -> a.user().equals(user))
                .filter(a -> MessageDigest.isEqual(a.password().getBytes(StandardCharsets.UTF_8), given))
                .filter(a -> projectName == null || a.project().equals(projectName)
                        || !projectId.isEmpty() && a.projectId().equals(projectId))
                .findFirst();
    }

    private String expiry() {
        return clock.instant().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private void unauthorized(HttpExchange exchange) throws IOException {
        error(exchange, 401, "Unauthorized", "The request you have made requires authentication.");
    }

    private void error(HttpExchange exchange, int code, String title, String message) throws IOException {
        ObjectNode root = NODES.objectNode();
        root.putObject("error").put("code", code).put("title", title).put("message", message);
        send(exchange, code, JsonTree.write(root));
    }

    private static void send(HttpExchange exchange, int status, byte[] bytes) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
