package io.github.cloudmckeys.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudmckeys.demo.DemoPortal;
import io.github.cloudmckeys.net.TestCa;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line behind a real Squid: the portal's name ({@code portal.internal.test}) resolves
 * only in Squid's {@code hosts_file}, so the portal is reached through the proxy or not at all;
 * a second Squid asks for a login. Each run is a fresh JVM, as the user's is: the packaged jar
 * when {@code CLOUDMC_KEYS_JAR} names it, else the test's class path.
 */
class SquidProxyTest {
    static final String PORTAL_HOST = "portal.internal.test";
    static final String PROXY_USER = "alice";
    static final String PROXY_PASSWORD = "Sq-pr0xy pass:wörd";

    @TempDir
    static Path dir;
    static TestCa ca;
    static PrivatePortal portal;
    static Squid open;
    static Squid guarded;

    record Run(int exitCode, String out, String err) {
        String all() {
            return out + err;
        }
    }

    @BeforeAll
    static void start() throws Exception {
        List<String> hosts = List.of("127.0.0.1 " + PORTAL_HOST);
        open = Squid.start(hosts, Optional.empty());
        guarded = Squid.start(hosts, Optional.of(Map.entry(PROXY_USER, PROXY_PASSWORD)));
        ca = TestCa.create(dir);
        portal = PrivatePortal.start(ca, List.of(PORTAL_HOST));
    }

    @AfterAll
    static void stop() throws Exception {
        if (portal != null) {
            portal.close();
        }
        for (Squid squid : new Squid[] {open, guarded}) {
            if (squid != null) {
                squid.close();
            }
        }
    }

    /** {@code cloudmc-keys ARGS} in a new JVM with only {@code env} (and PATH, HOME) in its environment. */
    static Run cli(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        String jar = System.getenv("CLOUDMC_KEYS_JAR");
        if (jar != null && !jar.isBlank()) {
            command.addAll(List.of("-jar", jar));
        } else {
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.github.cloudmckeys.app.Main"));
        }
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().clear();
        builder.environment().put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        builder.environment().put("HOME", Files.createDirectories(dir.resolve("home")).toString());
        builder.environment().put("CLOUDMC_API_KEY", DemoPortal.API_KEY);
        builder.environment().putAll(env);
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("cloudmc-keys did not finish: " + String.join(" ", args));
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    static Run list(Map<String, String> env, String... more) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("list", "--endpoint", portal.endpoint(PORTAL_HOST), "--ca-file",
                ca.rootPem().toString()));
        args.addAll(List.of(more));
        return cli(env, args.toArray(String[]::new));
    }

    private static Pattern connect(String user) {
        return Pattern.compile("CONNECT " + Pattern.quote(PORTAL_HOST + ":" + portal.endpoint(PORTAL_HOST)
                .replaceAll("^https://[^:]+:(\\d+)/.*$", "$1")) + " " + user + " ");
    }

    @Test
    void theCommandLineReachesThePortalOnlyThroughTheProxy() throws Exception {
        Run run = list(Map.of("HTTPS_PROXY", open.url()));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("Object Storage / ccontini\n");
        assertThat(open.awaitAccessLog(connect("-"))).containsPattern(connect("-"));
    }

    @Test
    void noProxyForTheDomainGoesDirectAndTheNameDoesNotResolve() throws Exception {
        String before = open.accessLog();
        Run run = list(Map.of("https_proxy", open.url(), "NO_PROXY", "localhost,.internal.test"));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.PORTAL_UNREACHABLE);
        // The reason is the direct connection's: the name resolves only in Squid's hosts_file.
        assertThat(run.err()).matches("Cannot reach portal\\.internal\\.test:\\d+: the name is unknown; check the endpoint"
                + " URL and your network\\.\n");
        assertThat(open.accessLog()).isEqualTo(before);
    }

    @Test
    void checkGoesToTheLoopbackKeystoneDirectlyAndGetsAToken() throws Exception {
        Run run = cli(Map.of("HTTPS_PROXY", open.url()), "check", "--service", "ccontini", "--endpoint",
                portal.endpoint(PORTAL_HOST), "--ca-file", ca.rootPem().toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("OK: Keystone v3 at 127.0.0.1 issued a token");
        assertThat(run.all()).doesNotContain(PrivatePortal.PASSWORD);
    }

    @Test
    void theRightProxyLoginGetsThrough() throws Exception {
        Run run = list(Map.of("HTTPS_PROXY", guarded.url(PROXY_USER, PROXY_PASSWORD)));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("Object Storage / ccontini\n");
        assertThat(guarded.awaitAccessLog(connect(PROXY_USER))).containsPattern(connect(PROXY_USER));
        assertThat(run.all()).doesNotContain(PROXY_PASSWORD).doesNotContain("pr0xy");
    }

    @Test
    void aWrongProxyPasswordHasItsOwnSentenceNamingTheProxyInBothLanguages() throws Exception {
        String proxy = guarded.url().replace("http://", "");
        Run english = list(Map.of("HTTPS_PROXY", guarded.url(PROXY_USER, "not-" + PROXY_PASSWORD)));
        Run french = list(Map.of("HTTPS_PROXY", guarded.url(PROXY_USER, "not-" + PROXY_PASSWORD)), "--lang", "fr");

        assertThat(english.exitCode()).isEqualTo(ExitCodes.PORTAL_UNREACHABLE);
        assertThat(english.err()).isEqualTo("The proxy " + proxy + " (from HTTPS_PROXY) did not accept the user name"
                + " and password in its URL (407): check them in HTTPS_PROXY.\n");
        assertThat(french.err()).isEqualTo("Le proxy " + proxy + " (de HTTPS_PROXY) n’a pas accepté le nom"
                + " d’utilisateur et le mot de passe de son URL (407)\u00a0: vérifiez-les dans HTTPS_PROXY.\n");
        assertThat(english.all() + french.all()).doesNotContain("pr0xy");
    }

    @Test
    void aProxyThatAsksForALoginNobodyGaveSaysHowToGiveIt() throws Exception {
        String proxy = guarded.url().replace("http://", "");
        Run run = list(Map.of("HTTPS_PROXY", guarded.url()));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.PORTAL_UNREACHABLE);
        assertThat(run.err()).isEqualTo("The proxy " + proxy + " (from HTTPS_PROXY) asks for a login to reach"
                + " portal.internal.test (407): put your user name and password in the proxy URL, as"
                + " http://user:password@" + proxy + ".\n");
    }

    @Test
    void aHostTheProxyCannotReachIsSaidAsTheProxysAnswer() throws Exception {
        String proxy = open.url().replace("http://", "");
        Run run = cli(Map.of("HTTPS_PROXY", open.url()), "list", "--endpoint",
                portal.endpoint("nowhere.internal.test"), "--ca-file", ca.rootPem().toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.PORTAL_UNREACHABLE);
        assertThat(run.err()).isEqualTo("The proxy " + proxy + " (from HTTPS_PROXY) could not open a connection to"
                + " nowhere.internal.test (it answered 500): check the endpoint URL, or add nowhere.internal.test to"
                + " NO_PROXY if it is to be reached directly.\n");
    }
}
