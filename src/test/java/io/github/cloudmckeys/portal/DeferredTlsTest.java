package io.github.cloudmckeys.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cloudmckeys.net.DeferredTls;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client whose TLS is deferred speaks plain HTTP as any other, and when it does meet TLS, it is the
 * JVM's default TLS: a certificate the default trust store does not know is refused, as by a plain client.
 * (That an http:// command sets no TLS up at all: CommandLineStartupTest, in a JVM of its own.)
 */
class DeferredTlsTest {
    @TempDir
    Path dir;

    private static HttpClient deferred() {
        return DeferredTls.deferUntilUsed(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))).build();
    }

    @Test
    void plainHttpOnLoopbackWorks() throws Exception {
        try (RawHttpTestServer server = RawHttpTestServer.start(RawHttpScripts.respond(200, "application/json", "{}"))) {
            HttpResponse<String> answer = deferred().send(HttpRequest.newBuilder(URI.create(server.url("/x"))).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).isEqualTo("{}");
        }
    }

    @Test
    void tlsIsTheDefaultOneTrustingWhatTheDefaultTrusts() throws Exception {
        SelfSignedTls tls = SelfSignedTls.generate(dir);
        try (SelfSignedTls.Server server = tls.start(exchange -> {
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        })) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(server.url("/x"))).build();

            assertThatThrownBy(() -> deferred().send(request, HttpResponse.BodyHandlers.discarding()))
                    .isInstanceOf(SSLHandshakeException.class);
            assertThatThrownBy(() -> HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()))
                    .isInstanceOf(SSLHandshakeException.class);
            // The same server, trusted: it answers (the refusal above was the trust, not the server).
            assertThat(tls.trustingClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode())
                    .isEqualTo(204);
        }
    }
}
