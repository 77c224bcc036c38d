package io.github.cloudmckeys.portal;

import static io.github.cloudmckeys.portal.PortalTestSupport.KEY;
import static io.github.cloudmckeys.portal.PortalTestSupport.assertKeyAbsent;
import static io.github.cloudmckeys.portal.RawHttpScripts.respond;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.cloudmckeys.portal.PortalException.Kind;
import io.github.cloudmckeys.portal.RawHttpTestServer.Script;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The portal at its worst, over real loopback sockets: each fault of the list becomes one
 * {@link Kind} and one exact sentence, never the API key, and never anything but a
 * {@link PortalException}. The window's side of the slow cases (typing goes on) is in
 * {@code PortalFaultsInTheWindowTest}. Prints how many cases it ran.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PortalFaultSuiteTest {
    private static final AtomicInteger CASES = new AtomicInteger();
    private static final String JSON = "application/json";
    private static final String CHECK_ENDPOINT = "check that the endpoint is the one shown on the API credentials page";
    private static final String ECHOING_ERRORS = "{\"errors\":[{\"code\":2012,\"message\":\"The API key " + KEY
            + " is not valid\"}]}";
    private static final Duration SHORT = Duration.ofSeconds(2);

    @TempDir
    static Path keystoreDir;
    private static SelfSignedTls tls;

    /** Which call meets the fault (the French suite replays the same cases). */
    interface Call {
        Object on(PortalApi api) throws PortalException;
    }

    @BeforeAll
    static void makeTheCertificate() throws Exception {
        tls = SelfSignedTls.generate(keystoreDir);
    }

    @AfterAll
    static void sayHowManyCasesRan() {
        System.out.println("portal fault suite: " + CASES.get() + " cases");
    }

    private static String malformed(String path, String detail) {
        return "The portal's answer to " + path + " is not the API data this app expects (" + detail + "): "
                + CHECK_ENDPOINT + ", or try again later.";
    }

    static Stream<Arguments> answers() {
        String failing = "The portal or a proxy in front of it is failing (HTTP %d): try again later.";
        Call environments = PortalApi::environments;
        Call apiInfo = api -> api.apiInfo("conn-1", "env-1");
        return Stream.of(
                arguments("401 echoing the key", respond(401, JSON, ECHOING_ERRORS), environments, Kind.UNAUTHORIZED,
                        "The portal refused the API key: the API key is invalid or was deleted: generate a new one"
                                + " under API credentials. The portal said: \"The API key ******** is not valid\""
                                + " (error 2012)"),
                arguments("403", respond(403, JSON, "{}"), apiInfo, Kind.FORBIDDEN, "The portal refused access (403):"
                        + " your API key lacks the right to read this; ask your organization's admin."),
                arguments("404", respond(404, "text/html", "<html>Not here</html>"), environments, Kind.NOT_FOUND,
                        "The portal has nothing at this address (404): is this the API endpoint? Paste the Endpoint"
                                + " shown on the API credentials page."),
                arguments("405", respond(405, JSON, "{}"), environments, Kind.UNEXPECTED_STATUS,
                        "The portal answered with the unexpected status 405: " + CHECK_ENDPOINT + "."),
                arguments("429 with Retry-After", respond(429, JSON, "{}", "Retry-After: 120"), environments,
                        Kind.RATE_LIMITED, "The portal is receiving too many requests (429): wait 120 seconds"
                                + " (Retry-After) and try again."),
                arguments("500", respond(500, JSON, "{}"), environments, Kind.SERVER_ERROR, failing.formatted(500)),
                arguments("502", respond(502, "text/html", "<html>Bad gateway</html>"), environments,
                        Kind.SERVER_ERROR, failing.formatted(502)),
                arguments("503", respond(503, "text/plain", "maintenance"), apiInfo, Kind.SERVER_ERROR,
                        failing.formatted(503)),
                arguments("504", respond(504, null, ""), environments, Kind.SERVER_ERROR, failing.formatted(504)),
                arguments("HTML with 200", respond(200, "text/html", "<!DOCTYPE html><title>Sign in</title>"),
                        environments, Kind.NOT_API, "The portal sent a web page instead of API data: paste the"
                                + " Endpoint shown on the API credentials page (e.g. https://127.0.0.1/api/v2)."),
                arguments("empty 200", respond(200, JSON, ""), environments, Kind.MALFORMED,
                        malformed("/environments", "the answer is empty")),
                arguments("a JSON array where an object belongs", respond(200, JSON, "{\"data\":[{\"key\":\"k\"}]}"),
                        apiInfo, Kind.MALFORMED, malformed("/services/connections/conn-1/apiInfo",
                                "an object was expected")),
                arguments("wrong field types", respond(200, JSON, "{\"data\":{\"fields\":[{\"key\":[1,2],"
                        + "\"value\":{\"v\":\"" + KEY + "\"},\"sensitive\":\"maybe\"}]}}"), apiInfo, Kind.MALFORMED,
                        malformed("/services/connections/conn-1/apiInfo", "a field has the wrong type")),
                arguments("truncated JSON", respond(200, JSON, "{\"data\":[{\"id\":\"env-1\",\"name\":\"Pro"),
                        environments, Kind.MALFORMED, malformed("/environments", "the answer is cut off")),
                arguments("truncated body (closed before Content-Length)",
                        RawHttpScripts.headersThenClose(200, JSON, 4000, "{\"data\":[{\"id\":\"env-1\""), environments,
                        Kind.UNREACHABLE, "The connection to 127.0.0.1 broke before the portal's answer was complete:"
                                + " try again."),
                arguments("connection reset mid-body",
                        FaultScripts.headersThenReset(200, JSON, 4000, "{\"data\":[{\"id\":\"env-1\""), environments,
                        Kind.UNREACHABLE, "The connection to 127.0.0.1 broke before the portal's answer was complete:"
                                + " try again."),
                arguments("a 50 MB body", RawHttpScripts.largeBody(JSON, 50L * 1024 * 1024, false), environments,
                        Kind.TOO_LARGE, "The portal's answer to /environments is larger than 16 MB: "
                                + CHECK_ENDPOINT + "."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answers")
    void aBadAnswer(String name, Script script, Call call, Kind kind, String sentence) throws Exception {
        CASES.incrementAndGet();
        try (RawHttpTestServer server = RawHttpTestServer.start(script)) {
            PortalException e = failure(() -> call.on(PortalTestSupport.api(server)));

            expect(e, kind, sentence);
            assertThat(server.requests()).singleElement()
                    .satisfies(request -> assertThat(request.header("MC-Api-Key")).contains(KEY));
            assertThat(server.bytesWritten()).isLessThan(40L * 1024 * 1024);
        }
    }

    @Test
    void aServerThatAcceptsAndNeverAnswers() throws Exception {
        CASES.incrementAndGet();
        try (RawHttpTestServer server = RawHttpTestServer.start(RawHttpScripts.neverAnswer())) {
            long start = System.nanoTime();
            PortalException e = failure(() -> PortalTestSupport.api(server.url("/api/v2"), SHORT).environments());

            expect(e, Kind.TIMEOUT,
                    "127.0.0.1 did not answer within 2 seconds: check your network, or try again later.");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        }
    }

    @Test
    void aServerThatTricklesAByteASecond() throws Exception {
        CASES.incrementAndGet();
        String body = "{\"data\":[{\"id\":\"env-1\",\"name\":\"Production\"}]}";
        try (RawHttpTestServer server = RawHttpTestServer.start(
                RawHttpScripts.trickle(200, JSON, body, Duration.ofSeconds(1)))) {
            long start = System.nanoTime();
            PortalException e = failure(() -> PortalTestSupport.api(server.url("/api/v2"), SHORT).environments());

            expect(e, Kind.TIMEOUT, "127.0.0.1 did not send its whole answer within 2 seconds: check your network,"
                    + " or try again later.");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
            int head = RawHttpScripts.head(200, java.util.List.of("Content-Type: " + JSON,
                    "Content-Length: " + body.length())).length();
            assertThat(server.bytesWritten() - head).as("body bytes sent").isBetween(0L, 4L);
        }
    }

    @Test
    void aRedirectFromHttpsToPlainHttpIsNotFollowed() throws Exception {
        CASES.incrementAndGet();
        try (RawHttpTestServer plain = RawHttpTestServer.start(respond(200, JSON, "{\"data\":[]}"));
             SelfSignedTls.Server portal = tls.start(exchange -> {
                 exchange.getResponseHeaders().add("Location", plain.url("/api/v2/environments"));
                 exchange.sendResponseHeaders(301, -1);
                 exchange.close();
             })) {
            HttpPortalApi api = new HttpPortalApi(tls.trustingClient(), PortalEndpoint.parse(portal.url("/api/v2")), ApiKey.of(KEY), Duration.ofSeconds(10));
            PortalException e = failure(api::environments);

            expect(e, Kind.UNEXPECTED_STATUS, "The portal redirects this request to 127.0.0.1 (HTTP 301) and the API"
                    + " key was not sent there: paste the final endpoint, as shown on the API credentials page.");
            assertThat(plain.connectionCount()).as("connections to the http:// target").isZero();
        }
    }

    @Test
    void aRedirectToAnotherHostNeverCarriesTheKeyThere() throws Exception {
        CASES.incrementAndGet();
        try (RawHttpTestServer elsewhere = RawHttpTestServer.start(respond(200, JSON, "{\"data\":[]}"));
             RawHttpTestServer portal = RawHttpTestServer.start(respond(307, null, "",
                     "Location: http://localhost:" + elsewhere.port() + "/api/v2/environments"))) {
            PortalException e = failure(() -> PortalTestSupport.api(portal).environments());

            expect(e, Kind.UNEXPECTED_STATUS, "The portal redirects this request to localhost (HTTP 307) and the API"
                    + " key was not sent there: paste the final endpoint, as shown on the API credentials page.");
            assertThat(elsewhere.connectionCount()).as("connections to the other host").isZero();
            assertThat(portal.requests()).hasSize(1);
        }
    }

    @Test
    void aSelfSignedCertificate() throws Exception {
        CASES.incrementAndGet();
        AtomicInteger requests = new AtomicInteger();
        try (SelfSignedTls.Server portal = tls.start(exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        })) {
            PortalException e = failure(() -> PortalTestSupport.api(portal.url("/api/v2"), SHORT).environments());

            // A client without the session's trust manager: the JDK's refusal, said as such (net.TlsSentencesTest
            // has the session's precise sentences).
            expect(e, Kind.TLS, "The secure connection to 127.0.0.1 failed during the TLS handshake: the server's"
                    + " certificate was refused.");
            assertThat(requests.get()).as("requests past the handshake").isZero();
        }
    }

    @Test
    void theSameCertificateTrustedWorks() throws Exception {
        // The control case: the failure above is the certificate, not the server.
        try (SelfSignedTls.Server portal = tls.start(exchange -> {
            byte[] body = "{\"data\":[]}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", JSON);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        })) {
            HttpPortalApi api = new HttpPortalApi(tls.trustingClient(), PortalEndpoint.parse(portal.url("/api/v2")), ApiKey.of(KEY), Duration.ofSeconds(10));

            assertThat(api.environments()).isEmpty();
        }
    }

    private interface Failing {
        void run() throws Exception;
    }

    /** The PortalException {@code call} throws; anything else (or nothing) fails the case. */
    private static PortalException failure(Failing call) throws Exception {
        try {
            call.run();
        } catch (PortalException e) {
            return e;
        }
        throw new AssertionError("no PortalException");
    }

    private static void expect(PortalException e, Kind kind, String sentence) {
        assertThat(e.getMessage()).isEqualTo(sentence);
        assertThat(e.kind()).isEqualTo(kind);
        assertKeyAbsent(e);
    }
}
