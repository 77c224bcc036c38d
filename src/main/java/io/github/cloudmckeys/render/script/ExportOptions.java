package io.github.cloudmckeys.render.script;

import io.github.cloudmckeys.i18n.Language;
import java.time.Instant;
import java.util.Objects;

/**
 * How to write a script. Everything that would make two writes differ is in here, so
 * the writers stay pure: the same credentials and options give the same bytes.
 *
 * @param generatedAt written into the header, in UTC (seconds precision)
 * @param portalHost the portal the credentials came from, shown in the header; may be blank
 * @param language the language of the script's comments and of the password prompt it
 *     prints; variable names, commands and values are the same in every language
 */
public record ExportOptions(PasswordMode passwordMode, Instant generatedAt, String portalHost, Language language) {

    public ExportOptions {
        Objects.requireNonNull(passwordMode, "passwordMode");
        Objects.requireNonNull(generatedAt, "generatedAt");
        portalHost = portalHost == null ? "" : portalHost;
        Objects.requireNonNull(language, "language");
    }

    /** Options for a script commented in English. */
    public ExportOptions(PasswordMode passwordMode, Instant generatedAt, String portalHost) {
        this(passwordMode, generatedAt, portalHost, Language.ENGLISH);
    }
}
