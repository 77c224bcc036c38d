package io.github.cloudmckeys.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudmckeys.i18n.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The language in settings.json: {@code "language": "fr"}, absent to follow the system, older files still load. */
class LanguageSettingTest {
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
    void theLanguageRoundTripsAsItsTag() throws Exception {
        store.save(AppSettings.defaults().withEndpoint("https://portal.example.com/api/v2")
                .withLanguage(Optional.of(Language.FRENCH)));

        assertThat(Files.readString(store.location())).contains("\"language\" : \"fr\"");
        AppSettings loaded = store.load();
        assertThat(loaded.language()).contains(Language.FRENCH);
        assertThat(loaded.endpoint()).contains("https://portal.example.com/api/v2");

        store.save(loaded.withLanguage(Optional.of(Language.ENGLISH)));
        assertThat(store.load().language()).contains(Language.ENGLISH);
    }

    @Test
    void followingTheSystemWritesNoLanguage() throws Exception {
        store.save(AppSettings.defaults().withLanguage(Optional.of(Language.FRENCH)).withLanguage(Optional.empty()));

        assertThat(Files.readString(store.location())).doesNotContain("language");
        assertThat(store.load().language()).isEmpty();
        assertThat(AppSettings.defaults().language()).isEmpty();
    }

    @Test
    void aFileFromBeforeTheLanguageStillLoads() throws Exception {
        Files.writeString(store.location(), """
                {"endpoint": "https://portal.example.com/api/v2", "clipboardClearSeconds": 12}
                """);

        AppSettings loaded = store.load();

        assertThat(loaded.language()).isEmpty();
        assertThat(loaded.endpoint()).contains("https://portal.example.com/api/v2");
        assertThat(loaded.clipboardClearSeconds()).isEqualTo(12);
        assertThat(warnings.messages()).isEmpty();
    }

    @Test
    void aRegionalTagIsReadAsItsLanguage() throws Exception {
        Files.writeString(store.location(), "{\"language\": \"fr-CA\"}");

        assertThat(store.load().language()).contains(Language.FRENCH);
    }

    @Test
    void aLanguageTheAppDoesNotSpeakIsDroppedAndNamedTheRestKept() throws Exception {
        Files.writeString(store.location(), """
                {"endpoint": "https://portal.example.com/api/v2", "language": "de"}
                """);

        AppSettings loaded = store.load();

        assertThat(loaded.language()).isEmpty();
        assertThat(loaded.endpoint()).contains("https://portal.example.com/api/v2");
        assertThat(warnings.messages()).singleElement().asString().contains("language").doesNotContain("\"de\"");
    }

    @Test
    void aLanguageOfTheWrongShapeIsDropped() throws Exception {
        Files.writeString(store.location(), "{\"language\": 7, \"clipboardClearSeconds\": 5}");

        AppSettings loaded = store.load();

        assertThat(loaded.language()).isEmpty();
        assertThat(loaded.clipboardClearSeconds()).isEqualTo(5);
        assertThat(warnings.messages()).singleElement().asString().contains("language");
    }
}
