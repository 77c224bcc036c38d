package io.github.cloudmckeys.app;

import io.github.cloudmckeys.i18n.Messages;
import io.github.cloudmckeys.portal.ApiKey;
import io.github.cloudmckeys.portal.PortalEndpoint;
import io.github.cloudmckeys.session.EnvironmentKey;
import io.github.cloudmckeys.session.KeyStore;
import io.github.cloudmckeys.session.PortalAccess;
import io.github.cloudmckeys.session.PortalRegistry;
import io.github.cloudmckeys.session.PortalShelf;
import io.github.cloudmckeys.session.PortalToOpen;
import io.github.cloudmckeys.session.RememberedPortal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The window's remembered portals: the settings this run keeps (names, endpoints, the default)
 * and the OS keyring (their keys). Settings change on the UI thread; the keyring is only ever
 * used in the work handed back to run off it.
 */
final class WindowPortals implements PortalShelf {
    private final SettingsKeeper settings;
    private final KeyStore keys;
    private final EnvironmentKey environment;
    private final Messages messages;
    private final WindowNetwork network;

    WindowPortals(SettingsKeeper settings, KeyStore keys, EnvironmentKey environment, Messages messages,
                  WindowNetwork network) {
        this.network = network;
        this.settings = settings;
        this.keys = keys;
        this.environment = environment;
        this.messages = messages;
    }

    PortalRegistry registry() {
        return PortalRegistry.from(settings.current());
    }

    @Override
    public List<PortalToOpen> choices() {
        List<PortalToOpen> choices = new ArrayList<>();
        registry().portals().stream().sorted(Comparator.comparing(p -> !p.isDefault()))
                .forEach(portal -> choices.add(open(portal)));
        choices.add(PortalToOpen.of(new PortalAccess.Demo(Optional.empty()), messages, () -> network.open(Optional.empty())));
        return choices;
    }

    PortalToOpen open(RememberedPortal portal) {
        return PortalToOpen.remembered(portal, keys, environment, messages,
                () -> network.open(WindowNetwork.remembered(settings.current(), portal.endpoint().toString())));
    }

    /** Remembers the portal (UI thread) and gives the work that stores its key in the keyring. */
    Callable<Void> remember(String name, PortalEndpoint endpoint, ApiKey key) {
        settings.update(saved -> PortalRegistry.from(saved).remember(name, endpoint, false).applyTo(saved));
        RememberedPortal portal = registry().find(name).orElseThrow();
        return () -> {
            keys.store(portal, key);
            return null;
        };
    }

    @Override
    public Callable<Boolean> forget(String name) {
        Optional<RememberedPortal> portal = registry().find(name);
        settings.update(saved -> PortalRegistry.from(saved).forget(name).applyTo(saved));
        return () -> portal.isPresent() && keys.delete(portal.get());
    }
}
