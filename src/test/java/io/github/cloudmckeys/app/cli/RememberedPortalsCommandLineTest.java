package io.github.cloudmckeys.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudmckeys.demo.DemoPortal;
import io.github.cloudmckeys.session.InMemoryKeyStore;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * login, portals, logout and --portal against a real portal on loopback (the demo portal's
 * server, which refuses any key but its own), with the settings in a temporary HOME and the keys
 * in an in-memory key store (the real keyring: SecretServiceKeyStoreTest and .ci/keyring-e2e.sh).
 */
class RememberedPortalsCommandLineTest {
    private static final String DEMO_FALLBACK = "No portal chosen: showing the demo portal's sample data";

    @TempDir
    Path home;

    private final InMemoryKeyStore keys = new InMemoryKeyStore();
    private DemoPortal portal;
    private String endpoint;

    record Run(int exitCode, String out, String err) {}

    @BeforeEach
    void startPortal() {
        portal = DemoPortal.start();
        endpoint = portal.endpoint().toString();
    }

    @AfterEach
    void stopPortal() {
        portal.close();
    }

    private Run run(Map<String, String> extraEnv, String stdin, String... args) {
        Map<String, String> env = new HashMap<>(Map.of("HOME", home.toString(), "LANG", "en_US.UTF-8"));
        env.putAll(extraEnv);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CommandLineApp.run(args, env, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                null, () -> keys, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Run run(String... args) {
        return run(Map.of(), "", args);
    }

    @Test
    void loginChecksTheKeyThenRemembersThePortalAndKeepsTheKeyOutOfEveryFile() throws IOException {
        Run refused = run(Map.of(), "wrong-key-12345\n", "--lang", "en", "login", "--endpoint", endpoint);
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.PORTAL_REFUSED);
        assertThat(run("portals").err()).contains("No portal is remembered");

        Run login = run(Map.of(), DemoPortal.API_KEY + "\n", "login", "--endpoint", endpoint, "--name", "Café « test »");
        assertThat(login.exitCode()).as(login.err()).isZero();
        assertThat(login.err()).contains("Logged in to Café « test »").contains("CloudMC Keys: Café « test »");
        assertThat(keys.names()).containsExactly("Café « test »");

        Run portals = run("portals");
        assertThat(portals.out().lines().toList())
                .containsExactly("Café « test »\t" + endpoint + "\tdefault\tkey stored");

        Run list = run("list");
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.out()).contains(" / ");
        assertThat(list.err()).doesNotContain(DEMO_FALLBACK);
        assertNoFileHolds(DemoPortal.API_KEY);

        Run logout = run("logout", "--portal", "Café « test »");
        assertThat(logout.exitCode()).as(logout.err()).isZero();
        assertThat(keys.names()).isEmpty();
        assertThat(run("portals").err()).contains("No portal is remembered");
        assertThat(run("list").err()).contains(DEMO_FALLBACK);
    }

    @Test
    void portalAndEndpointAreTakenBeforeOrAfterTheSubcommand() {
        run(Map.of(), DemoPortal.API_KEY, "--endpoint", endpoint, "login", "--name", "one");
        run(Map.of("MY_KEY", DemoPortal.API_KEY), "", "login", "--endpoint", endpoint, "--name", "two",
                "--api-key-env", "MY_KEY");
        assertThat(run("portals").out()).contains("one\t" + endpoint + "\tdefault\tkey stored")
                .contains("two\t" + endpoint + "\t\tkey stored");

        for (List<String> args : List.of(List.of("--portal", "two", "list"), List.of("list", "--portal", "two"))) {
            Run run = run(args.toArray(String[]::new));
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.err()).isEmpty();
        }
        Run before = run(Map.of("CLOUDMC_API_KEY", DemoPortal.API_KEY), "", "--endpoint", endpoint, "list");
        assertThat(before.exitCode()).as(before.err()).isZero();

        run(Map.of(), DemoPortal.API_KEY, "login", "--portal", "two", "--default");
        assertThat(run("portals").out()).contains("one\t" + endpoint + "\t\t").contains("two\t" + endpoint + "\tdefault");
    }

    @Test
    void theDemoPortalByDefaultIsSaidInOneLineOnStderr() {
        Run list = run("list");
        assertThat(list.exitCode()).isZero();
        assertThat(list.err().lines().toList()).hasSize(1).first().asString().startsWith(DEMO_FALLBACK);

        Run export = run("export", "--service", "Object Storage / ccontini");
        assertThat(export.out()).as(export.err()).contains("OS_AUTH_URL");
        assertThat(export.err()).startsWith(DEMO_FALLBACK);

        assertThat(run("list", "--demo").err()).isEmpty();
        assertThat(run(Map.of("LANG", "fr_CA.UTF-8"), "", "--lang", "fr", "list").err())
                .startsWith("Aucun portail choisi\u00a0: voici les données d’exemple du portail de démonstration");
    }

    @Test
    void theEnvironmentKeyGoesOnlyToTheEndpointItBelongsTo() throws IOException {
        try (ServerSocket lookAlike = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String other = "http://127.0.0.1:" + lookAlike.getLocalPort() + "/api/v2";
            Map<String, String> env = Map.of("CLOUDMC_ENDPOINT", endpoint, "CLOUDMC_API_KEY", DemoPortal.API_KEY);

            Run own = run(env, "", "list");
            assertThat(own.exitCode()).as(own.err()).isZero();

            Run elsewhere = run(env, "", "list", "--endpoint", other);
            assertThat(elsewhere.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(elsewhere.err().strip()).isEqualTo("CLOUDMC_API_KEY belongs to 127.0.0.1 (CLOUDMC_ENDPOINT) and"
                    + " is never sent to another portal: give the key of 127.0.0.1 with --api-key-env NAME, or store"
                    + " it with cloudmc-keys login.");
            lookAlike.setSoTimeout(1);
            boolean contacted;
            try (var ignored = lookAlike.accept()) {
                contacted = true;
            } catch (SocketTimeoutException e) {
                contacted = false;
            }
            assertThat(contacted).as("the other endpoint was contacted").isFalse();
        }
    }

    @Test
    void aMissingPortalOrKeyIsSaidInOneSentence() {
        assertThat(run("list", "--portal", "nowhere").err().strip())
                .isEqualTo("No remembered portal is called \"nowhere\": cloudmc-keys portals lists them,"
                        + " cloudmc-keys login adds one.");
        run(Map.of(), DemoPortal.API_KEY, "login", "--endpoint", endpoint, "--name", "gone");
        keys.delete(new io.github.cloudmckeys.session.RememberedPortal("gone", portal(endpoint), true));
        Run run = run("list");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("No API key for \"gone\" is in the system keyring");
        assertThat(run("portals").out()).contains("gone\t" + endpoint + "\tdefault\tno key");
        assertThat(run(Map.of(), "", "login", "--portal", "gone").err()).contains("No API key was given");
    }

    private static io.github.cloudmckeys.portal.PortalEndpoint portal(String text) {
        try {
            return io.github.cloudmckeys.portal.PortalEndpoint.parse(text);
        } catch (io.github.cloudmckeys.portal.PortalException e) {
            throw new AssertionError(e);
        }
    }

    private void assertNoFileHolds(String secret) throws IOException {
        try (Stream<Path> files = Files.walk(home)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(file)).as(file.toString()).doesNotContain(secret);
            }
        }
    }
}
