package io.github.cloudmckeys.render.script;

import io.github.cloudmckeys.i18n.Language;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How to write a script. Everything that would make two writes differ is in here, so
 * the writers stay pure: the same credentials and options give the same bytes.
 *
 * @param generatedAt written into the header, in UTC (seconds precision)
 * @param portalHost the portal the credentials came from, shown in the header; may be blank
 * @param language the language of the script's comments and of the password prompt it
 *     prints; variable names, commands and values are the same in every language
 * @param fileName the name the script is saved as, for its usage line; empty when unknown ("this file")
 * @param caFile the user's CA file, when it is what makes Keystone's certificate trusted: the
 *     script sets {@code OS_CACERT} to it (empty for a Keystone with a public or system-trusted CA)
 */
public record ExportOptions(PasswordMode passwordMode, Instant generatedAt, String portalHost, Language language,
                            String fileName, Optional<Path> caFile) {

    public ExportOptions {
        Objects.requireNonNull(passwordMode, "passwordMode");
        Objects.requireNonNull(generatedAt, "generatedAt");
        portalHost = portalHost == null ? "" : portalHost;
        Objects.requireNonNull(language, "language");
        fileName = fileName == null ? "" : fileName;
        Objects.requireNonNull(caFile, "caFile");
    }

    /** Options saved as {@code fileName}, for a Keystone whose certificate needs no CA file of the user's. */
    public ExportOptions(PasswordMode passwordMode, Instant generatedAt, String portalHost, Language language,
                         String fileName) {
        this(passwordMode, generatedAt, portalHost, language, fileName, Optional.empty());
    }

    /** Options for a script whose file name is not known yet: its usage line says "this file". */
    public ExportOptions(PasswordMode passwordMode, Instant generatedAt, String portalHost, Language language) {
        this(passwordMode, generatedAt, portalHost, language, "");
    }

    /** The same options with {@code caFile} ({@link #caFile()}). */
    public ExportOptions withCaFile(Optional<Path> file) {
        return new ExportOptions(passwordMode, generatedAt, portalHost, language, fileName, file);
    }

    /** Options for a script commented in English. */
    public ExportOptions(PasswordMode passwordMode, Instant generatedAt, String portalHost) {
        this(passwordMode, generatedAt, portalHost, Language.ENGLISH);
    }
}
