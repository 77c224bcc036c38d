package io.github.cloudmckeys.render.config;

import io.github.cloudmckeys.render.ShellDialect;
import java.util.Arrays;
import java.util.Optional;

/**
 * The configuration files and environment scripts beyond the openrc: what other tools
 * read (openstacksdk's clouds.yaml, the AWS CLI's profiles, rclone's remotes). Each is
 * written by {@link ConfigExporter}.
 */
public enum ConfigFormat {
    /** An openstacksdk cloud entry; the password in it, or in a separate secure.yaml. */
    CLOUDS_YAML("clouds-yaml", "clouds.yaml", null),
    /** A profile for {@code ~/.aws/credentials}: the S3 keys. */
    AWS_CREDENTIALS("aws-credentials", "credentials", null),
    /** A profile for {@code ~/.aws/config}: region, S3 endpoint, path-style addressing. */
    AWS_CONFIG("aws-config", "config", null),
    /**
     * A profile for {@code ~/.aws/config} that holds no secret: its {@code credential_process}
     * runs {@code cloudmc-keys credential-process}, which asks the portal each time the keys are needed.
     */
    AWS_CONFIG_PROCESS("aws-config-process", "config", null),
    S3_ENV_SH("s3-env-sh", "s3-env.sh", ShellDialect.POSIX),
    S3_ENV_FISH("s3-env-fish", "s3-env.fish", ShellDialect.FISH),
    S3_ENV_POWERSHELL("s3-env-powershell", "s3-env.ps1", ShellDialect.POWERSHELL),
    S3_ENV_CMD("s3-env-cmd", "s3-env.cmd", ShellDialect.CMD),
    /** An rclone remote of type swift, authenticating with Keystone v3. */
    RCLONE_SWIFT("rclone-swift", "rclone.conf", null),
    /** An rclone remote of type s3 (provider Other) with the S3 keys. */
    RCLONE_S3("rclone-s3", "rclone.conf", null);

    private final String cliName;
    private final String suggestedFileName;
    private final ShellDialect dialect;

    ConfigFormat(String cliName, String suggestedFileName, ShellDialect dialect) {
        this.cliName = cliName;
        this.suggestedFileName = suggestedFileName;
        this.dialect = dialect;
    }

    /** The name the command line's {@code --format} takes, e.g. {@code clouds-yaml}. */
    public String cliName() {
        return cliName;
    }

    /** The file name the tool reads ({@code clouds.yaml}, {@code credentials} …) or a script's name. */
    public String suggestedFileName() {
        return suggestedFileName;
    }

    /** The shell of an environment script; empty for a configuration file. */
    public Optional<ShellDialect> dialect() {
        return Optional.ofNullable(dialect);
    }

    /** True for the S3 formats, which need the portal's S3 keys rather than its Keystone credentials. */
    public boolean isS3() {
        return this != CLOUDS_YAML && this != RCLONE_SWIFT;
    }

    /** True for a configuration file that entries can be added to (every format but the scripts). */
    public boolean isMergeable() {
        return dialect == null;
    }

    /** The format with this {@link #cliName()}, compared exactly; empty for an unknown or null name. */
    public static Optional<ConfigFormat> byCliName(String cliName) {
        return Arrays.stream(values()).filter(f -> f.cliName.equals(cliName)).findFirst();
    }
}
