package io.github.cloudmckeys.keystone;

import io.github.cloudmckeys.credentials.IdentityVersion;
import io.github.cloudmckeys.i18n.Message;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * Keystone issued a token: for whom, until when, and where the catalog puts object
 * storage. The token itself is not kept: it is a credential too.
 *
 * @param host the Keystone host that answered
 * @param project the project the token is scoped to, empty for an unscoped token
 * @param expiresAt empty when Keystone's date could not be read
 * @param objectStore the object-store endpoint of the catalog for the interface (and region) asked
 * @param checkedAt when the answer came, for "in N minutes"
 */
public record TokenCheck(IdentityVersion version, String host, String user, Optional<String> project,
                         Optional<Instant> expiresAt, Optional<String> objectStore, Instant checkedAt) {

    public TokenCheck {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(objectStore, "objectStore");
        Objects.requireNonNull(checkedAt, "checkedAt");
    }

    /**
     * One line: {@code OK: Keystone v3 at auth.cloud.ca issued a token for "u" in project "p",
     * valid until 2026-01-02T04:04:05Z (in 60 min); object storage: https://…}, to be rendered
     * in the user's language.
     */
    public Message message() {
        String versionName = version == IdentityVersion.V3 ? "Keystone v3" : "Keystone v2.0";
        Message scope = project.map(p -> Message.of("keystone.token.project", p))
                .orElseGet(() -> Message.of("keystone.token.unscoped"));
        Object validity = expiresAt.<Object>map(at -> Message.of("keystone.token.validUntil",
                DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(ChronoUnit.SECONDS)), remaining(at))).orElse("");
        Message storage = objectStore.map(url -> Message.of("keystone.token.objectStore", url))
                .orElseGet(() -> Message.of("keystone.token.noObjectStore"));
        return Message.of("keystone.token", versionName, host, user, scope, validity, storage);
    }

    /** {@link #message()} in English. */
    public String sentence() {
        return message().english();
    }

    private Message remaining(Instant at) {
        Duration left = Duration.between(checkedAt, at);
        if (left.isNegative()) {
            return Message.of("keystone.token.expired");
        }
        long minutes = left.toMinutes();
        return minutes < 120 ? Message.of("keystone.token.inMinutes", minutes)
                : Message.of("keystone.token.inHours", left.toHours());
    }
}
