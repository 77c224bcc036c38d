package io.github.cloudmckeys.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.cloudmckeys.portal.ApiKey;
import io.github.cloudmckeys.portal.PortalEndpoint;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.freedesktop.secret.simple.SimpleCollection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real Secret Service backend against a real daemon: .ci/keyring-e2e.sh runs GNOME Keyring
 * under dbus-run-session, unlocked, and sets {@value #REQUIRE}=1 so that this cannot skip there.
 * Elsewhere it runs when a Secret Service answers on the session bus, and skips otherwise.
 * Entries are read back with libsecret's own secret-tool, not only with the library that wrote them.
 */
class SecretServiceKeyStoreTest {
    static final String REQUIRE = "CLOUDMC_REQUIRE_KEYRING";
    private static final String NAME = "Tëst portal \"quoted\" " + ProcessHandle.current().pid();

    private final SecretServiceKeyStore store = new SecretServiceKeyStore();
    private RememberedPortal portal;

    @BeforeEach
    void needsTheDaemon() throws Exception {
        boolean required = "1".equals(System.getenv(REQUIRE));
        boolean available = System.getenv("DBUS_SESSION_BUS_ADDRESS") != null && SimpleCollection.isAvailable();
        if (required) {
            assertThat(available).as("a Secret Service on the session bus (" + REQUIRE + "=1)").isTrue();
        }
        assumeTrue(available, "no Secret Service on the session bus");
        portal = new RememberedPortal(NAME, PortalEndpoint.parse("https://portal.example.com/api/v2"), true);
    }

    @AfterEach
    void cleanUp() throws Exception {
        if (portal != null) {
            store.delete(portal);
        }
    }

    @Test
    void storesReadsReplacesAndDeletesOneLabelledEntry() throws Exception {
        assertThat(store.read(portal)).isEmpty();
        store.store(portal, ApiKey.of("first-key-0123456789"));
        assertThat(store.read(portal)).contains(ApiKey.of("first-key-0123456789"));
        assertThat(secretTool("lookup", "application", "cloudmc-keys", "portal", NAME)).isEqualTo("first-key-0123456789");
        assertThat(secretTool("search", "--all", "application", "cloudmc-keys", "portal", NAME))
                .contains("label = CloudMC Keys: " + NAME)
                .contains("attribute.endpoint = https://portal.example.com/api/v2");

        store.store(portal, ApiKey.of("second-key-0123456789"));
        assertThat(store.read(portal)).contains(ApiKey.of("second-key-0123456789"));
        assertThat(secretTool("search", "--all", "application", "cloudmc-keys", "portal", NAME).split("\n"))
                .filteredOn(line -> line.startsWith("label = ")).hasSize(1);

        assertThat(store.delete(portal)).isTrue();
        assertThat(store.read(portal)).isEmpty();
        assertThat(secretTool("lookup", "application", "cloudmc-keys", "portal", NAME)).isEmpty();
        assertThat(store.delete(portal)).isFalse();
    }

    @Test
    void aKeyIsNotGivenForAnotherEndpointNorFromAnEntryWithoutOne() throws Exception {
        store.store(portal, ApiKey.of("key-for-example-com-0123"));
        RememberedPortal moved = new RememberedPortal(NAME, PortalEndpoint.parse("https://look-alike.example.net"), true);
        assertThat(store.read(moved)).isEmpty();

        store.delete(portal);
        // An entry as an older version (or another tool) might have left it: no endpoint attribute.
        secretToolStore("older-entry-key-0123", "application", "cloudmc-keys", "portal", NAME);
        assertThat(store.read(portal)).isEmpty();
        store.store(portal, ApiKey.of("replacement-key-0123"));
        assertThat(store.read(portal)).contains(ApiKey.of("replacement-key-0123"));
        assertThat(secretTool("lookup", "application", "cloudmc-keys", "portal", NAME)).isEqualTo("replacement-key-0123");
    }

    private static String secretTool(String... args) throws Exception {
        Process process = new ProcessBuilder(command(args)).redirectErrorStream(true).start();
        process.getOutputStream().close();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        process.getInputStream().transferTo(out);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return out.toString(StandardCharsets.UTF_8).strip();
    }

    private static void secretToolStore(String secret, String... attributes) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("secret-tool", "store", "--label=older entry"));
        command.addAll(List.of(attributes));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().write(secret.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
    }

    private static List<String> command(String... args) {
        List<String> command = new java.util.ArrayList<>(List.of("secret-tool"));
        command.addAll(List.of(args));
        return command;
    }
}
