package io.github.cloudmckeys.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cloudmckeys.logging.LiveSecrets;
import io.github.cloudmckeys.portal.PortalException.Kind;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpHeaders;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
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
    static final String REDACTED = "(redacted)";
    static final String CANCELLED = "The request was cancelled.";

    private final ObjectMapper mapper;
    private final String host;
    private final String apiKey;

    PortalFailures(ObjectMapper mapper, PortalEndpoint endpoint, ApiKey apiKey) {
        this.mapper = mapper;
        this.host = endpoint.host();
        this.apiKey = apiKey.reveal();
    }

    // ---- transport ------------------------------------------------------------------

    /** A failure before a complete answer; {@code answerStarted} when status and headers had arrived. */
    PortalException transport(Throwable failure, boolean answerStarted, Duration timeout) {
        Throwable cause = unwrap(failure);
        if (has(cause, HttpTimeoutException.class)) {
            return timeout(answerStarted, timeout, cause);
        }
        if (has(cause, SSLException.class)) {
            return new PortalException(Kind.TLS, "The secure connection to " + host
                    + " failed (certificate not trusted or TLS error): check the endpoint URL.", cause);
        }
        if (has(cause, UnknownHostException.class) || has(cause, UnresolvedAddressException.class)
                || has(cause, ConnectException.class)) {
            return new PortalException(Kind.UNREACHABLE,
                    "Cannot reach " + host + ": check the endpoint URL and your network.", cause);
        }
        if (answerStarted) {
            return new PortalException(Kind.UNREACHABLE, "The connection to " + host
                    + " broke before the portal's answer was complete: try again.", cause);
        }
        return new PortalException(Kind.UNREACHABLE, "Cannot reach " + host
                + ": the connection closed before any answer; check the endpoint URL and your network.", cause);
    }

    PortalException timeout(boolean answerStarted, Duration timeout, Throwable cause) {
        String what = answerStarted ? " did not send its whole answer within " : " did not answer within ";
        return new PortalException(Kind.TIMEOUT,
                host + what + describe(timeout) + ": check your network, or try again later.", cause);
    }

    static PortalException cancelled() {
        return new PortalException(Kind.TIMEOUT, CANCELLED);
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

    static String describe(Duration timeout) {
        long millis = timeout.toMillis();
        if (millis % 1000 == 0) {
            long seconds = millis / 1000;
            return seconds == 1 ? "1 second" : seconds + " seconds";
        }
        return millis < 1000 ? millis + " ms" : String.format(java.util.Locale.ROOT, "%.1f seconds", millis / 1000.0);
    }

    // ---- statuses -------------------------------------------------------------------

    /** The failure for a status outside 2xx; {@code body} may be null (too large, unread). */
    PortalException status(int status, HttpHeaders headers, byte[] body) {
        String sentence = switch (status) {
            case 401 -> "The portal refused the API key: the API key is invalid or was deleted:"
                    + " generate a new one under API credentials.";
            case 403 -> "The portal refused access (403): your API key lacks the right to read this;"
                    + " ask your organization's admin.";
            case 404 -> "The portal has nothing at this address (404): is this the API endpoint?"
                    + " Paste the Endpoint shown on the API credentials page.";
            case 429 -> "The portal is receiving too many requests (429): " + retryAfter(headers) + ".";
            default -> status >= 500 && status <= 599
                    ? "The portal or a proxy in front of it is failing (HTTP " + status + "): try again later."
                    : status >= 300 && status <= 399 && headers.firstValue("Location").isPresent()
                    ? redirect(status, headers.firstValue("Location").get())
                    : "The portal answered with the unexpected status " + status
                    + ": check that the endpoint is the one shown on the API credentials page.";
        };
        Kind kind = switch (status) {
            case 401 -> Kind.UNAUTHORIZED;
            case 403 -> Kind.FORBIDDEN;
            case 404 -> Kind.NOT_FOUND;
            case 429 -> Kind.RATE_LIMITED;
            default -> status >= 500 && status <= 599 ? Kind.SERVER_ERROR : Kind.UNEXPECTED_STATUS;
        };
        String portalSaid = portalMessage(body);
        return new PortalException(kind, portalSaid.isEmpty() ? sentence : sentence + " The portal said: " + portalSaid);
    }

    private String redirect(int status, String location) {
        String target;
        try {
            URI uri = new URI(location.strip());
            target = uri.getHost() == null ? host : uri.getHost();
        } catch (URISyntaxException e) {
            target = "another address";
        }
        return "The portal redirects this request to " + clean(target, 100) + " (HTTP " + status + ")"
                + " and the API key was not sent there: paste the final endpoint, as shown on the API credentials page.";
    }

    private static String retryAfter(HttpHeaders headers) {
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
            return "wait a moment and try again";
        }
        return "wait " + (seconds == 1 ? "1 second" : seconds + " seconds") + " (Retry-After) and try again";
    }

    /** The first message of an errors envelope, cleaned, or "" when there is none. */
    private String portalMessage(byte[] body) {
        if (body == null || body.length == 0) {
            return "";
        }
        JsonNode root;
        try {
            root = mapper.readTree(body);
        } catch (IOException e) {
            return "";
        }
        JsonNode errors = root == null ? null : root.get("errors");
        if (errors == null || !errors.isArray() || errors.isEmpty() || !errors.get(0).isObject()) {
            return "";
        }
        JsonNode first = errors.get(0);
        String message = text(first.get("message"));
        String code = text(first.hasNonNull("code") ? first.get("code") : first.get("errorCode"));
        String said = message.isEmpty() ? "" : "\"" + message + "\"";
        if (!code.isEmpty()) {
            said = said.isEmpty() ? "error " + code : said + " (error " + code + ")";
        }
        return clean(said, MAX_PORTAL_MESSAGE_CHARS);
    }

    private static String text(JsonNode node) {
        return node == null || !node.isValueNode() || node.isNull() ? "" : node.asText();
    }

    /**
     * One line of at most {@code max} characters without the API key or any other secret the
     * process knows ({@link LiveSecrets}): control, line and bidirectional-override characters
     * become spaces, the key {@value #REDACTED}.
     */
    String clean(String text, int max) {
        String line = LiveSecrets.redact(text.replace(apiKey, REDACTED))
                .replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}\\u200B-\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uFEFF]", " ")
                .replaceAll("\\s+", " ")
                .strip()
                .replace(apiKey, REDACTED);
        if (line.codePointCount(0, line.length()) <= max) {
            return line;
        }
        return line.substring(0, line.offsetByCodePoints(0, max - 1)).stripTrailing() + "…";
    }
}
