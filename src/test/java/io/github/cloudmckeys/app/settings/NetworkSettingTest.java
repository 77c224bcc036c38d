package io.github.cloudmckeys.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudmckeys.net.ProxyPreference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The CA file remembered with the endpoint and the proxy preference in settings.json; never a proxy password. */
class NetworkSettingTest {
    @TempDir
    Path configDir;
    private XdgSettingsStore store;
    @RegisterExtension
    final StoreWarnings warnings = new StoreWarnings();

    @BeforeEach
    void setUp() {
        store = new XdgSettingsStore(configDir);
    }

    @Test
    void theCaFileAndAManualProxyRoundTripWithoutTheProxysLogin() throws Exception {
        Path caFile = configDir.resolve("corp-root.pem");
        store.save(AppSettings.defaults().withEndpoint("https://portal.internal.test/api/v2")
                .withNetwork(new NetworkSettings(Optional.of(caFile),
                        ProxyPreference.manual("http://alice:Sq-s3cret@proxy.corp:3128"))));

        String saved = Files.readString(store.location());
        assertThat(saved).contains("\"caFile\" : \"" + caFile + "\"")
                .contains("\"mode\" : \"manual\"").contains("\"url\" : \"http://proxy.corp:3128\"")
                .doesNotContain("Sq-s3cret").doesNotContain("alice");
        AppSettings loaded = store.load();
        assertThat(loaded.network().caFile()).contains(caFile);
        assertThat(loaded.network().proxy()).isEqualTo(ProxyPreference.manual("http://proxy.corp:3128"));
        assertThat(loaded.endpoint()).contains("https://portal.internal.test/api/v2");
    }

    @Test
    void theDefaultsWriteNothingAndOlderFilesLoadWithTheSystemsProxy() throws Exception {
        store.save(AppSettings.defaults().withEndpoint("https://portal.example.com/api/v2"));
        assertThat(Files.readString(store.location())).doesNotContain("caFile").doesNotContain("proxy");

        assertThat(store.load().network()).isEqualTo(NetworkSettings.DEFAULTS);
        store.save(store.load().withNetwork(NetworkSettings.DEFAULTS.withProxy(ProxyPreference.NONE)));
        assertThat(store.load().network().proxy().mode()).isEqualTo(ProxyPreference.Mode.NONE);
    }

    @Test
    void anUnusableProxyOrCaFileIsDroppedAndTheRestKept() throws Exception {
        Files.createDirectories(configDir);
        Files.writeString(store.location(), """
                {"endpoint": "https://portal.example.com/api/v2", "caFile": "relative.pem",
                 "proxy": {"mode": "carrier-pigeon"}}
                """);

        AppSettings loaded = store.load();
        assertThat(loaded.endpoint()).contains("https://portal.example.com/api/v2");
        assertThat(loaded.network()).isEqualTo(NetworkSettings.DEFAULTS);
        assertThat(warnings.messages().toString()).contains("caFile").contains("proxy");
    }
}
