package io.github.cloudmckeys.ui;

import io.github.cloudmckeys.i18n.Localized;
import io.github.cloudmckeys.i18n.Messages;
import java.io.IOException;
import java.util.Objects;

/** Turns a failure into the one sentence the user reads, in the window's language. */
final class UserMessages {
    private final Messages messages;

    UserMessages(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    Messages messages() {
        return messages;
    }

    String sentence(Exception failure) {
        if (failure instanceof Localized localized) {
            return messages.sentence(localized);
        }
        // An I/O failure that carries no Message (the JDK's own) says its sentence in English.
        if (failure instanceof IOException) {
            return failure.getMessage();
        }
        // Anything else is a bug: say so without leaking internals (values may be secrets).
        return messages.get("error.internal", failure.getClass().getSimpleName());
    }
}
