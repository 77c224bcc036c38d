package io.github.cloudmckeys.keystone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cloudmckeys.keystone.KeystoneException.Kind;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads Keystone's answers: a token's expiry and the catalog's object-store endpoint, or
 * what Keystone said when it gave no token, as one sentence. Keystone's own message is
 * quoted, cleaned of control characters, cut to {@value #MAX_MESSAGE_CHARS} characters,
 * and never with the password in it.
 */
final class TokenAnswers {
    static final int MAX_MESSAGE_CHARS = 200;

    private final ObjectMapper json;
    private final KeystoneCredentials credentials;

    TokenAnswers(ObjectMapper json, KeystoneCredentials credentials) {
        this.json = json;
        this.credentials = credentials;
    }

    /** An HTTP exchange's outcome: status, the Location of a redirect, the body. */
    record Answer(URI uri, int status, Optional<String> location, byte[] body) {
    }

    /** The parsed body of a 2xx answer, or a failure saying it is not Keystone's. */
    JsonNode tokenBody(Answer answer, String member) throws KeystoneException {
        Optional<JsonNode> body = parse(answer.body());
        if (body.isEmpty() || !body.get().path(member).isObject()) {
            throw new KeystoneException(Kind.BAD_ANSWER, answer.uri().getHost() + " answered " + answer.uri().getPath()
                    + " with HTTP " + answer.status() + " but not as Keystone does (no token in it): check the"
                    + " authentication URL.");
        }
        return body.get().path(member);
    }

    /** The failure an answer without a token means, for {@code what} ("the credentials of …"). */
    KeystoneException failure(Answer answer, boolean v2) {
        String host = answer.uri().getHost();
        int status = answer.status();
        String said = keystoneMessage(answer.body()).map(m -> " (Keystone: \"" + m + "\")").orElse("");
        if (status >= 300 && status < 400) {
            String to = answer.location().map(TokenAnswers::hostOf).orElse("another address");
            return new KeystoneException(Kind.REDIRECTED, "Keystone at " + host + " answered with a redirect (HTTP "
                    + status + ") to " + to + ": not followed, so the password was sent nowhere else; if that address"
                    + " is right, use it as the authentication URL.");
        }
        if (status == 404) {
            return new KeystoneException(Kind.NOT_OFFERED, v2
                    ? "Keystone at " + host + " does not offer the v2.0 API (POST " + answer.uri().getPath()
                            + " answered 404 Not Found): use Keystone v3."
                    : host + " has no Keystone v3 API at " + answer.uri().getPath() + " (404 Not Found): check the"
                            + " authentication URL.");
        }
        if (status == 401 || status == 403) {
            return new KeystoneException(Kind.REFUSED, "Keystone at " + host + " refused the credentials of \""
                    + credentials.username() + "\": wrong password, user name"
                    + (v2 ? " or project" : ", domain or project") + said + ".");
        }
        if (status >= 400 && status < 500) {
            return new KeystoneException(Kind.REFUSED, "Keystone at " + host + " rejected the token request (HTTP "
                    + status + ")" + said + ".");
        }
        if (status >= 500) {
            return new KeystoneException(Kind.BAD_ANSWER, "Keystone at " + host + " failed (HTTP " + status + ")"
                    + said + ": try again later.");
        }
        return new KeystoneException(Kind.BAD_ANSWER, host + " answered the token request with HTTP " + status
                + ", which Keystone does not: check the authentication URL.");
    }

    /**
     * The password was right but the scope was not: Keystone gave an unscoped token and
     * refused the project one.
     */
    KeystoneException projectRefused(Answer scopedAnswer) {
        String said = keystoneMessage(scopedAnswer.body()).map(m -> " (Keystone: \"" + m + "\")").orElse("");
        String project = credentials.projectShown().orElse("?");
        String domain = credentials.projectId().isPresent() ? "" : credentials.projectDomain()
                .or(credentials::userDomain).map(d -> " in domain \"" + d.shown() + "\"").orElse("");
        return new KeystoneException(Kind.REFUSED, "Keystone at " + scopedAnswer.uri().getHost()
                + " accepted the password of \"" + credentials.username() + "\" but gives no token for project \""
                + project + "\": the project does not exist" + domain + ", or the user has no role on it" + said + ".");
    }

    /** An ISO date with or without fraction and offset (v2.0 often writes none: UTC). */
    static Optional<Instant> instant(JsonNode node) {
        String text = node.asText("");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(LocalDateTime.parse(text).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException again) {
                return Optional.empty();
            }
        }
    }

    /** v3 catalog: {@code [{type, endpoints: [{interface, region, region_id, url}]}]}. */
    Optional<String> v3ObjectStore(JsonNode token) {
        for (JsonNode service : token.path("catalog")) {
            if (!"object-store".equals(service.path("type").asText())) {
                continue;
            }
            for (JsonNode endpoint : service.path("endpoints")) {
                boolean rightInterface = credentials.interfaceName().equals(endpoint.path("interface").asText());
                boolean rightRegion = credentials.region().map(r -> r.equals(endpoint.path("region").asText())
                        || r.equals(endpoint.path("region_id").asText())).orElse(true);
                if (rightInterface && rightRegion && endpoint.hasNonNull("url")) {
                    return Optional.of(clean(endpoint.path("url").asText()));
                }
            }
        }
        return Optional.empty();
    }

    /** v2.0 catalog: {@code [{type, endpoints: [{region, publicURL, internalURL, adminURL}]}]}. */
    Optional<String> v2ObjectStore(JsonNode access) {
        String field = credentials.interfaceName() + "URL";
        for (JsonNode service : access.path("serviceCatalog")) {
            if (!"object-store".equals(service.path("type").asText())) {
                continue;
            }
            for (JsonNode endpoint : service.path("endpoints")) {
                boolean rightRegion = credentials.region().map(r -> r.equals(endpoint.path("region").asText()))
                        .orElse(true);
                if (rightRegion && endpoint.hasNonNull(field)) {
                    return Optional.of(clean(endpoint.path(field).asText()));
                }
            }
        }
        return Optional.empty();
    }

    private Optional<JsonNode> parse(byte[] body) {
        try {
            JsonNode node = json.readTree(body);
            return node == null || node.isMissingNode() ? Optional.empty() : Optional.of(node);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Keystone's {@code {"error": {"message": …}}}, cleaned; empty when there is none. */
    private Optional<String> keystoneMessage(byte[] body) {
        return parse(body).map(node -> node.path("error").path("message").asText(""))
                .map(this::clean).filter(m -> !m.isBlank());
    }

    private String clean(String text) {
        String password = credentials.password();
        String redacted = password.length() >= 4 ? text.replace(password, "(password)") : text;
        String oneLine = redacted
                .codePoints().map(c -> Character.isISOControl(c) ? ' ' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        return oneLine.length() <= MAX_MESSAGE_CHARS ? oneLine : oneLine.substring(0, MAX_MESSAGE_CHARS) + "…";
    }

    private static String hostOf(String location) {
        try {
            URI uri = URI.create(location.strip());
            return uri.getHost() != null ? uri.getHost() : "another path on the same host";
        } catch (IllegalArgumentException e) {
            return "an address that is not a valid URL";
        }
    }
}
