package io.github.cloudmckeys.files;

import io.github.cloudmckeys.i18n.Localized;
import io.github.cloudmckeys.i18n.Message;
import java.util.Objects;

/**
 * A file could not be saved; the sentence for the user says what to do, and the old file is
 * intact. {@link #getMessage()} is the English sentence (for logs); {@link #userMessage()}
 * lets the window and the command line say it in the user's language.
 */
public final class SaveException extends Exception implements Localized {
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
    /** Not serialized: a deserialized exception keeps its English message only. */
    private final transient Message userMessage;

    public SaveException(Kind kind, Message userMessage, Throwable cause) {
        super(Objects.requireNonNull(userMessage, "userMessage").english(), cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.userMessage = userMessage;
    }

    public Kind kind() {
        return kind;
    }

    @Override
    public Message userMessage() {
        return userMessage != null ? userMessage : Message.of("export.asGiven", String.valueOf(getMessage()));
    }
}
