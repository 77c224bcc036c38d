package io.github.cloudmckeys.app;

import io.github.cloudmckeys.i18n.Localized;
import io.github.cloudmckeys.i18n.Messages;

/** The sentence a failure from the layers below says to the user, in the user's language when it can. */
public final class Sentences {
    private Sentences() {}

    /**
     * {@code failure}'s {@link Localized#userMessage()} in {@code messages}' language, else its own
     * (English) message. Goes through {@code Object}: some of those exception classes are final
     * and become {@code Localized} in their own packages' time, and {@code instanceof} on a final
     * class that does not (yet) implement the interface would not compile.
     */
    public static String of(Exception failure, Messages messages) {
        Object any = failure;
        if (any instanceof PortalChoice.ChoiceException choice) {
            return choice.sentence(messages);
        }
        if (any instanceof Localized localized) {
            return messages.sentence(localized);
        }
        String message = failure.getMessage();
        return message == null ? failure.getClass().getSimpleName() : message;
    }
}
