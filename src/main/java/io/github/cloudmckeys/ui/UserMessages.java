package io.github.cloudmckeys.ui;

import io.github.cloudmckeys.i18n.FailureSentences;
import io.github.cloudmckeys.i18n.Messages;
import java.util.Objects;

/** The window's language, and the sentence a failure says in it ({@link FailureSentences}). */
final class UserMessages {
    private final Messages messages;

    UserMessages(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    Messages messages() {
        return messages;
    }

    String sentence(Exception failure) {
        return FailureSentences.of(failure, messages);
    }
}
