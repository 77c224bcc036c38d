package io.github.cloudmckeys.ui;

import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * A portal to connect to: the name the connection bar shows, and how to open it. Opening
 * may block (a demo portal starts a server), so it runs off the UI thread.
 *
 * @param displayName the portal's host, or "Demo portal — sample data"
 * @param demo true for the embedded demo portal (the connection bar shows it as a badge)
 */
public record PortalTarget(String displayName, boolean demo, Callable<? extends PortalConnection> opener) {

    public PortalTarget {
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(opener, "opener");
    }
}
