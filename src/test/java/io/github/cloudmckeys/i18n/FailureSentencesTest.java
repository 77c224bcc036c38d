package io.github.cloudmckeys.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

class FailureSentencesTest {
    private static final Messages FRENCH = Messages.of(Language.FRENCH);

    private static final class Refused extends LocalizedException {
        Refused() {
            super(Message.of("connect.noApiKey"), null);
        }
    }

    @Test
    void aLocalizedFailureSaysItsSentenceInTheUsersLanguage() {
        assertThat(FailureSentences.of(new Refused(), FRENCH)).isEqualTo(FRENCH.get("connect.noApiKey"))
                .isNotEqualTo(Messages.of(Language.ENGLISH).get("connect.noApiKey"));
    }

    @Test
    void aJdkIoFailureSaysItsOwnMessage() {
        assertThat(FailureSentences.of(new NoSuchFileException("/tmp/gone/openrc.sh"), FRENCH))
                .isEqualTo("/tmp/gone/openrc.sh");
    }

    @Test
    void aBugSaysItsClassButNeverItsMessageWhichCouldHoldASecret() {
        IllegalStateException bug = new IllegalStateException("key 5f3c9e0d1a2b");
        assertThat(FailureSentences.of(bug, FRENCH))
                .isEqualTo("Une erreur est survenue dans CloudMC Keys (IllegalStateException)\u00a0: veuillez réessayer.")
                .doesNotContain("5f3c9e0d1a2b");
        assertThat(FailureSentences.of(bug, Messages.of(Language.ENGLISH), "connect.test.internalError"))
                .isEqualTo("The test failed inside CloudMC Keys (IllegalStateException): please try again.");
    }
}
