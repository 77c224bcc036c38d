package io.github.cloudmckeys.session;

import io.github.cloudmckeys.app.settings.AppSettings;
import io.github.cloudmckeys.i18n.Message;
import io.github.cloudmckeys.i18n.Messages;
import io.github.cloudmckeys.portal.ApiKey;
import io.github.cloudmckeys.portal.PortalEndpoint;
import io.github.cloudmckeys.portal.PortalException;
import java.util.Map;
import java.util.Optional;

/**
 * Which portal the window opens on: {@value PortalAccess#ENDPOINT_VARIABLE} first, else
 * the portal remembered in the settings, else the demo portal. The key comes from
 * {@value PortalAccess#API_KEY_VARIABLE}; without one (or with an endpoint that does not
 * parse) the window asks in the Connect dialog, the endpoint filled in.
 */
public sealed interface StartingPortal {

    /** Open this portal at once. */
    record Open(PortalAccess choice) implements StartingPortal { }

    /** Ask for the key (or a usable endpoint) first; {@code problem} says why, for the banner. */
    record Ask(String endpoint, PortalAccess.ChoiceException problem) implements StartingPortal {
        /** Why, in the user's language. */
        public String reason(Messages messages) {
            return messages.sentence(problem);
        }

        /** Why, in English. */
        public String reason() {
            return reason(Messages.english());
        }
    }

    /**
     * Open the default remembered portal: its key is read from the environment (when it belongs to
     * it) or the keyring off the UI thread, and only when there is none is anything asked.
     */
    record Remembered(RememberedPortal portal) implements StartingPortal { }

    public static StartingPortal decide(Map<String, String> env, AppSettings settings) {
        if (nonBlank(env.get(PortalAccess.ENDPOINT_VARIABLE)).isEmpty()) {
            Optional<RememberedPortal> remembered = PortalRegistry.from(settings).defaultPortal();
            if (remembered.isPresent()) {
                return new Remembered(remembered.get());
            }
        }
        Optional<String> endpointText = nonBlank(env.get(PortalAccess.ENDPOINT_VARIABLE)).or(settings::endpoint);
        if (endpointText.isEmpty()) {
            return new Open(new PortalAccess.Demo(Optional.empty()));
        }
        String text = endpointText.get().strip();
        PortalEndpoint endpoint;
        try {
            endpoint = PortalEndpoint.parse(text);
        } catch (PortalException e) {
            return new Ask(text, new PortalAccess.ChoiceException(e));
        }
        Optional<String> key = nonBlank(env.get(PortalAccess.API_KEY_VARIABLE));
        if (key.isEmpty()) {
            return new Ask(text, new PortalAccess.ChoiceException(Message.of("startup.keyNeeded", endpoint.host())));
        }
        return new Open(new PortalAccess.Remote(endpoint, ApiKey.of(key.get())));
    }

    private static Optional<String> nonBlank(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }
}
