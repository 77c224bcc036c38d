package io.github.cloudmckeys.session;

import io.github.cloudmckeys.portal.ApiKey;
import io.github.cloudmckeys.portal.PortalEndpoint;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keys kept in this process only, by the same rules as the OS keyring's stores (by name, for
 * the endpoint stored with): for window tests, next to the real backend's own test.
 */
public final class InMemoryKeyStore implements KeyStore {
    private record Entry(PortalEndpoint endpoint, ApiKey key) { }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    @Override
    public Optional<ApiKey> read(RememberedPortal portal) {
        return Optional.ofNullable(entries.get(portal.name())).filter(e -> e.endpoint().equals(portal.endpoint()))
                .map(Entry::key);
    }

    @Override
    public void store(RememberedPortal portal, ApiKey key) {
        entries.put(portal.name(), new Entry(portal.endpoint(), key));
    }

    @Override
    public boolean delete(RememberedPortal portal) {
        return entries.remove(portal.name()) != null;
    }

    /** The names that have an entry. */
    public java.util.Set<String> names() {
        return java.util.Set.copyOf(entries.keySet());
    }
}
