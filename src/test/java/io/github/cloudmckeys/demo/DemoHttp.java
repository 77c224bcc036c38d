package io.github.cloudmckeys.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Plain java.net.http calls against a started demo portal, for the tests. */
final class DemoHttp {

    static final HttpClient CLIENT = HttpClient.newBuilder()
            .proxy(HttpClient.Builder.NO_PROXY)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    static final ObjectMapper MAPPER = new ObjectMapper();

    private DemoHttp() {}

    /** GET {@code endpoint + path} with the demo key. */
    static HttpResponse<byte[]> get(DemoPortal portal, String path) throws IOException, InterruptedException {
        return send(portal, "GET", path, DemoPortal.API_KEY);
    }

    /** {@code method} on {@code endpoint + path}; {@code apiKey} null sends no key header. */
    static HttpResponse<byte[]> send(DemoPortal portal, String method, String path, String apiKey)
            throws IOException, InterruptedException {
        return send(URI.create(portal.endpoint() + path), method, apiKey);
    }

    static HttpResponse<byte[]> send(URI uri, String method, String apiKey) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(20))
                .header("Accept", "application/json")
                .method(method, method.equals("GET")
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString("{}"));
        if (apiKey != null) {
            request.header("MC-Api-Key", apiKey);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static JsonNode json(HttpResponse<byte[]> response) {
        try {
            return MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
