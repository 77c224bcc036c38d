package io.github.cloudmckeys.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudmckeys.i18n.Language;
import io.github.cloudmckeys.i18n.Localized;
import io.github.cloudmckeys.i18n.Message;
import io.github.cloudmckeys.i18n.Messages;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The sentence a failure shows in the window: its own Message in the user's language, else as before. */
class UserMessagesTest {
    private static final UserMessages FRENCH = new UserMessages(Messages.of(Language.FRENCH));
    private static final UserMessages ENGLISH = new UserMessages(Messages.of(Language.ENGLISH));

    /** A failure carrying its sentence as a Message, as the portal's, export's and keystone's will. */
    private static final class LocalizedFailure extends Exception implements Localized {
        private final Message message;

        LocalizedFailure(Message message) {
            super(message.english());
            this.message = message;
        }

        @Override
        public Message userMessage() {
            return message;
        }
    }

    @Test
    void aLocalizedFailureIsSaidInTheWindowsLanguage() {
        LocalizedFailure failure = new LocalizedFailure(Message.of("window.status.noMatch", "xyz"));

        assertThat(FRENCH.sentence(failure)).isEqualTo("Aucun service ne correspond à «\u00a0xyz\u00a0».");
        assertThat(ENGLISH.sentence(failure)).isEqualTo("No service matches “xyz”.");
        assertThat(failure.getMessage()).isEqualTo("No service matches “xyz”.");
    }

    @Test
    void aBugIsSaidWithoutItsMessageInTheWindowsLanguage() {
        IllegalStateException bug = new IllegalStateException("value s3cr3t leaked");

        assertThat(FRENCH.sentence(bug))
                .isEqualTo("Une erreur est survenue dans CloudMC Keys (IllegalStateException)\u00a0:"
                        + " veuillez réessayer.");
        assertThat(ENGLISH.sentence(bug))
                .isEqualTo("Something went wrong inside CloudMC Keys (IllegalStateException): please try again.");
    }

    @Test
    void aFileFailureKeepsItsOwnSentence() {
        assertThat(FRENCH.sentence(new IOException("Disk full: free some space.")))
                .isEqualTo("Disk full: free some space.");
    }
}
