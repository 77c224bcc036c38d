package io.github.cloudmckeys.demo;

import io.github.cloudmckeys.i18n.Localized;
import io.github.cloudmckeys.i18n.Message;
import java.io.IOException;
import java.util.Objects;

/**
 * A demo data file that cannot be used: missing, unreadable, not JSON or not shaped like
 * demo data, said in one sentence that names the file and the problem. {@link #userMessage()}
 * is for the user's language, {@link #getMessage()} its English rendering. Never quotes a
 * value from the file: it may be a password.
 */
public final class DemoDataException extends IOException implements Localized {
    private static final long serialVersionUID = 1L;

    private final transient Message message;

    public DemoDataException(Message message) {
        this(message, null);
    }

    public DemoDataException(Message message, Throwable cause) {
        super(Objects.requireNonNull(message, "message").english(), cause);
        this.message = message;
    }

    @Override
    public Message userMessage() {
        return message;
    }
}
