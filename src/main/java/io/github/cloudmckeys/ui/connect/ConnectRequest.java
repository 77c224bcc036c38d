package io.github.cloudmckeys.ui.connect;

import io.github.cloudmckeys.session.PortalAccess;
import java.util.Objects;

/**
 * What the user asked for in the Connect dialog: the portal (endpoint and key, the key
 * to be kept in memory for this session only) and whether to remember the endpoint.
 */
public record ConnectRequest(PortalAccess.Remote portal, boolean remember) {

    public ConnectRequest {
        Objects.requireNonNull(portal, "portal");
    }
}
