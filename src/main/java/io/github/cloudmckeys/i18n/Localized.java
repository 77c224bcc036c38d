package io.github.cloudmckeys.i18n;

/**
 * A failure that carries its sentence for the user as a {@link Message}, so that the window
 * and the command line can say it in the user's language. Its {@code getMessage()} is the
 * English rendering, for logs.
 */
public interface Localized {
    Message userMessage();
}
