package io.github.cloudmckeys.render;

import io.github.cloudmckeys.i18n.Localized;
import io.github.cloudmckeys.i18n.Message;
import java.util.Objects;

/**
 * A script or file that cannot be written, explained in one sentence for the user. The
 * sentence names services, variables and formats, never a credential value. Its
 * {@link #getMessage()} is the English sentence (for logs); {@link #userMessage()} lets
 * the window and the command line say it in the user's language.
 */
public final class ExportException extends Exception implements Localized {
    private static final long serialVersionUID = 1L;

    /** Not serialized: a deserialized exception keeps its English message only. */
    private final transient Message userMessage;

    public ExportException(Message userMessage) {
        super(Objects.requireNonNull(userMessage, "userMessage").english());
        this.userMessage = userMessage;
    }

    @Override
    public Message userMessage() {
        return userMessage != null ? userMessage : Message.of("export.asGiven", String.valueOf(getMessage()));
    }
}
