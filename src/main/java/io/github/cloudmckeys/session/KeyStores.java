package io.github.cloudmckeys.session;

import com.github.javakeyring.KeyringStorageType;
import java.util.Locale;

/** The OS keyring's key store for this system. */
public final class KeyStores {
    private KeyStores() {}

    /**
     * macOS: the Keychain; Windows: the Credential Manager; anything else: the Secret Service. Nothing
     * is contacted yet: a missing keyring is said by the first call (a {@link KeyStoreException}),
     * never answered by writing the key into a file.
     */
    public static KeyStore forThisSystem() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("mac")) {
            return new NativeKeyringStore(KeyringStorageType.OSX_KEYCHAIN);
        }
        if (os.startsWith("windows")) {
            return new NativeKeyringStore(KeyringStorageType.WINDOWS_CREDENTIAL_STORE);
        }
        return new SecretServiceKeyStore();
    }
}
