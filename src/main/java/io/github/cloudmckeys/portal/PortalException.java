package io.github.cloudmckeys.portal;

import io.github.cloudmckeys.i18n.LocalizedException;
import io.github.cloudmckeys.i18n.Message;
import java.util.Objects;

/**
 * Anything that went wrong talking to the portal, as one {@link Kind} and one
 * sentence that tells the user what to do: {@link #userMessage()} for the user's
 * language, {@link #getMessage()} its English rendering for logs. Neither ever holds
 * the API key or a credential value.
 */
public final class PortalException extends LocalizedException {
    private static final long serialVersionUID = 1L;

    /** What went wrong, coarse enough for the UI and the CLI's exit code. */
    public enum Kind {
        /** The endpoint URL is not a usable URL. */
        INVALID_ENDPOINT,
        /** {@code http://} to a host that is not loopback: the key would travel in clear. */
        INSECURE_ENDPOINT,
        /** Host unknown, connection refused or reset before an answer. */
        UNREACHABLE,
        /** TLS handshake or certificate failure. */
        TLS,
        /** No answer (or no complete answer) in time. */
        TIMEOUT,
        /** 401: the key is invalid or was deleted. */
        UNAUTHORIZED,
        /** 403: the key is valid but lacks the right. */
        FORBIDDEN,
        /** 404: wrong endpoint or unknown resource. */
        NOT_FOUND,
        /** 429: too many requests. */
        RATE_LIMITED,
        /** 5xx from the portal or a proxy in front of it. */
        SERVER_ERROR,
        /** Another unexpected status: 3xx redirect, 400, 405, … */
        UNEXPECTED_STATUS,
        /** A 200 that is not JSON, typically the portal's HTML page: wrong endpoint URL. */
        NOT_API,
        /** JSON that is malformed, truncated or not shaped like the API's. */
        MALFORMED,
        /** A body larger than the client's cap. */
        TOO_LARGE;

        /** True when the portal answered but refused the key (CLI exit code 4). */
        public boolean isRefusal() {
            return this == UNAUTHORIZED || this == FORBIDDEN;
        }
    }

    private final Kind kind;

    public PortalException(Kind kind, Message message) {
        this(kind, message, null);
    }

    public PortalException(Kind kind, Message message, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public Kind kind() {
        return kind;
    }
}
