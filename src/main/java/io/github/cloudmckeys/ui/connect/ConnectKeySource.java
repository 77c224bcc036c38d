package io.github.cloudmckeys.ui.connect;

import io.github.cloudmckeys.i18n.Messages;
import io.github.cloudmckeys.logging.SecretRedactor;
import io.github.cloudmckeys.portal.ApiKey;
import io.github.cloudmckeys.portal.PortalEndpoint;
import io.github.cloudmckeys.session.EnvironmentKey;
import io.github.cloudmckeys.session.PortalAccess;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Which key the Connect dialog uses for an endpoint: the one typed; when the field is empty, the key
 * entered earlier in this session, only while the endpoint is still the session's portal (so that it never
 * travels to another host); else {@value PortalAccess#API_KEY_VARIABLE} when it belongs to that endpoint.
 */
final class ConnectKeySource {
    private final Optional<PortalEndpoint> sessionEndpoint;
    private final Optional<ApiKey> sessionKey;
    private final EnvironmentKey environmentKey;

    ConnectKeySource(Optional<PortalEndpoint> sessionEndpoint, Optional<ApiKey> sessionKey,
                     EnvironmentKey environmentKey) {
        this.sessionEndpoint = Objects.requireNonNull(sessionEndpoint, "sessionEndpoint");
        this.sessionKey = Objects.requireNonNull(sessionKey, "sessionKey");
        this.environmentKey = Objects.requireNonNull(environmentKey, "environmentKey");
    }

    Optional<ApiKey> keyFor(PortalEndpoint endpoint, String typed) {
        if (typed != null && !typed.isBlank()) {
            return Optional.of(ApiKey.of(typed));
        }
        if (sessionKeyApplies(Optional.of(endpoint))) {
            return sessionKey;
        }
        return environmentKey.keyFor(endpoint); // never to another origin than CLOUDMC_ENDPOINT's
    }

    boolean environmentKeyApplies(Optional<PortalEndpoint> endpoint) {
        return endpoint.flatMap(environmentKey::keyFor).isPresent();
    }

    /** The key field's placeholder and the sentence under it: where the key comes from when none is typed. */
    KeyTexts texts(Optional<PortalEndpoint> endpoint, Messages messages) {
        String source = sessionKeyApplies(endpoint) ? "session"
                : environmentKeyApplies(endpoint) ? "environment" : "paste";
        // Only the environment's texts name the variable; the others ignore the argument.
        return new KeyTexts(messages.get("connect.key.prompt." + source, PortalAccess.API_KEY_VARIABLE),
                messages.get("connect.key.hint." + source, PortalAccess.API_KEY_VARIABLE));
    }

    record KeyTexts(String prompt, String hint) {}

    /** Belt and braces: {@code message} without any key this dialog knows, even one pasted into the endpoint. */
    String redact(String message, String typed) {
        String result = message;
        for (String key : Stream.concat(Stream.of(typed),
                Stream.of(sessionKey, environmentKey.key()).flatMap(Optional::stream).map(ApiKey::reveal)).toList()) {
            String secret = key == null ? "" : key.strip();
            if (secret.length() >= 4) {
                result = result.replace(secret, SecretRedactor.MASK);
            }
        }
        return result;
    }

    private boolean sessionKeyApplies(Optional<PortalEndpoint> endpoint) {
        return sessionKey.isPresent() && endpoint.isPresent() && sessionEndpoint.equals(endpoint);
    }
}
