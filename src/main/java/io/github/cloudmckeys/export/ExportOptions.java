package io.github.cloudmckeys.export;

import java.time.Instant;
import java.util.Objects;

/**
 * How to write a script. Everything that would make two writes differ is in here, so
 * the writers stay pure: the same credentials and options give the same bytes.
 *
 * @param generatedAt written into the header, in UTC (seconds precision)
 * @param portalHost the portal the credentials came from, shown in the header; may be blank
 */
public record ExportOptions(PasswordMode passwordMode, Instant generatedAt, String portalHost) {

    public ExportOptions {
        Objects.requireNonNull(passwordMode, "passwordMode");
        Objects.requireNonNull(generatedAt, "generatedAt");
        portalHost = portalHost == null ? "" : portalHost;
    }
}
