package io.github.cloudmckeys.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A closed session leaves no selector thread behind to hold the JVM's exit, on the runtime the tests run on. */
class ClientThreadsTest {
    @Test
    void closingTheSessionEndsTheClientsSelectorThreadAfterARealRequest() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = "ok".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            NetSession session = NetSession.direct();
            String selector = ClientThreads.selectorThreadName(session.client().toString());
            HttpResponse<String> answer = session.client().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals("ok", answer.body());
            assertNotNull(selector, "the client shows its id: " + session.client());
            assertTrue(liveThreadNames().contains(selector), "the selector thread runs before close: " + selector);
            session.close();
            assertFalse(liveThreadNames().contains(selector), "the selector thread ended: " + liveThreadNames());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void theSelectorThreadsNameComesFromTheIdTheClientShows() {
        assertEquals("HttpClient-7-SelectorManager",
                ClientThreads.selectorThreadName("jdk.internal.net.http.HttpClientImpl@1b2c3d(7)"));
        assertEquals("HttpClient-12-SelectorManager", ClientThreads.selectorThreadName("HttpClientImpl@ff(12)"));
        assertNull(ClientThreads.selectorThreadName("jdk.internal.net.http.HttpClientImpl@1b2c3d"));
        assertNull(ClientThreads.selectorThreadName("HttpClientImpl@ff()"));
        assertNull(ClientThreads.selectorThreadName("HttpClientImpl@ff(a7)"));
    }

    private static Set<String> liveThreadNames() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .collect(Collectors.toSet());
    }
}
