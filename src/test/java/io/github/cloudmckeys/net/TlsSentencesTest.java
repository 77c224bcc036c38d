package io.github.cloudmckeys.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.github.cloudmckeys.i18n.Language;
import io.github.cloudmckeys.i18n.Message;
import io.github.cloudmckeys.i18n.Messages;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each TLS failure said in one sentence, word for word in English and in French, against loopback
 * HTTPS servers whose certificates a private CA made by the test ({@link TestCa}) signed.
 */
class TlsSentencesTest {
    private static final Messages ENGLISH = Messages.english();
    private static final Messages FRENCH = Messages.of(Language.FRENCH);

    @TempDir
    static Path dir;
    private static TestCa ca;
    private static HttpServer backend;

    @BeforeAll
    static void start() throws Exception {
        ca = TestCa.create(dir);
        backend = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        backend.createContext("/", exchange -> {
            byte[] body = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        backend.start();
    }

    @AfterAll
    static void stop() {
        backend.stop(0);
    }

    /** GET {@code url} through a session; the sentence of its failure, or "200". */
    private static Object get(NetSession net, String url) throws InterruptedException {
        try (net) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).build();
            return String.valueOf(net.client().sendAsync(request, HttpResponse.BodyHandlers.ofString()).get()
                    .statusCode());
        } catch (ExecutionException e) {
            return NetFailures.transport(net.client(), URI.create(url), e.getCause()).orElseThrow(() ->
                    new AssertionError("no sentence for " + e.getCause()));
        }
    }

    private static NetSession withCaFile() throws NetException {
        return NetSession.open(Map.of(), ProxyPreference.NONE, Optional.of(ca.rootPem()));
    }

    private static TlsFront front(TestCa.Issued certificate) throws Exception {
        return TlsFront.start(certificate, backend.getAddress().getPort());
    }

    @Test
    void aCertificateFromAnUnknownCaNamesItsSubjectIssuerAndFingerprintAndHowToTrustIt() throws Exception {
        TestCa.Issued issued = ca.issue("127.0.0.1", List.of("127.0.0.1", "localhost"));
        String fingerprint = TlsProblem.fingerprint(issued.certificate());
        assertThat(fingerprint).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
        try (TlsFront front = front(issued)) {
            Message sentence = (Message) get(NetSession.direct(), front.url("/"));

            assertThat(ENGLISH.format(sentence)).isEqualTo("The certificate of 127.0.0.1 is not trusted: it is issued"
                    + " to \"CN=127.0.0.1,O=Example Corp\" by \"Example Corp Internal Root\", SHA-256 fingerprint "
                    + fingerprint + "; if \"Example Corp Internal Root\" is your organization's certificate authority,"
                    + " give its certificate with --ca-file (or CLOUDMC_CA_FILE, or CA file in Connect…) or add it to"
                    + " the system's trust store.");
            assertThat(FRENCH.format(sentence)).isEqualTo("Le certificat de 127.0.0.1 n’est pas approuvé\u00a0: il est"
                    + " délivré à «\u00a0CN=127.0.0.1,O=Example Corp\u00a0» par «\u00a0Example Corp Internal Root\u00a0»,"
                    + " empreinte SHA-256 " + fingerprint + "\u00a0; si «\u00a0Example Corp Internal Root\u00a0» est"
                    + " l’autorité de certification de votre organisation, donnez son certificat avec --ca-file (ou"
                    + " CLOUDMC_CA_FILE, ou Fichier d’AC dans Connexion…) ou ajoutez-le au magasin de certificats du"
                    + " système.");
        }
    }

    @Test
    void theCaFileMakesItTrustedAndTheSessionKnowsTheFileWasNeeded() throws Exception {
        try (TlsFront front = front(ca.issue("127.0.0.1", List.of("127.0.0.1")));
             NetSession net = withCaFile()) {
            URI uri = URI.create(front.url("/"));
            assertThat(net.caFileThatTrusts(uri)).isEmpty();
            HttpResponse<String> answer = net.client().send(HttpRequest.newBuilder(uri).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).isEqualTo("{\"ok\":true}");
            assertThat(net.caFileThatTrusts(uri)).contains(ca.rootPem().toAbsolutePath());
        }
    }

    @Test
    void theSystemsBundleNamedBySslCertFileIsTrustedWithoutACaFile() throws Exception {
        try (TlsFront front = front(ca.issue("127.0.0.1", List.of("127.0.0.1")));
             NetSession net = NetSession.open(Map.of("SSL_CERT_FILE", ca.rootPem().toString()), ProxyPreference.NONE,
                     Optional.empty())) {
            URI uri = URI.create(front.url("/"));
            assertThat(net.client().send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString())
                    .statusCode()).isEqualTo(200);
            assertThat(net.caFileThatTrusts(uri)).isEmpty();
        }
        Path folder = Files.createDirectories(dir.resolve("certs"));
        Files.copy(ca.rootPem(), folder.resolve("example-corp.pem"));
        try (TlsFront front = front(ca.issue("127.0.0.1", List.of("127.0.0.1")))) {
            assertThat(get(NetSession.open(Map.of("SSL_CERT_DIR", folder.toString()), ProxyPreference.NONE,
                    Optional.empty()), front.url("/"))).isEqualTo("200");
        }
    }

    @Test
    void anExpiredCertificateIsSaidWithItsDates() throws Exception {
        TestCa.Issued expired = ca.issue("127.0.0.1", List.of("127.0.0.1"), Instant.parse("2020-01-01T00:00:00Z"),
                Instant.parse("2021-01-01T12:30:00Z"));
        try (TlsFront front = front(expired)) {
            Message sentence = (Message) get(withCaFile(), front.url("/"));

            assertThat(ENGLISH.format(sentence)).isEqualTo("The certificate of 127.0.0.1 expired on 2021-01-01T12:30:00Z"
                    + " (it was valid from 2020-01-01T00:00:00Z): the server's administrator must renew it; check also"
                    + " this computer's date and time.");
            assertThat(FRENCH.format(sentence)).isEqualTo("Le certificat de 127.0.0.1 a expiré le 2021-01-01T12:30:00Z"
                    + " (il était valide depuis le 2020-01-01T00:00:00Z)\u00a0: l’administrateur du serveur doit le"
                    + " renouveler\u00a0; vérifiez aussi la date et l’heure de cet ordinateur.");
        }
    }

    @Test
    void aCertificateNotYetValidIsSaidWithItsDates() throws Exception {
        TestCa.Issued future = ca.issue("127.0.0.1", List.of("127.0.0.1"), Instant.parse("2099-01-01T00:00:00Z"),
                Instant.parse("2100-01-01T00:00:00Z"));
        try (TlsFront front = front(future)) {
            Message sentence = (Message) get(withCaFile(), front.url("/"));

            assertThat(ENGLISH.format(sentence)).isEqualTo("The certificate of 127.0.0.1 is not valid before"
                    + " 2099-01-01T00:00:00Z (it is valid until 2100-01-01T00:00:00Z): check this computer's date and"
                    + " time.");
            assertThat(FRENCH.format(sentence)).isEqualTo("Le certificat de 127.0.0.1 n’est pas valide avant le"
                    + " 2099-01-01T00:00:00Z (il est valide jusqu’au 2100-01-01T00:00:00Z)\u00a0: vérifiez la date et"
                    + " l’heure de cet ordinateur.");
        }
    }

    @Test
    void aCertificateForAnotherHostNamesTheNamesItHolds() throws Exception {
        TestCa.Issued other = ca.issue("portal.internal.test", List.of("portal.internal.test", "10.20.30.40"));
        try (TlsFront front = front(other)) {
            Message sentence = (Message) get(withCaFile(), front.url("/"));

            assertThat(ENGLISH.format(sentence)).isEqualTo("The certificate of 127.0.0.1 is for portal.internal.test,"
                    + " 10.20.30.40, not for 127.0.0.1: connect with a name the certificate holds, or ask the server's"
                    + " administrator for a certificate that names 127.0.0.1.");
            assertThat(FRENCH.format(sentence)).isEqualTo("Le certificat de 127.0.0.1 est pour portal.internal.test,"
                    + " 10.20.30.40, pas pour 127.0.0.1\u00a0: connectez-vous avec un nom que le certificat contient, ou"
                    + " demandez à l’administrateur du serveur un certificat qui nomme 127.0.0.1.");
        }
    }

    /** A loopback server that answers each connection's first bytes with {@code answer}, then hangs up. */
    private static ServerSocket answering(byte[] answer) throws IOException {
        ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread thread = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket socket = server.accept()) {
                    socket.getInputStream().read(); // the ClientHello begins
                    socket.getOutputStream().write(answer);
                } catch (IOException e) {
                    return; // the test is over
                }
            }
        });
        thread.setDaemon(true);
        thread.start();
        return server;
    }

    @Test
    void plainHttpAtAnHttpsAddressIsAHandshakeFailureSaidAsSuch() throws Exception {
        byte[] badRequest = "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        try (ServerSocket plain = answering(badRequest)) {
            Message sentence = (Message) get(NetSession.direct(), "https://127.0.0.1:" + plain.getLocalPort() + "/");

            assertThat(ENGLISH.format(sentence)).isEqualTo("The secure connection to 127.0.0.1 failed during the TLS"
                    + " handshake: the server did not answer in TLS (is it a plain http address?).");
            assertThat(FRENCH.format(sentence)).isEqualTo("La connexion sécurisée à 127.0.0.1 a échoué pendant la"
                    + " négociation TLS\u00a0: le serveur n’a pas répondu en TLS (est-ce une adresse http simple\u00a0?).");
        }
    }

    @Test
    void aServerThatHangsUpDuringTheHandshakeIsSaidAsSuch() throws Exception {
        try (ServerSocket rude = answering(new byte[0])) {
            Message sentence = (Message) get(NetSession.direct(), "https://127.0.0.1:" + rude.getLocalPort() + "/");

            assertThat(ENGLISH.format(sentence)).isEqualTo("The secure connection to 127.0.0.1 failed during the TLS"
                    + " handshake: the server closed the connection.");
            assertThat(FRENCH.format(sentence)).isEqualTo("La connexion sécurisée à 127.0.0.1 a échoué pendant la"
                    + " négociation TLS\u00a0: le serveur a fermé la connexion.");
        }
    }

    @Test
    void aCaFileThatCannotBeUsedIsSaidBeforeAnythingIsSent() throws Exception {
        Path missing = dir.resolve("nowhere.pem");
        assertThatThrownBy(() -> NetSession.open(Map.of(), ProxyPreference.NONE, Optional.of(missing)))
                .isInstanceOf(NetException.class)
                .hasMessage("The CA file " + missing + " does not exist: check its path.");
        Path notPem = Files.writeString(dir.resolve("notes.txt"), "not a certificate\n");
        assertThatThrownBy(() -> NetSession.open(Map.of(), ProxyPreference.NONE, Optional.of(notPem)))
                .satisfies(e -> assertThat(FRENCH.sentence((NetException) e)).isEqualTo("Le fichier d’AC " + notPem
                        + " ne contient aucun certificat\u00a0: donnez un fichier PEM avec des blocs"
                        + " -----BEGIN CERTIFICATE-----."));
        assertThatThrownBy(() -> NetSession.open(Map.of(), ProxyPreference.NONE, Optional.of(dir)))
                .hasMessage("The CA file " + dir + " is a folder: give the file that holds the CA's certificate (PEM).");
        assertThat(NetSession.caFile(null, Map.of(NetSession.CA_FILE_VARIABLE, " /etc/corp.pem ")))
                .contains(Path.of("/etc/corp.pem"));
        assertThat(NetSession.caFile(Path.of("given.pem"), Map.of(NetSession.CA_FILE_VARIABLE, "/etc/corp.pem")))
                .contains(Path.of("given.pem"));
    }
}
