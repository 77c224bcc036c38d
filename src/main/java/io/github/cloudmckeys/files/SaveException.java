package io.github.cloudmckeys.files;

import io.github.cloudmckeys.i18n.LocalizedException;
import io.github.cloudmckeys.i18n.Message;
import java.util.Objects;

/**
 * A file could not be saved; the sentence for the user says what to do, and the old file is
 * intact. {@link #getMessage()} is the English sentence (for logs); {@link #userMessage()}
 * lets the window and the command line say it in the user's language.
 */
public final class SaveException extends LocalizedException {
    private static final long serialVersionUID = 1L;

    public enum Kind {
        /** The target exists and replacing it was not allowed. */
        EXISTS,
        /** The target is a symbolic link: never written through. */
        SYMBOLIC_LINK,
        /** The target is a folder or another non-regular file. */
        NOT_A_FILE,
        /** The folder does not exist. */
        NO_FOLDER,
        /** Permission denied or read-only file system. */
        NOT_WRITABLE,
        /** No space left. */
        DISK_FULL,
        /** Anything else the file system refused. */
        IO
    }

    private final Kind kind;

    public SaveException(Kind kind, Message userMessage, Throwable cause) {
        super(userMessage, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public Kind kind() {
        return kind;
    }
}
