package io.github.cloudmckeys.app;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.cloudmckeys.demo.DemoData;
import io.github.cloudmckeys.demo.DemoPortal;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A portal with real secrets for the leak tests: the demo portal serving a data file with
 * a distinctive password and S3 secret key, behind a loopback front that wants a
 * distinctive API key. In its fault modes the front echoes whatever secrets it can in its
 * errors, the way a careless portal or proxy might.
 */
final class LeakCheckPortal implements AutoCloseable {
    static final String API_KEY = "LEAKCHECK-KEY-5b7e91d3c2";
    static final String WRONG_KEY = "LEAKCHECK-WRONG-KEY-77aa1e";
    static final String PASSWORD = "Leak-Pw-8d41f0 x'\"$";
    static final String S3_SECRET = "LEAK-S3-SECRET-2e9a6b";
    static final List<String> SECRETS = List.of(API_KEY, WRONG_KEY, PASSWORD, S3_SECRET);

    /** How the front answers. */
    enum Mode {
        /** Passes requests with the right key on to the demo portal; 401 echoing the key otherwise. */
        NORMAL,
        /** 500 whose error message holds the key, the password and the S3 secret. */
        ECHO_SECRETS_500,
        /**
         * 500 whose error message names them ({@code password=…}): recognisable even by a
         * process that never received them (a fresh command line).
         */
        ECHO_NAMED_SECRETS_500,
        /** A 200 web page that quotes the key and the password. */
        ECHO_HTML_200,
        /** JSON cut off right inside the password. */
        CUT_INSIDE_THE_PASSWORD,
        /** The password where a list of fields belongs. */
        PASSWORD_AS_WRONG_TYPE
    }

    private final DemoPortal demo;
    private final HttpServer front;
    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "leak-check-portal");
        thread.setDaemon(true);
        return thread;
    });
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private volatile Mode mode = Mode.NORMAL;

    private LeakCheckPortal(DemoPortal demo) throws IOException {
        this.demo = demo;
        this.front = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        front.createContext("/", this::handle);
        front.setExecutor(executor);
        front.start();
    }

    static LeakCheckPortal start(Path dir) throws IOException {
        Path data = dir.resolve("leak-check-portal.json");
        Files.writeString(data, """
            {"user": {"id": "u1", "userName": "leaky", "firstName": "Lee", "lastName": "Kee", "email": "l@example.com"},
             "connections": [{"id": "c-swift", "serviceCode": "swift", "name": "Object Storage", "type": "swift"}],
             "environments": [
               {"id": "e1", "name": "ccontini", "description": "", "connectionId": "c-swift",
                "organization": {"id": "o1", "name": "Acme", "entryPoint": "acme"},
                "apiInfo": {"canRegenerateCredentials": true, "fields": [
                  {"key": "project_name", "value": "system-ccontini", "sensitive": false},
                  {"key": "user_name", "value": "system-ccontini-2925", "sensitive": false},
                  {"key": "password", "value": %s, "sensitive": true},
                  {"key": "auth_url", "value": "https://auth.cloud.ca", "sensitive": false},
                  {"key": "identity_api_version", "value": "3", "sensitive": false},
                  {"key": "domain_id", "value": "default", "sensitive": false},
                  {"key": "s3_access_key", "value": "0123456789abcdef0123456789abcdef", "sensitive": false},
                  {"key": "s3_secret_key", "value": "%s", "sensitive": true}]}},
               {"id": "e2", "name": "sandbox", "description": "", "connectionId": "c-swift",
                "organization": {"id": "o1", "name": "Acme", "entryPoint": "acme"},
                "apiInfo": {"fields": [{"key": "user_name", "value": "sandbox-user", "sensitive": false}]}}]}
            """.formatted(json(PASSWORD), S3_SECRET));
        return new LeakCheckPortal(DemoPortal.start(DemoData.load(data)));
    }

    private static String json(String text) {
        return "\"" + escaped(text) + "\"";
    }

    /** {@code text} as it goes inside a JSON string. */
    private static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    void setMode(Mode mode) {
        this.mode = mode;
    }

    /** {@code http://127.0.0.1:<port>/api/v2}. */
    String endpoint() {
        return "http://127.0.0.1:" + front.getAddress().getPort() + "/api/v2";
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String key = String.valueOf(exchange.getRequestHeaders().getFirst("MC-Api-Key"));
            String echo = "{\"errors\":[{\"code\":2012,\"message\":\"backend: key " + key + " password "
                    + escaped(PASSWORD) + " secret " + S3_SECRET + "\",\"context\":{\"key\":\""
                    + key + "\"}}]}";
            switch (mode) {
                case ECHO_SECRETS_500 -> send(exchange, 500, "application/json", echo);
                case ECHO_NAMED_SECRETS_500 -> send(exchange, 500, "application/json", "{\"errors\":[{\"message\":"
                        + json("upstream rejected MC-Api-Key: " + key + " for {\"password\":" + json(PASSWORD)
                        + ",\"s3_secret_key\":\"" + S3_SECRET + "\"}") + "}]}");
                case ECHO_HTML_200 -> send(exchange, 200, "text/html", "<html>Session of " + key + ", password "
                        + PASSWORD + "</html>");
                case CUT_INSIDE_THE_PASSWORD -> send(exchange, 200, "application/json",
                        "{\"data\":{\"fields\":[{\"key\":\"password\",\"value\":\"" + PASSWORD.substring(0, 12));
                case PASSWORD_AS_WRONG_TYPE -> send(exchange, 200, "application/json",
                        "{\"data\":{\"fields\":{\"password\":" + json(PASSWORD) + "}}}");
                case NORMAL -> {
                    if (!API_KEY.equals(key)) {
                        send(exchange, 401, "application/json", "{\"errors\":[{\"code\":2012,\"message\":"
                                + "\"Invalid API key " + key + "\",\"context\":{\"MC-Api-Key\":\"" + key + "\"}}]}");
                    } else {
                        passOn(exchange);
                    }
                }
            }
        }
    }

    private void passOn(HttpExchange exchange) throws IOException {
        URI target = URI.create("http://127.0.0.1:" + demo.endpoint().getPort() + exchange.getRequestURI());
        try {
            HttpResponse<byte[]> answer = client.send(HttpRequest.newBuilder(target)
                    .header("MC-Api-Key", DemoPortal.API_KEY).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(answer.statusCode(), answer.body().length == 0 ? -1 : answer.body().length);
            exchange.getResponseBody().write(answer.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.sendResponseHeaders(503, -1);
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        front.stop(0);
        executor.shutdownNow();
        demo.close();
    }
}
