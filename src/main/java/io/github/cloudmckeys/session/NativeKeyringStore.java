package io.github.cloudmckeys.session;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.KeyringStorageType;
import com.github.javakeyring.PasswordAccessException;
import io.github.cloudmckeys.portal.ApiKey;
import java.util.Optional;

/**
 * The key store on macOS (the login Keychain) and Windows (the Credential Manager), through
 * java-keyring over JNA. The entry's service is {@code CloudMC Keys: <name>} and its account
 * the endpoint URL, so a key is only ever found for the endpoint it was stored with.
 */
public final class NativeKeyringStore implements KeyStore {
    private final KeyringStorageType type;

    /** @param type {@link KeyringStorageType#OSX_KEYCHAIN} or {@link KeyringStorageType#WINDOWS_CREDENTIAL_STORE} */
    NativeKeyringStore(KeyringStorageType type) {
        this.type = type;
    }

    @Override
    public Optional<ApiKey> read(RememberedPortal portal) throws KeyStoreException {
        try (Keyring keyring = open()) {
            String secret = keyring.getPassword(portal.keyringLabel(), portal.endpoint().toString());
            return secret == null || secret.isBlank() ? Optional.empty() : Optional.of(ApiKey.of(secret));
        } catch (PasswordAccessException e) {
            return Optional.empty(); // java-keyring says "no such entry" this way
        } catch (KeyStoreException e) {
            throw e;
        } catch (Exception e) {
            throw KeyStoreException.refused(portal, e);
        }
    }

    @Override
    public void store(RememberedPortal portal, ApiKey key) throws KeyStoreException {
        try (Keyring keyring = open()) {
            keyring.setPassword(portal.keyringLabel(), portal.endpoint().toString(), key.reveal());
        } catch (KeyStoreException e) {
            throw e;
        } catch (Exception e) {
            throw KeyStoreException.refused(portal, e);
        }
    }

    @Override
    public boolean delete(RememberedPortal portal) throws KeyStoreException {
        try (Keyring keyring = open()) {
            keyring.deletePassword(portal.keyringLabel(), portal.endpoint().toString());
            return true;
        } catch (PasswordAccessException e) {
            return false;
        } catch (KeyStoreException e) {
            throw e;
        } catch (Exception e) {
            throw KeyStoreException.refused(portal, e);
        }
    }

    private Keyring open() throws KeyStoreException {
        try {
            return Keyring.create(type);
        } catch (BackendNotSupportedException | RuntimeException e) {
            throw KeyStoreException.unavailable(e);
        }
    }
}
