package io.github.cloudmckeys.session;

import java.util.List;
import java.util.concurrent.Callable;

/** The portals the window's switcher offers, and forgetting one. */
public interface PortalShelf {

    /** The remembered portals, default first, then the demo portal. Cheap: no keyring is asked here. */
    List<PortalToOpen> choices();

    /**
     * Forgets the remembered portal {@code name} in the settings at once (on the UI thread) and
     * gives the work that deletes its key from the keyring, to run off it.
     */
    Callable<Boolean> forget(String name);

    /** No remembered portals: the window without a switcher's choices. */
    static PortalShelf none() {
        return new PortalShelf() {
            @Override
            public List<PortalToOpen> choices() {
                return List.of();
            }

            @Override
            public Callable<Boolean> forget(String name) {
                return () -> false;
            }
        };
    }
}
