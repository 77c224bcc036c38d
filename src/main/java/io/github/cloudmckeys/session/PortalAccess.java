package io.github.cloudmckeys.session;

import io.github.cloudmckeys.i18n.Localized;
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
     */
    static PortalAccess decide(boolean demo, Path demoData, String endpointArg, String apiKeyEnvName,
                               Map<String, String> env) throws ChoiceException {
        String endpointText = endpointArg != null ? endpointArg : env.get(ENDPOINT_VARIABLE);
        boolean endpointGiven = endpointText != null && !endpointText.isBlank();
        if ((demo || demoData != null) && endpointArg != null) {
            throw new ChoiceException(Message.of("startup.demoAndEndpoint"));
        }
        if (demo || demoData != null || !endpointGiven) {
            return new Demo(Optional.ofNullable(demoData));
        }
        PortalEndpoint endpoint;
        try {
            endpoint = PortalEndpoint.parse(endpointText);
        } catch (PortalException e) {
            throw new ChoiceException(e);
        }
        String variable = apiKeyEnvName != null ? apiKeyEnvName : API_KEY_VARIABLE;
        String key = env.get(variable);
        if (key == null || key.isBlank()) {
            throw new ChoiceException(Message.of("startup.noApiKey", variable));
        }
        return new Remote(endpoint, ApiKey.of(key));
    }

    /** Options that cannot be used, explained in one sentence: ours, or the endpoint's parser's. */
    final class ChoiceException extends Exception implements Localized {
        private final transient Message message;

        public ChoiceException(Message message) {
            super(message.english());
            this.message = message;
        }

        /** The endpoint does not parse: {@code cause} says why. */
        public ChoiceException(PortalException cause) {
            super(cause.getMessage(), cause);
            this.message = cause.userMessage();
        }

        @Override
        public Message userMessage() {
            return message;
        }
    }
}
