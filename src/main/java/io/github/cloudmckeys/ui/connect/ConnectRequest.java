package io.github.cloudmckeys.ui.connect;

import io.github.cloudmckeys.session.PortalAccess;
import java.util.Objects;

/**
 * What the user asked for in the Connect dialog: the portal (endpoint and key), whether to
 * remember it (its name and endpoint in the settings, its key in the OS keyring), and its name.
 */
public record ConnectRequest(PortalAccess.Remote portal, boolean remember, String name) {

    /** @param name what to call the portal when remembered; blank for its host */
    public ConnectRequest {
        Objects.requireNonNull(portal, "portal");
        name = name == null || name.isBlank() ? portal.endpoint().host() : name.strip();
    }

    /** Named by its host. */
    public ConnectRequest(PortalAccess.Remote portal, boolean remember) {
        this(portal, remember, null);
    }
}
