package io.github.cloudmckeys.ui.connect;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudmckeys.app.settings.AppSettings;
import io.github.cloudmckeys.app.settings.XdgSettingsStore;
import io.github.cloudmckeys.demo.DemoPortal;
import io.github.cloudmckeys.portal.HttpPortalApi;
import io.github.cloudmckeys.ui.BackgroundRunner;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Remember this portal" as the window does it: the URL reaches the settings file, the key never does. */
class RememberedPortalTest {
    @TempDir
    Path home;

    @Test
    void aConnectWithATypedKeySavesTheEndpointOnly() throws Exception {
        XdgSettingsStore store = new XdgSettingsStore(home.resolve("cloudmc-keys"));
        try (DemoPortal portal = DemoPortal.start()) {
            ConnectViewModel model = new ConnectViewModel(portal.endpoint().toString(), Optional.empty(),
                    Optional.empty(), remote -> HttpPortalApi.create(remote.endpoint(), remote.apiKey()),
                    BackgroundRunner.inPlace());
            model.apiKeyProperty().set(DemoPortal.API_KEY);
            model.test();
            assertThat(model.testSucceededProperty().get()).isTrue();
            ConnectRequest request = model.request().orElseThrow();

            store.save(store.load().withEndpoint(request.remember() ? request.portal().endpoint().toString() : null));

            assertThat(store.load().endpoint()).contains(portal.endpoint().toString());
        }
        try (Stream<Path> files = Files.walk(home)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(file), StandardCharsets.UTF_8))
                        .doesNotContain(DemoPortal.API_KEY);
            }
        }
    }

    @Test
    void theSettingsHaveNoPlaceForAKey() {
        assertThat(Arrays.stream(AppSettings.class.getRecordComponents()).map(RecordComponent::getName))
                .containsExactly("endpoint", "windowBounds", "lastSaveFolder", "clipboardClearSeconds", "language",
                        "portals", "network", "theme");
        assertThat(Arrays.stream(io.github.cloudmckeys.app.settings.SavedPortal.class.getRecordComponents())
                .map(RecordComponent::getName)).containsExactly("name", "endpoint", "isDefault");
        assertThat(Arrays.stream(io.github.cloudmckeys.app.settings.NetworkSettings.class.getRecordComponents())
                .map(RecordComponent::getName)).containsExactly("caFile", "proxy");
        assertThat(AppSettings.class.getRecordComponents()[3].getType()).isEqualTo(int.class);
    }
}
