package io.github.cloudmckeys.app;

import io.github.cloudmckeys.ui.PortalTarget;

/** The window's view of a {@link PortalChoice}: its name, and a session opened when asked. */
public final class PortalTargets {
    private PortalTargets() {}

    public static PortalTarget of(PortalChoice choice) {
        return new PortalTarget(choice.displayName(), choice instanceof PortalChoice.Demo,
                () -> PortalSession.open(choice));
    }
}
