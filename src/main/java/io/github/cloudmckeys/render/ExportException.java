package io.github.cloudmckeys.render;

import io.github.cloudmckeys.i18n.LocalizedException;
import io.github.cloudmckeys.i18n.Message;

/**
 * A script or file that cannot be written, explained in one sentence for the user. The
 * sentence names services, variables and formats, never a credential value. Its
 * {@link #getMessage()} is the English sentence (for logs); {@link #userMessage()} lets
 * the window and the command line say it in the user's language.
 */
public final class ExportException extends LocalizedException {
    private static final long serialVersionUID = 1L;

    public ExportException(Message userMessage) {
        super(userMessage, null);
    }
}
