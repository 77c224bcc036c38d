package io.github.cloudmckeys.export;

/**
 * A script that cannot be written, explained in one sentence for the user. The message
 * names services, variables and formats, never a credential value.
 */
public final class ExportException extends Exception {
    private static final long serialVersionUID = 1L;

    public ExportException(String message) {
        super(message);
    }
}
