package io.github.cloudmckeys.files;

import io.github.cloudmckeys.i18n.Message;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A file written with its secrets, and whether its file system keeps it readable by the
 * user alone: exFAT, FAT and some network shares have no permissions to give it.
 */
public record SavedFile(Path file, boolean ownerOnly) {
    public SavedFile {
        Objects.requireNonNull(file, "file");
    }

    /** The one sentence that says {@code files} were saved but are not private. */
    public static Message notOwnerOnly(String files) {
        return Message.of("files.save.notOwnerOnly", files);
    }
}
