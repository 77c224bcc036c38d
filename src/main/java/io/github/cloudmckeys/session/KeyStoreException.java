package io.github.cloudmckeys.session;

import io.github.cloudmckeys.i18n.LocalizedException;
import io.github.cloudmckeys.i18n.Message;

/**
 * The keyring could not be used. The sentence says which (none reachable, locked, refused) and
 * never holds a key; the library's own failure, kept as the cause, is not shown to the user.
 */
public final class KeyStoreException extends LocalizedException {
    private static final long serialVersionUID = 1L;

    public KeyStoreException(Message message, Throwable cause) {
        super(message, cause);
    }

    /** No keyring at all: no Secret Service on the session bus, no Keychain, no Credential Manager. */
    public static KeyStoreException unavailable(Throwable cause) {
        return new KeyStoreException(Message.of("keyring.unavailable"), cause);
    }

    /** The keyring is there but did not do what was asked (locked, unlock cancelled, refused). */
    public static KeyStoreException refused(RememberedPortal portal, Throwable cause) {
        return new KeyStoreException(Message.of("keyring.refused", portal.name()), cause);
    }
}
