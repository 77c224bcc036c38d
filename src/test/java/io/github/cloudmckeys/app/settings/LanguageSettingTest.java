package io.github.cloudmckeys.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudmckeys.i18n.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The language in settings.json: {@code "language": "fr"}, absent to follow the system, older files still load. */
class LanguageSettingTest {
    @TempDir
    Path configDir;
    private XdgSettingsStore store;
    private final Logger logger = Logger.getLogger(XdgSettingsStore.class.getName());
    private final List<String> warnings = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            warnings.add(record.getMessage());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void setUp() {
        store = new XdgSettingsStore(configDir);
        logger.addHandler(handler);
        logger.setUseParentHandlers(false); // the warning for a language the app does not speak is expected here
    }

    @AfterEach
    void tearDown() {
        logger.removeHandler(handler);
        logger.setUseParentHandlers(true);
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
        assertThat(warnings).isEmpty();
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
        assertThat(warnings).singleElement().asString().contains("language").doesNotContain("\"de\"");
    }

    @Test
    void aLanguageOfTheWrongShapeIsDropped() throws Exception {
        Files.writeString(store.location(), "{\"language\": 7, \"clipboardClearSeconds\": 5}");

        AppSettings loaded = store.load();

        assertThat(loaded.language()).isEmpty();
        assertThat(loaded.clipboardClearSeconds()).isEqualTo(5);
        assertThat(warnings).singleElement().asString().contains("language");
    }
}
