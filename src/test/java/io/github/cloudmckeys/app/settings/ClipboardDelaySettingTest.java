package io.github.cloudmckeys.app.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.cloudmckeys.ui.Preferences;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The clipboard delay in settings.json: kept, checked on its own, and absent while it is the default. */
class ClipboardDelaySettingTest {
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
    void theDefaultIsThirtySecondsLikeThePreferencesAndIsNotWritten() throws Exception {
        assertThat(AppSettings.defaults().clipboardClearSeconds()).isEqualTo(30)
                .isEqualTo(Preferences.DEFAULT_CLIPBOARD_CLEAR_SECONDS);
        assertThat(AppSettings.MAX_CLIPBOARD_CLEAR_SECONDS).isEqualTo(Preferences.MAX_CLIPBOARD_CLEAR_SECONDS);

        store.save(AppSettings.defaults().withEndpoint("https://portal.example.com/api/v2"));

        assertThat(Files.readString(store.location())).doesNotContain("clipboard");
        assertThat(store.load().clipboardClearSeconds()).isEqualTo(30);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 45, 3600})
    void aChosenDelaySurvivesASaveAndTheOtherValuesStay(int seconds) throws Exception {
        AppSettings chosen = AppSettings.defaults().withLastSaveFolder(Path.of("/srv/scripts"))
                .withClipboardClearSeconds(seconds);

        store.save(chosen);
        AppSettings read = store.load();

        assertThat(read).isEqualTo(chosen);
        assertThat(read.withEndpoint("https://p.example.com").withWindowBounds(null).clipboardClearSeconds())
                .isEqualTo(seconds);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "3601", "12.5", "\"30\"", "true", "99999999999999999999", "{}"})
    void anUnusableDelayIsDroppedAndTheRestKept(String value) throws Exception {
        Files.writeString(store.location(), "{\"endpoint\": \"https://portal.example.com/api/v2\","
                + " \"clipboardClearSeconds\": " + value + "}");

        AppSettings read = store.load();

        assertThat(read.clipboardClearSeconds()).isEqualTo(30);
        assertThat(read.endpoint()).contains("https://portal.example.com/api/v2");
        assertThat(warnings.messages()).singleElement().asString().contains("unusable values for [clipboardClearSeconds]");
    }

    @Test
    void aDelayOutOfRangeCannotBeBuilt() {
        IllegalArgumentException e = catchThrowableOfType(IllegalArgumentException.class,
                () -> AppSettings.defaults().withClipboardClearSeconds(-5));

        assertThat(e).hasMessageContaining("0 to 3600");
    }
}
