package io.github.cloudmckeys.keystone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cloudmckeys.i18n.Message;
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
            throw new KeystoneException(Kind.BAD_ANSWER, Message.of("keystone.notKeystoneAnswer", answer.uri().getHost(),
                    answer.uri().getPath(), String.valueOf(answer.status())));
        }
        return body.get().path(member);
    }

    /** The failure an answer without a token means, for {@code what} ("the credentials of …"). */
    KeystoneException failure(Answer answer, boolean v2) {
        String host = answer.uri().getHost();
        int status = answer.status();
        String code = String.valueOf(status); // an identifier: never grouped
        Object said = keystoneSaid(answer);
        if (status >= 300 && status < 400) {
            Object to = answer.location().map(TokenAnswers::hostOf)
                    .orElseGet(() -> Message.of("keystone.redirect.anotherAddress"));
            return new KeystoneException(Kind.REDIRECTED, Message.of("keystone.redirected", host, code, to));
        }
        if (status == 404) {
            return new KeystoneException(Kind.NOT_OFFERED, Message.of(v2 ? "keystone.noV2" : "keystone.noV3", host,
                    answer.uri().getPath()));
        }
        if (status == 401 || status == 403) {
            return new KeystoneException(Kind.REFUSED, Message.of(v2 ? "keystone.refused.v2" : "keystone.refused.v3",
                    host, credentials.username(), said));
        }
        if (status >= 400 && status < 500) {
            return new KeystoneException(Kind.REFUSED, Message.of("keystone.rejected", host, code, said));
        }
        if (status >= 500) {
            return new KeystoneException(Kind.BAD_ANSWER, Message.of("keystone.failed", host, code, said));
        }
        return new KeystoneException(Kind.BAD_ANSWER, Message.of("keystone.oddStatus", host, code));
    }

    /**
     * The password was right but the scope was not: Keystone gave an unscoped token and
     * refused the project one.
     */
    KeystoneException projectRefused(Answer scopedAnswer) {
        String project = credentials.projectShown().orElse("?");
        Object domain = credentials.projectId().isPresent() ? "" : credentials.projectDomain()
                .or(credentials::userDomain).<Object>map(d -> Message.of("keystone.projectRefused.inDomain", d.shown()))
                .orElse("");
        return new KeystoneException(Kind.REFUSED, Message.of("keystone.projectRefused", scopedAnswer.uri().getHost(),
                credentials.username(), project, domain, keystoneSaid(scopedAnswer)));
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

    /**
     * " (Keystone: "…")" with Keystone's own message, verbatim, to end a sentence; "" when it
     * sent none.
     */
    private Object keystoneSaid(Answer answer) {
        return keystoneMessage(answer.body()).<Object>map(m -> Message.of("keystone.said", m)).orElse("");
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

    /** The host a redirect points to, or a message saying why there is none. */
    private static Object hostOf(String location) {
        try {
            URI uri = URI.create(location.strip());
            return uri.getHost() != null ? uri.getHost() : Message.of("keystone.redirect.sameHost");
        } catch (IllegalArgumentException e) {
            return Message.of("keystone.redirect.notAUrl");
        }
    }
}
