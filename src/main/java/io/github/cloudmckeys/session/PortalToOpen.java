package io.github.cloudmckeys.session;

import io.github.cloudmckeys.i18n.Messages;
import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * A portal to connect to: the name the connection bar shows, and how to open it. Opening
 * may block (a demo portal starts a server), so it runs off the UI thread.
 *
 * @param displayName the portal's host, or "Demo portal — sample data"
 * @param demo true for the embedded demo portal (the connection bar shows it as a badge)
 */
public record PortalToOpen(String displayName, boolean demo, Callable<? extends ConnectedPortal> opener) {

    public PortalToOpen {
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(opener, "opener");
    }

    /** The window's view of {@code access}, in English. */
    public static PortalToOpen of(PortalAccess access) {
        return of(access, Messages.english());
    }

    /** The demo portal named in the user's language; a real one by its host. */
    public static PortalToOpen of(PortalAccess access, Messages messages) {
        String name = access instanceof PortalAccess.Demo ? messages.get("startup.demoPortalName") : access.displayName();
        return new PortalToOpen(name, access instanceof PortalAccess.Demo, () -> PortalClient.open(access, messages));
    }
}
