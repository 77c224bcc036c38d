package io.github.cloudmckeys.session;

import io.github.cloudmckeys.i18n.LocalizedException;
import io.github.cloudmckeys.i18n.Message;
import io.github.cloudmckeys.i18n.Messages;
import io.github.cloudmckeys.portal.ApiKey;
import io.github.cloudmckeys.portal.PortalEndpoint;
import io.github.cloudmckeys.portal.PortalException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Which portal to talk to: a real one (endpoint + key) or the embedded demo portal.
 * Decided once from the command line and the environment, the same way for the
 * window and the command line.
 */
public sealed interface PortalAccess {

    /** What the window shows: the portal's host, or that this is the demo. */
    String displayName();

    /** The default: no endpoint configured, or {@code --demo}. */
    record Demo(Optional<Path> dataFile) implements PortalAccess {
        @Override
        public String displayName() {
            return Messages.english().get("startup.demoPortalName");
        }
    }

    /** A real portal. */
    record Remote(PortalEndpoint endpoint, ApiKey apiKey) implements PortalAccess {
        @Override
        public String displayName() {
            return endpoint.host();
        }
    }

    /** The environment variable that holds the endpoint URL. */
    String ENDPOINT_VARIABLE = "CLOUDMC_ENDPOINT";
    /** The environment variable that holds the API key, unless {@code --api-key-env} names another. */
    String API_KEY_VARIABLE = "CLOUDMC_API_KEY";

    /**
     * @param demo          {@code --demo} was given
     * @param demoData      {@code --demo-data FILE}, implies the demo portal
     * @param endpointArg   {@code --endpoint URL}, or null
     * @param apiKeyEnvName {@code --api-key-env NAME}, or null for {@value #API_KEY_VARIABLE}
     * @param env           the process environment
     * @throws ChoiceException with a sentence for the user when the options contradict or a key is missing
     * @see CommandPortal#choose, which also knows the remembered portals
     */
    static PortalAccess decide(boolean demo, Path demoData, String endpointArg, String apiKeyEnvName,
                               Map<String, String> env) throws ChoiceException {
        return CommandPortal.choose(new CommandPortal.Options(demo, demoData, null, endpointArg, apiKeyEnvName), env,
                PortalRegistry.from(io.github.cloudmckeys.app.settings.AppSettings.defaults()), () -> {
                    throw new IllegalStateException("no remembered portal, no key store");
                }).access();
    }

    /** Options that cannot be used, explained in one sentence: ours, or the endpoint's parser's. */
    final class ChoiceException extends LocalizedException {
        private static final long serialVersionUID = 1L;

        public ChoiceException(Message message) {
            super(message, null);
        }

        /** The endpoint does not parse: {@code cause} says why. */
        public ChoiceException(PortalException cause) {
            super(cause.userMessage(), cause);
        }
    }
}
