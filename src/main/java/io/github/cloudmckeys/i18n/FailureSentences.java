package io.github.cloudmckeys.i18n;

import java.io.IOException;

/**
 * The one policy for the sentence a failure says to the user, for the window and the command line alike:
 * a {@link Localized} failure says its own sentence in the user's language; a JDK I/O failure, which
 * carries no {@link Message}, says its own (English) message; anything else is a bug and says so by its
 * class name only, since its message could quote a value, and values may be secrets.
 */
public final class FailureSentences {
    private FailureSentences() {}

    public static String of(Exception failure, Messages messages) {
        return of(failure, messages, "error.internal");
    }

    /** As {@link #of(Exception, Messages)}, a bug said by the bundle's {@code bugKey} (with the class name as {@code {0}}). */
    public static String of(Exception failure, Messages messages, String bugKey) {
        if (failure instanceof Localized localized) {
            return messages.sentence(localized);
        }
        if (failure instanceof IOException && failure.getMessage() != null) {
            return failure.getMessage();
        }
        return messages.get(bugKey, failure.getClass().getSimpleName());
    }
}
