package io.github.cloudmckeys.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void rendersAKeyInEachLanguage() {
        Message failure = Message.of("error.internal", "NullPointerException");
        assertThat(Messages.of(Language.ENGLISH).format(failure))
                .isEqualTo("Something went wrong inside CloudMC Keys (NullPointerException): please try again.");
        assertThat(Messages.of(Language.FRENCH).format(failure))
                .isEqualTo("Une erreur est survenue dans CloudMC Keys (NullPointerException)\u00a0: veuillez réessayer.");
        assertThat(failure.english()).isEqualTo(failure.toString()).startsWith("Something went wrong");
    }

    @Test
    void nestedMessagesAreRenderedInTheSameLanguage() {
        Message outer = Message.of("error.internal", Message.of("app.name"));
        assertThat(Messages.of(Language.FRENCH).format(outer)).contains("(CloudMC Keys)");
    }

    @Test
    void theDefaultLocaleIsNotConsulted() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.CANADA_FRENCH);
            assertThat(Messages.of(Language.ENGLISH).get("error.internal", "X")).startsWith("Something");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void languageTagsAreParsedLeniently() {
        assertThat(Language.parse("fr")).contains(Language.FRENCH);
        assertThat(Language.parse("FR")).contains(Language.FRENCH);
        assertThat(Language.parse("fr-CA")).contains(Language.FRENCH);
        assertThat(Language.parse("fr_CA.UTF-8")).contains(Language.FRENCH);
        assertThat(Language.parse("en_US")).contains(Language.ENGLISH);
        assertThat(Language.parse("de")).isEmpty();
        assertThat(Language.parse("")).isEmpty();
        assertThat(Language.parse(null)).isEmpty();
    }

    @Test
    void theCommandLineBeatsTheSettingWhichBeatsTheSystem() {
        Optional<Language> none = Optional.empty();
        assertThat(Language.choose(Optional.of(Language.ENGLISH), Optional.of(Language.FRENCH), Locale.CANADA_FRENCH))
                .isEqualTo(Language.ENGLISH);
        assertThat(Language.choose(none, Optional.of(Language.FRENCH), Locale.US)).isEqualTo(Language.FRENCH);
        assertThat(Language.choose(none, none, Locale.CANADA_FRENCH)).isEqualTo(Language.FRENCH);
        assertThat(Language.choose(none, none, Locale.GERMANY)).isEqualTo(Language.ENGLISH);
    }
}
