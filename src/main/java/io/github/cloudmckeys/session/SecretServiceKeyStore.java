package io.github.cloudmckeys.session;

import io.github.cloudmckeys.portal.ApiKey;
import io.github.cloudmckeys.portal.PortalEndpoint;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.freedesktop.dbus.ObjectPath;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.secret.Item;
import org.freedesktop.secret.Service;
import org.freedesktop.secret.simple.SimpleCollection;

/**
 * The key store on Linux: the freedesktop Secret Service on the session bus (GNOME Keyring,
 * KWallet 5.97 and later, KeePassXC), through de.swiesend's secret-service over dbus-java, in
 * the default collection. Each entry is labelled {@code CloudMC Keys: <name>} and carries the
 * attributes {@code application=cloudmc-keys}, {@code portal=<name>}, {@code endpoint=<url>};
 * {@code secret-tool search application cloudmc-keys} finds them.
 */
public final class SecretServiceKeyStore implements KeyStore {
    static final String APPLICATION = "cloudmc-keys";
    private static final String SERVICE_NAME = "org.freedesktop.secrets";
    private static final String NO_PROMPT = "/";
    /** An unlock prompt nobody answers (no prompter, nobody at the desk) ends as a refusal, not a hang. */
    private static final Duration PROMPT_TIMEOUT = Duration.ofSeconds(60);
    /**
     * The library and D-Bus log their failures on their own; the user reads ours, one sentence.
     * Held here: the log manager keeps loggers weakly, and a level set on a collected one is lost.
     */
    private static final Logger LIBRARY_LOGS = Logger.getLogger("org.freedesktop");

    static {
        LIBRARY_LOGS.setLevel(Level.OFF);
    }

    @Override
    public Optional<ApiKey> read(RememberedPortal portal) throws KeyStoreException {
        try (SimpleCollection keyring = open()) {
            for (String item : items(keyring, portal)) {
                Map<String, String> attributes = keyring.getAttributes(item);
                if (attributes != null && sameEndpoint(attributes.get("endpoint"), portal.endpoint())) {
                    char[] secret = keyring.getSecret(item);
                    if (secret == null) {
                        throw KeyStoreException.refused(portal, null);
                    }
                    try {
                        String text = new String(secret);
                        return text.isBlank() ? Optional.empty() : Optional.of(ApiKey.of(text));
                    } finally {
                        Arrays.fill(secret, '\0');
                    }
                }
            }
            return Optional.empty(); // none, or one for another endpoint (or an older entry without one)
        } catch (RuntimeException e) {
            throw KeyStoreException.refused(portal, e);
        }
    }

    @Override
    public void store(RememberedPortal portal, ApiKey key) throws KeyStoreException {
        try (SimpleCollection keyring = open()) {
            List<String> existing = items(keyring, portal);
            Map<String, String> attributes = Map.of("application", APPLICATION, "portal", portal.name(),
                    "endpoint", portal.endpoint().toString());
            deleteItems(portal, existing);
            if (keyring.createItem(portal.keyringLabel(), key.reveal(), attributes) == null) {
                throw KeyStoreException.refused(portal, null);
            }
        } catch (RuntimeException e) {
            throw KeyStoreException.refused(portal, e);
        }
    }

    @Override
    public boolean delete(RememberedPortal portal) throws KeyStoreException {
        try (SimpleCollection keyring = open()) {
            List<String> existing = items(keyring, portal);
            if (existing.isEmpty()) {
                return false;
            }
            deleteItems(portal, existing);
            if (!items(keyring, portal).isEmpty()) {
                throw KeyStoreException.refused(portal, null);
            }
            return true;
        } catch (RuntimeException e) {
            throw KeyStoreException.refused(portal, e);
        }
    }

    /**
     * Deletes entries through the Secret Service's own Item.Delete. The library's deleteItems first
     * locks the whole collection and asks the user to unlock it again, a prompt for every logout
     * that cannot even be shown without a display; the service itself asks when its policy says so.
     */
    private static void deleteItems(RememberedPortal portal, List<String> items) throws KeyStoreException {
        if (items.isEmpty()) {
            return;
        }
        try (DBusConnection bus = DBusConnectionBuilder.forSessionBus().build()) {
            Service service = new Service(bus);
            for (String item : items) {
                ObjectPath prompt = new Item(new ObjectPath(SERVICE_NAME, item), service).delete();
                if (prompt == null || !NO_PROMPT.equals(prompt.getPath())) {
                    throw KeyStoreException.refused(portal, null); // the service wants to ask: not without a desk
                }
            }
        } catch (DBusException | IOException | RuntimeException e) {
            throw KeyStoreException.refused(portal, e);
        }
    }

    private static SimpleCollection open() throws KeyStoreException {
        String bus = System.getenv("DBUS_SESSION_BUS_ADDRESS");
        if (bus == null || bus.isBlank()) {
            throw KeyStoreException.unavailable(null); // headless, over ssh, a service: no session bus to ask
        }
        try {
            if (!SimpleCollection.isAvailable()) {
                throw KeyStoreException.unavailable(null);
            }
            SimpleCollection keyring = new SimpleCollection();
            keyring.setTimeout(PROMPT_TIMEOUT);
            return keyring;
        } catch (IOException | RuntimeException | LinkageError e) {
            // LinkageError: the library resolves the bus in a static initializer, which fails as an Error.
            throw KeyStoreException.unavailable(e);
        }
    }

    /** The entries of {@code portal}'s name; the library answers null when the keyring refused. */
    private static List<String> items(SimpleCollection keyring, RememberedPortal portal) throws KeyStoreException {
        List<String> found = keyring.getItems(Map.of("application", APPLICATION, "portal", portal.name()));
        if (found == null) {
            if (keyring.isLocked()) {
                throw KeyStoreException.refused(portal, null);
            }
            return List.of();
        }
        return found;
    }

    private static boolean sameEndpoint(String stored, PortalEndpoint endpoint) {
        return stored != null && stored.strip().equals(endpoint.toString());
    }
}
