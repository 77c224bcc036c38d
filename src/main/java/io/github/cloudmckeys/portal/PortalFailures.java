package io.github.cloudmckeys.portal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cloudmckeys.i18n.Message;
import io.github.cloudmckeys.logging.LiveSecrets;
import io.github.cloudmckeys.logging.SecretRedactor;
import io.github.cloudmckeys.portal.PortalException.Kind;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import javax.net.ssl.SSLException;

/**
 * Turns what went wrong in an exchange (a transport failure or an HTTP status) into
 * a {@link PortalException} whose one sentence says what to do. The portal's own
 * error message is added when it sent one, cleaned so that it cannot carry the API
 * key, control characters or a wall of text into the UI.
 */
final class PortalFailures {
    static final int MAX_PORTAL_MESSAGE_CHARS = 200;
    static final int MAX_CODE_CHARS = 40;

    /** How long the connection that asks why the first one failed may take (see {@link ConnectFailures}). */
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(3);

    private final String host;
    /** host:port, for the failures to connect. */
    private final String address;
    private final URI uri;
    private final String apiKey;

    PortalFailures(PortalEndpoint endpoint, ApiKey apiKey) {
        this.host = endpoint.host();
        this.uri = endpoint.uri();
        this.address = ConnectFailures.address(endpoint.uri());
        this.apiKey = apiKey.reveal();
    }

    // ---- transport ------------------------------------------------------------------

    /** A failure before a complete answer; {@code answerStarted} when status and headers had arrived. */
    PortalException transport(Throwable failure, boolean answerStarted, Duration timeout) {
        Throwable cause = unwrap(failure);
        if (has(cause, HttpConnectTimeoutException.class)) {
            return new PortalException(Kind.TIMEOUT, Message.of("portal.unreachable.timedOut", address), cause);
        }
        if (has(cause, HttpTimeoutException.class)) {
            return timeout(answerStarted, timeout, cause);
        }
        if (has(cause, SSLException.class)) {
            return new PortalException(Kind.TLS, Message.of("portal.tls", host), cause);
        }
        if (has(cause, UnknownHostException.class) || has(cause, UnresolvedAddressException.class)) {
            return new PortalException(Kind.UNREACHABLE, Message.of("portal.unreachable.unknownHost", address), cause);
        }
        if (has(cause, ConnectException.class) || has(cause, NoRouteToHostException.class)) {
            String key = switch (ConnectFailures.probe(uri, PROBE_TIMEOUT)) {
                case REFUSED -> "portal.unreachable.refused";
                case TIMED_OUT -> "portal.unreachable.timedOut";
                case NO_ROUTE -> "portal.unreachable.noRoute";
                case UNKNOWN_HOST -> "portal.unreachable.unknownHost";
                case OTHER -> "portal.unreachable";
            };
            return new PortalException(Kind.UNREACHABLE, Message.of(key, address), cause);
        }
        if (answerStarted) {
            return new PortalException(Kind.UNREACHABLE, Message.of("portal.brokenAnswer", host), cause);
        }
        return new PortalException(Kind.UNREACHABLE, Message.of("portal.closedBeforeAnswer", address), cause);
    }

    /** A failure the network settings explain ({@code net.NetFailures}): a certificate, the handshake, a proxy. */
    PortalException network(Throwable failure, Message sentence) {
        Throwable cause = unwrap(failure);
        return new PortalException(has(cause, SSLException.class) ? Kind.TLS : Kind.UNREACHABLE, sentence, cause);
    }

    PortalException timeout(boolean answerStarted, Duration timeout, Throwable cause) {
        String key = answerStarted ? "portal.timeoutMidAnswer" : "portal.timeout";
        return new PortalException(Kind.TIMEOUT, Message.of(key, host, describe(timeout)), cause);
    }

    static PortalException cancelled() {
        return new PortalException(Kind.TIMEOUT, Message.of("portal.cancelled"));
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static boolean has(Throwable failure, Class<? extends Throwable> type) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A duration as the user reads it: "1 second", "5 seconds", "1.5 seconds" (one decimal,
     * rounded half up), "250 ms"; in French "1 seconde", "1,5 seconde", "5 secondes", "250 ms" (a
     * non-breaking space before the unit).
     */
    static Message describe(Duration timeout) {
        long millis = timeout.toMillis();
        if (millis % 1000 == 0) {
            return seconds(millis / 1000);
        }
        if (millis < 1000) {
            return Message.of("portal.duration.milliseconds", millis);
        }
        // Rounded here, half up, rather than by the pattern's DecimalFormat (half even: 1.25 -> 1.2).
        return Message.of("portal.duration.seconds", Math.round(millis / 100.0) / 10.0);
    }

    static Message seconds(long seconds) {
        return Message.of("portal.duration.seconds", seconds);
    }

    // ---- statuses -------------------------------------------------------------------

    /** The failure for a status outside 2xx; {@code body} may be null (too large, unread). */
    PortalException status(int status, HttpHeaders headers, byte[] body) {
        String code = String.valueOf(status); // an identifier: never grouped or localized
        Message sentence = switch (status) {
            case 401 -> Message.of("portal.unauthorized");
            case 403 -> Message.of("portal.forbidden");
            case 404 -> Message.of("portal.notFound");
            case 429 -> Message.of("portal.rateLimited", retryAfter(headers));
            default -> status >= 500 && status <= 599
                    ? Message.of("portal.serverError", code)
                    : status >= 300 && status <= 399 && headers.firstValue("Location").isPresent()
                    ? redirect(code, headers.firstValue("Location").get())
                    : Message.of("portal.unexpectedStatus", code);
        };
        Kind kind = switch (status) {
            case 401 -> Kind.UNAUTHORIZED;
            case 403 -> Kind.FORBIDDEN;
            case 404 -> Kind.NOT_FOUND;
            case 429 -> Kind.RATE_LIMITED;
            default -> status >= 500 && status <= 599 ? Kind.SERVER_ERROR : Kind.UNEXPECTED_STATUS;
        };
        return new PortalException(kind, portalSaid(body).map(said -> Message.of("portal.withPortalSaid", sentence, said))
                .orElse(sentence));
    }

    private Message redirect(String status, String location) {
        Object target;
        try {
            URI uri = new URI(location.strip());
            target = clean(uri.getHost() == null ? host : uri.getHost(), 100);
        } catch (URISyntaxException e) {
            target = Message.of("portal.redirect.anotherAddress");
        }
        return Message.of("portal.redirect", target, status);
    }

    private static Message retryAfter(HttpHeaders headers) {
        String value = headers.firstValue("Retry-After").orElse("").strip();
        long seconds = -1;
        if (value.matches("\\d{1,9}")) {
            seconds = Long.parseLong(value);
        } else if (!value.isEmpty()) {
            try {
                ZonedDateTime when = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
                seconds = Math.max(0, Duration.between(ZonedDateTime.now(when.getZone()), when).toSeconds());
            } catch (DateTimeParseException e) {
                seconds = -1;
            }
        }
        if (seconds <= 0) {
            return Message.of("portal.rateLimited.waitAMoment");
        }
        return Message.of("portal.rateLimited.wait", seconds(seconds));
    }

    /**
     * "The portal said: …" with the first message of an errors envelope, cleaned and kept
     * verbatim (the portal speaks its own language), and its error code; empty when there is none.
     */
    private Optional<Message> portalSaid(byte[] body) {
        if (body == null || body.length == 0) {
            return Optional.empty();
        }
        JsonNode root;
        try {
            root = JsonTree.readFirst(body);
        } catch (IOException e) {
            return Optional.empty();
        }
        JsonNode errors = root == null ? null : root.get("errors");
        if (errors == null || !errors.isArray() || errors.isEmpty() || !errors.get(0).isObject()) {
            return Optional.empty();
        }
        JsonNode first = errors.get(0);
        String code = clean(text(first.hasNonNull("code") ? first.get("code") : first.get("errorCode")), MAX_CODE_CHARS);
        // The message gets what the code leaves of the limit, as when both were one quoted text.
        int room = MAX_PORTAL_MESSAGE_CHARS - 2 - (code.isEmpty() ? 0 : code.length() + " (error )".length());
        String message = clean(text(first.get("message")), room);
        if (message.isEmpty()) {
            return code.isEmpty() ? Optional.empty() : Optional.of(Message.of("portal.said.code", code));
        }
        return Optional.of(code.isEmpty() ? Message.of("portal.said.message", message)
                : Message.of("portal.said.messageAndCode", message, code));
    }

    private static String text(JsonNode node) {
        return node == null || !node.isValueNode() || node.isNull() ? "" : node.asText();
    }

    /**
     * One line of at most {@code max} characters without the API key or any other secret the
     * process knows ({@link LiveSecrets}): control, line and bidirectional-override characters
     * become spaces, the key {@value SecretRedactor#MASK}.
     */
    String clean(String text, int max) {
        String line = LiveSecrets.redact(text.replace(apiKey, SecretRedactor.MASK))
                .replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}\\u200B-\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uFEFF]", " ")
                .replaceAll("\\s+", " ")
                .strip()
                .replace(apiKey, SecretRedactor.MASK);
        if (line.codePointCount(0, line.length()) <= max) {
            return line;
        }
        return line.substring(0, line.offsetByCodePoints(0, max - 1)).stripTrailing() + "…";
    }
}
