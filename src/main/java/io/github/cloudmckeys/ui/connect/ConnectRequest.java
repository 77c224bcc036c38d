package io.github.cloudmckeys.ui.connect;

import io.github.cloudmckeys.app.PortalChoice;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What the user asked for in the Connect dialog: the portal (endpoint and key, the key
 * to be kept in memory for this session only), whether to remember the endpoint, and the
 * CA file that makes the portal trusted, if one is needed (remembered with the endpoint).
 */
public record ConnectRequest(PortalChoice.Remote portal, boolean remember, Optional<Path> caFile) {

    public ConnectRequest {
        Objects.requireNonNull(portal, "portal");
        Objects.requireNonNull(caFile, "caFile");
    }

    /** Without a CA file. */
    public ConnectRequest(PortalChoice.Remote portal, boolean remember) {
        this(portal, remember, Optional.empty());
    }

    /** The CA file field as a path, empty when blank; a name no file can have still reaches NetSession, which says so. */
    static Optional<Path> caFile(String typed) {
        String file = typed == null ? "" : typed.strip();
        try {
            return file.isEmpty() ? Optional.empty() : Optional.of(Path.of(file));
        } catch (InvalidPathException e) {
            return Optional.of(Path.of(file.replace('\0', '_')));
        }
    }
}
