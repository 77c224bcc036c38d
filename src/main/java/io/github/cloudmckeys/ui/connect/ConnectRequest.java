package io.github.cloudmckeys.ui.connect;

import io.github.cloudmckeys.session.PortalAccess;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What the user asked for in the Connect dialog: the portal (endpoint and key), whether to
 * remember it (its name and endpoint in the settings, its key in the OS keyring), its name, and
 * the CA file that makes the portal trusted, if one is needed (remembered with the endpoint).
 */
public record ConnectRequest(PortalAccess.Remote portal, boolean remember, String name, Optional<Path> caFile) {

    /** @param name what to call the portal when remembered; blank for its host */
    public ConnectRequest {
        Objects.requireNonNull(portal, "portal");
        Objects.requireNonNull(caFile, "caFile");
        name = name == null || name.isBlank() ? portal.endpoint().host() : name.strip();
    }

    /** Without a CA file. */
    public ConnectRequest(PortalAccess.Remote portal, boolean remember, String name) {
        this(portal, remember, name, Optional.empty());
    }

    /** Named by its host, without a CA file. */
    public ConnectRequest(PortalAccess.Remote portal, boolean remember) {
        this(portal, remember, null, Optional.empty());
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
