package io.github.cloudmckeys.session;

import io.github.cloudmckeys.portal.ApiKey;
import java.util.Optional;

/**
 * Where remembered portals' API keys are kept: the OS keyring (see {@link KeyStores}), one entry
 * per portal labelled {@link RememberedPortal#keyringLabel()}. A key is found by the portal's
 * name and given back only for the endpoint it was stored with: it never goes to another host.
 * Calls may block (D-Bus, a keyring's unlock prompt): never on the UI thread.
 */
public interface KeyStore {

    /** The key stored for {@code portal}; empty when there is none for its name and endpoint. */
    Optional<ApiKey> read(RememberedPortal portal) throws KeyStoreException;

    /** Stores {@code key} for {@code portal}, replacing the entry of the same name. */
    void store(RememberedPortal portal, ApiKey key) throws KeyStoreException;

    /** Deletes the entry of {@code portal}'s name, whatever endpoint it holds; false when there was none. */
    boolean delete(RememberedPortal portal) throws KeyStoreException;
}
