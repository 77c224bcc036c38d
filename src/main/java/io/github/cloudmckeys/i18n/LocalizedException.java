package io.github.cloudmckeys.i18n;

import java.util.Objects;

/**
 * A failure said in one sentence for the user: {@link #userMessage()} for the user's language, {@link #getMessage()}
 * its English rendering (for logs). The sentence names what failed and what to do, never a secret. The layers' own
 * failures (portal, Keystone, rendering, saving) extend it and add only what is theirs, such as a kind.
 */
public abstract class LocalizedException extends Exception implements Localized {
    private static final long serialVersionUID = 1L;

    /** Not serialized: a deserialized exception keeps its English message only. */
    private final transient Message userMessage;

    protected LocalizedException(Message userMessage, Throwable cause) {
        super(Objects.requireNonNull(userMessage, "userMessage").english(), cause);
        this.userMessage = userMessage;
    }

    @Override
    public final Message userMessage() {
        return userMessage != null ? userMessage : Message.of("export.asGiven", String.valueOf(getMessage()));
    }
}
