package io.github.cloudmckeys.ui;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What the save dialog proposes.
 *
 * @param initialFolder the last folder saved into, if any
 * @param fileName the proposed file name, e.g. {@code system-ccontini-openrc.sh}
 * @param filterDescription names the file type, e.g. "bash/zsh scripts"
 * @param extension the file type's extension with its dot, e.g. {@code .sh}
 */
public record SaveFileRequest(String title, Optional<Path> initialFolder, String fileName,
                              String filterDescription, String extension) {

    public SaveFileRequest {
        Objects.requireNonNull(title, "title");
        initialFolder = Objects.requireNonNullElse(initialFolder, Optional.empty());
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(filterDescription, "filterDescription");
        Objects.requireNonNull(extension, "extension");
    }
}
