package io.github.cloudmckeys.app;

import io.github.cloudmckeys.app.settings.AppSettings;
import io.github.cloudmckeys.i18n.Message;
import io.github.cloudmckeys.i18n.Messages;
import io.github.cloudmckeys.portal.ApiKey;
import io.github.cloudmckeys.portal.PortalEndpoint;
import io.github.cloudmckeys.portal.PortalException;
import java.util.Map;
import java.util.Optional;

/**
 * Which portal the window opens on: {@value PortalChoice#ENDPOINT_VARIABLE} first, else
 * the portal remembered in the settings, else the demo portal. The key comes from
 * {@value PortalChoice#API_KEY_VARIABLE}; without one (or with an endpoint that does not
 * parse) the window asks in the Connect dialog, the endpoint filled in.
 */
sealed interface StartupPortal {

    /** Open this portal at once. */
    record Open(PortalChoice choice) implements StartupPortal { }

    /** Ask for the key (or a usable endpoint) first; {@code problem} says why, for the banner. */
    record Ask(String endpoint, PortalChoice.ChoiceException problem) implements StartupPortal {
        /** Why, in the user's language. */
        String reason(Messages messages) {
            return messages.sentence(problem);
        }

        /** Why, in English. */
        String reason() {
            return reason(Messages.english());
        }
    }

    static StartupPortal decide(Map<String, String> env, AppSettings settings) {
        Optional<String> endpointText = nonBlank(env.get(PortalChoice.ENDPOINT_VARIABLE)).or(settings::endpoint);
        if (endpointText.isEmpty()) {
            return new Open(new PortalChoice.Demo(Optional.empty()));
        }
        String text = endpointText.get().strip();
        PortalEndpoint endpoint;
        try {
            endpoint = PortalEndpoint.parse(text);
        } catch (PortalException e) {
            return new Ask(text, new PortalChoice.ChoiceException(e));
        }
        Optional<String> key = nonBlank(env.get(PortalChoice.API_KEY_VARIABLE));
        if (key.isEmpty()) {
            return new Ask(text, new PortalChoice.ChoiceException(Message.of("startup.keyNeeded", endpoint.host())));
        }
        return new Open(new PortalChoice.Remote(endpoint, ApiKey.of(key.get())));
    }

    private static Optional<String> nonBlank(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }
}
