package io.github.cloudmckeys.render.config;

import io.github.cloudmckeys.i18n.Language;
import io.github.cloudmckeys.render.script.ExportOptions;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How to write a configuration file or S3 script. As with {@link ExportOptions}, all that
 * makes two writes differ is in here, so the writers stay pure.
 *
 * @param entryName the cloud, profile or remote name (see {@link EntryNames#check(String)});
 *     rclone's S3 remote gets {@code -s3} appended, so both remotes fit in one rclone.conf
 * @param s3Defaults the S3 endpoint and region used when the portal's fields give none
 * @param passwordInSecureYaml for clouds.yaml: the password goes to a separate secure.yaml
 * @param generatedAt written into the header comment, in UTC (seconds precision)
 * @param portalHost the portal the credentials came from, shown in the header; may be blank
 * @param language the language of the comments; settings, names and values are the same in every language
 * @param launcher for {@link ConfigFormat#AWS_CONFIG_PROCESS}: how the AWS tools start CloudMC Keys
 * @param caFile the user's CA file, when it is what makes the service's certificate trusted: clouds.yaml
 *     gets {@code cacert}, the AWS profile {@code ca_bundle} (empty for a public or system-trusted CA)
 */
public record ConfigOptions(String entryName, S3Defaults s3Defaults, boolean passwordInSecureYaml,
                            Instant generatedAt, String portalHost, Language language,
                            CredentialProcessLauncher launcher, Optional<Path> caFile) {

    public ConfigOptions {
        Objects.requireNonNull(entryName, "entryName");
        Objects.requireNonNull(s3Defaults, "s3Defaults");
        Objects.requireNonNull(generatedAt, "generatedAt");
        portalHost = portalHost == null ? "" : portalHost;
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(launcher, "launcher");
        Objects.requireNonNull(caFile, "caFile");
    }

    /** Options whose {@code credential_process} names {@code launcher}, for a service needing no CA file of the user's. */
    public ConfigOptions(String entryName, S3Defaults s3Defaults, boolean passwordInSecureYaml, Instant generatedAt,
            String portalHost, Language language, CredentialProcessLauncher launcher) {
        this(entryName, s3Defaults, passwordInSecureYaml, generatedAt, portalHost, language, launcher, Optional.empty());
    }

    /** Options whose {@code credential_process} names the launcher this process was started by. */
    public ConfigOptions(String entryName, S3Defaults s3Defaults, boolean passwordInSecureYaml, Instant generatedAt,
            String portalHost, Language language) {
        this(entryName, s3Defaults, passwordInSecureYaml, generatedAt, portalHost, language,
                CredentialProcessLauncher.installed());
    }

    /** The same options with {@code file} ({@link #caFile()}). */
    public ConfigOptions withCaFile(Optional<Path> file) {
        return new ConfigOptions(entryName, s3Defaults, passwordInSecureYaml, generatedAt, portalHost, language,
                launcher, file);
    }

    /** Options for a file commented in English. */
    public ConfigOptions(String entryName, S3Defaults s3Defaults, boolean passwordInSecureYaml, Instant generatedAt,
            String portalHost) {
        this(entryName, s3Defaults, passwordInSecureYaml, generatedAt, portalHost, Language.ENGLISH);
    }
}
