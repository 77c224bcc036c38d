package io.github.cloudmckeys.session;

import io.github.cloudmckeys.app.settings.AppSettings;
import io.github.cloudmckeys.app.settings.SavedPortal;
import io.github.cloudmckeys.portal.PortalEndpoint;
import io.github.cloudmckeys.portal.PortalException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The remembered portals, as the settings keep them: names, endpoints, which is the default,
 * never a key. Immutable: each change gives a new registry, which {@link #applyTo} writes back
 * into settings. The first portal remembered becomes the default; forgetting the default makes
 * the next one the default. A settings file of an older version, with a single endpoint, reads
 * as one default portal named by its host.
 */
public record PortalRegistry(List<RememberedPortal> portals, List<String> unusable) {

    public PortalRegistry {
        portals = List.copyOf(portals);
        unusable = List.copyOf(unusable);
    }

    public static PortalRegistry from(AppSettings settings) {
        List<RememberedPortal> portals = new ArrayList<>();
        List<String> unusable = new ArrayList<>();
        List<SavedPortal> saved = settings.portals();
        if (saved.isEmpty() && settings.endpoint().isPresent()) {
            saved = List.of(new SavedPortal(hostOf(settings.endpoint().get()), settings.endpoint().get(), true));
        }
        for (SavedPortal portal : saved) {
            try {
                if (portals.stream().noneMatch(p -> p.name().equals(portal.name()))) {
                    portals.add(new RememberedPortal(portal.name(), PortalEndpoint.parse(portal.endpoint()),
                            portal.isDefault()));
                }
            } catch (PortalException e) {
                unusable.add(portal.name()); // kept in the file, said when named, never guessed at
            }
        }
        return new PortalRegistry(normalised(portals), unusable);
    }

    /** The portal of that name (exactly as remembered, spaces, accents and quotes included). */
    public Optional<RememberedPortal> find(String name) {
        String wanted = name == null ? "" : name.strip();
        return portals.stream().filter(p -> p.name().equals(wanted)).findFirst();
    }

    public Optional<RememberedPortal> defaultPortal() {
        return portals.stream().filter(RememberedPortal::isDefault).findFirst();
    }

    /** True when a portal of that name is in the file but its endpoint cannot be used. */
    public boolean isUnusable(String name) {
        return unusable.contains(name == null ? "" : name.strip());
    }

    /**
     * Remembers {@code portal} (replacing one of the same name, in place); it becomes the default
     * when asked, or when it is the first.
     */
    public PortalRegistry remember(String name, PortalEndpoint endpoint, boolean makeDefault) {
        List<RememberedPortal> next = new ArrayList<>();
        boolean replaced = false;
        for (RememberedPortal portal : portals) {
            if (portal.name().equals(name.strip())) {
                next.add(new RememberedPortal(name, endpoint, portal.isDefault() || makeDefault));
                replaced = true;
            } else {
                next.add(new RememberedPortal(portal.name(), portal.endpoint(), portal.isDefault() && !makeDefault));
            }
        }
        if (!replaced) {
            next.add(new RememberedPortal(name, endpoint, makeDefault || next.isEmpty()));
        }
        return new PortalRegistry(normalised(next), unusable);
    }

    public PortalRegistry forget(String name) {
        List<RememberedPortal> next = new ArrayList<>(portals);
        next.removeIf(p -> p.name().equals(name.strip()));
        List<String> stillUnusable = new ArrayList<>(unusable);
        stillUnusable.remove(name.strip());
        return new PortalRegistry(normalised(next), stillUnusable);
    }

    public PortalRegistry withDefault(String name) {
        return find(name).map(chosen -> remember(chosen.name(), chosen.endpoint(), true)).orElse(this);
    }

    /** {@code settings} with these portals. Portals whose endpoint could not be read are dropped only when forgotten. */
    public AppSettings applyTo(AppSettings settings) {
        List<SavedPortal> saved = new ArrayList<>();
        portals.forEach(p -> saved.add(new SavedPortal(p.name(), p.endpoint().toString(), p.isDefault())));
        settings.portals().stream().filter(p -> unusable.contains(p.name())).map(p -> p.asDefault(false))
                .forEach(saved::add);
        return settings.withPortals(saved);
    }

    /** The name a portal gets when none is given: its host. */
    public static String defaultName(PortalEndpoint endpoint) {
        return endpoint.host();
    }

    private static String hostOf(String endpoint) {
        try {
            return defaultName(PortalEndpoint.parse(endpoint));
        } catch (PortalException e) {
            return endpoint.strip();
        }
    }

    /** Exactly one default when there is any portal: the first marked, else the first. */
    private static List<RememberedPortal> normalised(List<RememberedPortal> portals) {
        int chosen = -1;
        for (int i = 0; i < portals.size() && chosen < 0; i++) {
            chosen = portals.get(i).isDefault() ? i : -1;
        }
        int defaultIndex = chosen < 0 ? 0 : chosen;
        List<RememberedPortal> result = new ArrayList<>();
        for (int i = 0; i < portals.size(); i++) {
            RememberedPortal p = portals.get(i);
            result.add(new RememberedPortal(p.name(), p.endpoint(), i == defaultIndex));
        }
        return result;
    }
}
