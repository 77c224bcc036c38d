package io.github.cloudmckeys.session;

import io.github.cloudmckeys.portal.ApiKey;
import io.github.cloudmckeys.portal.PortalEndpoint;
import io.github.cloudmckeys.portal.PortalException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@value PortalAccess#API_KEY_VARIABLE} and the portal it belongs to. When
 * {@value PortalAccess#ENDPOINT_VARIABLE} is set, the key goes to that endpoint's origin
 * (scheme, host, port) and to no other: a typo or a look-alike domain typed in Connect… or
 * given to {@code --endpoint} never receives it. When the endpoint variable is set but does not
 * parse, the key goes nowhere.
 *
 * @param key      the key, if the variable holds one
 * @param boundTo  {@value PortalAccess#ENDPOINT_VARIABLE} as given, if set (parsed or not)
 */
public record EnvironmentKey(Optional<ApiKey> key, Optional<String> boundTo) {

    public static EnvironmentKey from(Map<String, String> env) {
        return new EnvironmentKey(nonBlank(env.get(PortalAccess.API_KEY_VARIABLE)).map(ApiKey::of),
                nonBlank(env.get(PortalAccess.ENDPOINT_VARIABLE)));
    }

    /** No key in the environment. */
    public static EnvironmentKey none() {
        return new EnvironmentKey(Optional.empty(), Optional.empty());
    }

    /** The key, when it may be sent to {@code target}. */
    public Optional<ApiKey> keyFor(PortalEndpoint target) {
        if (key.isEmpty() || boundTo.isEmpty()) {
            return key;
        }
        try {
            return sameOrigin(PortalEndpoint.parse(boundTo.get()), target) ? key : Optional.empty();
        } catch (PortalException e) {
            return Optional.empty();
        }
    }

    /** True when there is a key but {@code target} may not have it. */
    public boolean belongsElsewhere(PortalEndpoint target) {
        return key.isPresent() && keyFor(target).isEmpty();
    }

    /** The host the key belongs to, for messages; the variable's text when it does not parse. */
    public String ownerHost() {
        return boundTo.map(text -> {
            try {
                return PortalEndpoint.parse(text).host();
            } catch (PortalException e) {
                return text;
            }
        }).orElse("");
    }

    /** Scheme, host and port alike (the default port of the scheme when none is written). */
    public static boolean sameOrigin(PortalEndpoint a, PortalEndpoint b) {
        return origin(a).equals(origin(b));
    }

    private static String origin(PortalEndpoint endpoint) {
        String scheme = endpoint.uri().getScheme().toLowerCase(Locale.ROOT);
        int port = endpoint.uri().getPort() != -1 ? endpoint.uri().getPort() : scheme.equals("https") ? 443 : 80;
        return scheme + "://" + endpoint.uri().getHost().toLowerCase(Locale.ROOT) + ":" + port;
    }

    private static Optional<String> nonBlank(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isBlank()).map(String::strip);
    }
}
