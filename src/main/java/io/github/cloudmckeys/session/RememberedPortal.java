package io.github.cloudmckeys.session;

import io.github.cloudmckeys.portal.PortalEndpoint;
import java.util.Objects;

/**
 * A portal the user asked to remember: the name they know it by, its endpoint, and whether it
 * is the one a run uses when none is named. Its key, if any, is in the {@link KeyStore}.
 */
public record RememberedPortal(String name, PortalEndpoint endpoint, boolean isDefault) {

    public RememberedPortal {
        name = Objects.requireNonNull(name, "name").strip();
        Objects.requireNonNull(endpoint, "endpoint");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a remembered portal needs a name");
        }
    }

    /** How a person recognises the key's entry in Seahorse, Keychain Access or the Credential Manager. */
    public String keyringLabel() {
        return "CloudMC Keys: " + name;
    }
}
