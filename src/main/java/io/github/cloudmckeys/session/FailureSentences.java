package io.github.cloudmckeys.session;

import io.github.cloudmckeys.i18n.Localized;
import io.github.cloudmckeys.i18n.Messages;

/** The sentence a failure from the layers below says to the user, in the user's language when it can. */
public final class FailureSentences {
    private FailureSentences() {}

    /**
     * {@code failure}'s {@link Localized#userMessage()} in {@code messages}' language, else its own
     * (English) message: only the JDK's own I/O failures carry no {@code Message}.
     */
    public static String of(Exception failure, Messages messages) {
        if (failure instanceof Localized localized) {
            return messages.sentence(localized);
        }
        String message = failure.getMessage();
        return message == null ? failure.getClass().getSimpleName() : message;
    }
}
