package io.github.cloudmckeys.portal;

import static io.github.cloudmckeys.portal.PortalTestSupport.KEY;
import static io.github.cloudmckeys.portal.PortalTestSupport.api;
import static io.github.cloudmckeys.portal.PortalTestSupport.assertKeyAbsent;
import static io.github.cloudmckeys.portal.RawHttpScripts.respond;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.cloudmckeys.portal.PortalException.Kind;
import io.github.cloudmckeys.portal.RawHttpTestServer.RecordedRequest;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Failures below HTTP: no server, no name, no TLS, no answer in time, a redirect, an interrupt. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HttpPortalApiTransportTest {

    private static final Duration SHORT = Duration.ofMillis(500);
    /** Generous: the machine may be busy building something else; the point is "not 30 s". */
    private static final Duration BOUND = Duration.ofSeconds(8);

    @Test
    void aClosedPortIsUnreachable() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            port = socket.getLocalPort();
        }
        PortalException e = failure(api("http://127.0.0.1:" + port + "/api/v2", Duration.ofSeconds(5)));

        assertThat(e.kind()).isEqualTo(Kind.UNREACHABLE);
        assertThat(e.getMessage()).isEqualTo("Cannot reach 127.0.0.1:" + port + ": the connection was refused"
                + " (nothing answers on that port); check the endpoint URL.");
        assertKeyAbsent(e);
    }

    @Test
    void anUnknownHostIsUnreachable() throws Exception {
        PortalException e = failure(api("https://portal.invalid/api/v2", Duration.ofSeconds(5)));

        assertThat(e.kind()).isEqualTo(Kind.UNREACHABLE);
        assertThat(e.getMessage()).isEqualTo("Cannot reach portal.invalid:443: the name is unknown; check the endpoint"
                + " URL and your network.");
        assertKeyAbsent(e);
    }

    @Test
    void httpsToAPlainHttpServerIsATlsFailureAndTheKeyNeverLeavesInClear() throws Exception {
        try (RawHttpTestServer server = RawHttpTestServer.start(respond(400, "text/plain", "plain HTTP here"))) {
            PortalException e = failure(api("https://127.0.0.1:" + server.port() + "/api/v2", Duration.ofSeconds(5)));

            assertThat(e.kind()).isEqualTo(Kind.TLS);
            assertThat(e.getMessage()).isEqualTo("The secure connection to 127.0.0.1 failed during the TLS handshake:"
                    + " the server did not answer in TLS (is it a plain http address?).");
            assertKeyAbsent(e);
            assertThat(server.requests()).isNotEmpty().noneMatch(RecordedRequest::http);
        }
    }

    @Test
    void aServerThatNeverAnswersTimesOutWithinTheRequestTimeout() throws Exception {
        try (RawHttpTestServer server = RawHttpTestServer.start(RawHttpScripts.neverAnswer())) {
            long start = System.nanoTime();
            PortalException e = failure(api(server.url("/api/v2"), SHORT));

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(BOUND);
            assertThat(e.kind()).isEqualTo(Kind.TIMEOUT);
            assertThat(e.getMessage()).isEqualTo("127.0.0.1 did not answer within 500 ms:"
                    + " check your network, or try again later.");
            assertKeyAbsent(e);
            assertThat(server.requests()).singleElement()
                    .satisfies(request -> assertThat(request.header("MC-Api-Key")).contains(KEY));
        }
    }

    @Test
    void aBodyThatTricklesPastTheDeadlineTimesOut() throws Exception {
        String body = "{\"data\":[" + " ".repeat(2000) + "]}";
        try (RawHttpTestServer server = RawHttpTestServer.start(
                RawHttpScripts.trickle(200, "application/json", body, Duration.ofMillis(20)))) {
            long start = System.nanoTime();
            PortalException e = failure(api(server.url("/api/v2"), SHORT));

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(BOUND);
            assertThat(e.kind()).isEqualTo(Kind.TIMEOUT);
            assertThat(e.getMessage()).contains("did not send its whole answer within 500 ms");
            assertKeyAbsent(e);
            assertThat(server.bytesWritten()).isLessThan(body.length());
        }
    }

    @Test
    void aRedirectIsNotFollowedAndTheKeyDoesNotReachItsTarget() throws Exception {
        try (RawHttpTestServer target = RawHttpTestServer.start(respond(200, "application/json", "{\"data\":[]}"));
             RawHttpTestServer portal = RawHttpTestServer.start(respond(302, "text/html", "<a>moved</a>",
                     "Location: http://localhost:" + target.port() + "/api/v2/environments?token=abc123"))) {
            PortalException e = failure(api(portal));

            assertThat(e.kind()).isEqualTo(Kind.UNEXPECTED_STATUS);
            assertThat(e.getMessage()).contains("redirects this request to localhost", "302", "final endpoint")
                    .doesNotContain("token", "abc123", String.valueOf(target.port()));
            assertKeyAbsent(e);
            assertThat(target.connectionCount()).isZero();
            assertThat(portal.requests()).hasSize(1);
        }
    }

    @Test
    void anInterruptedCallerGetsACancelledRequestAndKeepsItsInterruptFlag() throws Exception {
        try (RawHttpTestServer server = RawHttpTestServer.start(RawHttpScripts.neverAnswer())) {
            HttpPortalApi api = api(server.url("/api/v2"), Duration.ofSeconds(30));
            CompletableFuture<PortalException> thrown = new CompletableFuture<>();
            CompletableFuture<Boolean> flagKept = new CompletableFuture<>();
            Thread caller = new Thread(() -> {
                try {
                    api.environments();
                    thrown.complete(null);
                } catch (PortalException e) {
                    thrown.complete(e);
                } finally {
                    flagKept.complete(Thread.currentThread().isInterrupted());
                }
            }, "portal-caller");
            caller.start();
            assertThat(server.awaitRequests(1, BOUND)).isTrue();

            long start = System.nanoTime();
            caller.interrupt();
            PortalException e = thrown.get(BOUND.toSeconds(), TimeUnit.SECONDS);

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(BOUND);
            assertThat(e).isNotNull();
            assertThat(e.getMessage()).isEqualTo("The request was cancelled.");
            assertThat(e.kind()).isEqualTo(Kind.TIMEOUT);
            assertThat(flagKept.get(BOUND.toSeconds(), TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void anAlreadyInterruptedCallerDoesNotWait() throws Exception {
        try (RawHttpTestServer server = RawHttpTestServer.start(RawHttpScripts.neverAnswer())) {
            HttpPortalApi api = api(server.url("/api/v2"), Duration.ofSeconds(30));
            Thread.currentThread().interrupt();
            PortalException e;
            try {
                e = failure(api);
            } finally {
                assertThat(Thread.interrupted()).as("interrupt flag kept").isTrue();
            }
            assertThat(e.getMessage()).isEqualTo("The request was cancelled.");
        }
    }

    @Test
    void requestsAreLoggedAtFineWithoutTheKey() throws Exception {
        Logger logger = Logger.getLogger(HttpPortalApi.class.getName());
        List<String> lines = new CopyOnWriteArrayList<>();
        SimpleFormatter formatter = new SimpleFormatter();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(formatter.format(record));
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        handler.setLevel(Level.ALL);
        Level previous = logger.getLevel();
        logger.setLevel(Level.FINE);
        logger.addHandler(handler);
        try (RawHttpTestServer server = RawHttpTestServer.start(respond(200, "application/json", "{\"data\":[]}"))) {
            HttpPortalApi api = api(server);
            api.environments();
            server.setScript(respond(401, "application/json", "{\"errors\":[{\"message\":\"bad " + KEY + "\"}]}"));
            failure(api);
            server.setScript(RawHttpScripts.reset());
            failure(api);
        } finally {
            logger.removeHandler(handler);
            logger.setLevel(previous);
        }
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).containsPattern("GET /environments -> 200 in \\d+ ms");
        assertThat(lines.get(1)).contains("GET /environments -> 401");
        assertThat(lines.get(2)).containsPattern("GET /environments failed in \\d+ ms: UNREACHABLE");
        assertThat(lines).allSatisfy(line -> assertThat(line).doesNotContain(KEY).doesNotContainIgnoringCase("api-key"));
    }

    private static PortalException failure(HttpPortalApi api) {
        PortalException e = catchThrowableOfType(PortalException.class, api::environments);
        assertThat(e).as("a PortalException").isNotNull();
        return e;
    }
}
