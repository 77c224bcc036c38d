package io.github.cloudmckeys.session;

import io.github.cloudmckeys.i18n.Message;
import io.github.cloudmckeys.i18n.Messages;
import io.github.cloudmckeys.net.NetSession;
import io.github.cloudmckeys.portal.ApiKey;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * A portal to connect to: the name the connection bar shows, and how to open it. Opening
 * may block (a demo portal starts a server), so it runs off the UI thread.
 *
 * @param displayName the portal's host, or "Demo portal — sample data"
 * @param demo true for the embedded demo portal (the connection bar shows it as a badge)
 * @param rememberedAs the remembered portal's name, when it is one (the window can forget it)
 */
public record PortalToOpen(String displayName, boolean demo, Callable<? extends ConnectedPortal> opener,
                           Optional<String> rememberedAs) {

    public PortalToOpen {
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(opener, "opener");
        Objects.requireNonNull(rememberedAs, "rememberedAs");
    }

    /** A portal that is not a remembered one. */
    public PortalToOpen(String displayName, boolean demo, Callable<? extends ConnectedPortal> opener) {
        this(displayName, demo, opener, Optional.empty());
    }

    /**
     * A remembered portal, under its name. Opening it (off the UI thread) takes the environment's key
     * when that belongs to its endpoint, else the keyring's; without either it fails with a sentence
     * that says to use Connect….
     */
    public static PortalToOpen remembered(RememberedPortal portal, KeyStore keys, EnvironmentKey environment,
                                          Messages messages, Callable<NetSession> network) {
        return new PortalToOpen(portal.name(), false, () -> {
            Optional<ApiKey> key = environment.keyFor(portal.endpoint());
            if (key.isEmpty()) {
                key = keys.read(portal);
            }
            if (key.isEmpty()) {
                throw new KeyStoreException(Message.of("window.portal.keyNeeded", portal.name()), null);
            }
            return PortalClient.open(new PortalAccess.Remote(portal.endpoint(), key.get()), messages, network.call());
        }, Optional.of(portal.name()));
    }

    /** The window's view of {@code access}, in English. */
    public static PortalToOpen of(PortalAccess access) {
        return of(access, Messages.english());
    }

    /** The demo portal named in the user's language; a real one by its host. */
    public static PortalToOpen of(PortalAccess access, Messages messages) {
        return of(access, messages, NetSession::direct);
    }

    /** As {@link #of(PortalAccess, Messages)}, its one client made by {@code network} when it opens (off the UI thread). */
    public static PortalToOpen of(PortalAccess access, Messages messages, Callable<NetSession> network) {
        String name = access instanceof PortalAccess.Demo ? messages.get("startup.demoPortalName") : access.displayName();
        return new PortalToOpen(name, access instanceof PortalAccess.Demo,
                () -> PortalClient.open(access, messages, network.call()));
    }
}
