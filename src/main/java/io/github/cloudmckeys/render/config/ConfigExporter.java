package io.github.cloudmckeys.render.config;

import io.github.cloudmckeys.credentials.ServiceCredentials;
import io.github.cloudmckeys.render.ExportException;
import io.github.cloudmckeys.render.script.ScriptExporter;
import java.util.Objects;

/**
 * Writes a service's credentials as a configuration file another tool reads, or as an S3
 * script: pure, like {@link ScriptExporter} (the same credentials, format and options give
 * the same text; nothing is read or written outside). Every value reaches the tool
 * unchanged, or the export fails with an {@link ExportException} naming the setting, never
 * showing the value. The header comments are in {@link ConfigOptions#language()}; the
 * settings, names and values are the same in every language.
 *
 * <ul>
 * <li>{@link ConfigFormat#CLOUDS_YAML}: {@link CloudsYamlWriter}, YAML from a YAML library.</li>
 * <li>{@link ConfigFormat#AWS_CREDENTIALS}, {@link ConfigFormat#AWS_CONFIG}, {@link ConfigFormat#AWS_CONFIG_PROCESS}:
 * {@link AwsProfileWriter}.</li>
 * <li>The {@code s3-env-*} scripts: {@link S3EnvironmentWriter}, with the openrc's dialects.</li>
 * <li>{@link ConfigFormat#RCLONE_SWIFT}, {@link ConfigFormat#RCLONE_S3}: {@link RcloneWriter}.</li>
 * </ul>
 */
public final class ConfigExporter {
    private ConfigExporter() {
    }

    /**
     * @throws ExportException when the service lacks what the format needs (Keystone credentials,
     *     S3 keys), when the entry name is not valid, or when a value cannot be carried by the format
     */
    public static ConfigResult export(ServiceCredentials credentials, ConfigFormat format, ConfigOptions options)
            throws ExportException {
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(options, "options");
        return switch (format) {
            case CLOUDS_YAML -> CloudsYamlWriter.write(credentials, options);
            case AWS_CREDENTIALS -> AwsProfileWriter.credentials(credentials, options);
            case AWS_CONFIG -> AwsProfileWriter.config(credentials, options);
            case AWS_CONFIG_PROCESS -> AwsProfileWriter.fetchingConfig(credentials, options);
            case S3_ENV_SH, S3_ENV_FISH, S3_ENV_POWERSHELL, S3_ENV_CMD ->
                    S3EnvironmentWriter.write(credentials, format, options);
            case RCLONE_SWIFT -> RcloneWriter.swift(credentials, options);
            case RCLONE_S3 -> RcloneWriter.s3(credentials, options);
        };
    }

    /** The name of the rclone S3 remote written for {@code entryName}: {@code entryName-s3}. */
    public static String rcloneS3RemoteName(String entryName) {
        return RcloneWriter.s3RemoteName(entryName);
    }
}
