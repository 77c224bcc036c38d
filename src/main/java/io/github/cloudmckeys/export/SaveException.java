package io.github.cloudmckeys.export;

import java.util.Objects;

/** A file could not be saved; the message is one sentence for the user, and the old file is intact. */
public final class SaveException extends Exception {

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

    public SaveException(Kind kind, String message, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public Kind kind() {
        return kind;
    }
}
