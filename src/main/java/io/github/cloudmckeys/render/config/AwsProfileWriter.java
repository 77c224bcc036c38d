package io.github.cloudmckeys.render.config;

import io.github.cloudmckeys.render.script.CaCertificate;
import io.github.cloudmckeys.credentials.ServiceCredentials;
import io.github.cloudmckeys.render.ExportException;
import io.github.cloudmckeys.render.ExportText;
import io.github.cloudmckeys.render.config.ConfigEntry.IniSection;
import io.github.cloudmckeys.i18n.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An AWS CLI / SDK profile for an S3-compatible store: the keys for {@code ~/.aws/credentials},
 * and for {@code ~/.aws/config} the region, path-style addressing (what S3-compatible
 * stores such as Swift's S3 API answer to) and the S3 endpoint in a {@code services}
 * section, the way the AWS CLI documents service-specific endpoints:
 *
 * <pre>
 * [profile NAME]
 * region = cloud.ca
 * services = NAME
 * s3 =
 *   addressing_style = path
 *
 * [services NAME]
 * s3 =
 *   endpoint_url = https://objects.cloud.ca
 * </pre>
 *
 * The "fetch keys when needed" profile ({@link ConfigFormat#AWS_CONFIG_PROCESS}) is the same
 * with a {@code credential_process} line first, and no {@code credentials} entry at all.
 *
 * <p>Endpoints in the config file are read by AWS CLI 2.13 and later (and the SDKs of the
 * same period); older versions need {@code --endpoint-url}, which the header says.
 */
final class AwsProfileWriter {
    private AwsProfileWriter() {
    }

    static ConfigResult credentials(ServiceCredentials credentials, ConfigOptions options) throws ExportException {
        String name = EntryNames.check(options.entryName());
        ExportText text = ExportText.of(options.language());
        S3Settings s3 = S3Settings.of(credentials, options.s3Defaults(), "export.noS3Keys.awsProfile", text);
        IniSection section = new IniSection(name, List.of(), List.of(
                "aws_access_key_id = " + ConfigValues.aws("aws_access_key_id", s3.accessKey()),
                "aws_secret_access_key = " + ConfigValues.aws("aws_secret_access_key", s3.secretKey())));
        List<String> notes = new ArrayList<>();
        notes.add(text.get("config.secretKeyHere"));
        notes.addAll(s3.notes());
        return result(ConfigFormat.AWS_CREDENTIALS, credentials, options, text, name, List.of(section),
                text.get("aws.credentials.title", name), notes);
    }

    static ConfigResult config(ServiceCredentials credentials, ConfigOptions options) throws ExportException {
        ExportText text = ExportText.of(options.language());
        S3Settings s3 = S3Settings.of(credentials, options.s3Defaults(), "export.noS3Keys.awsProfile", text);
        List<String> notes = new ArrayList<>(s3.notes());
        notes.add(text.get("aws.config.endpointSince", s3.endpoint()));
        return config(ConfigFormat.AWS_CONFIG, credentials, options, text, s3, List.of(),
                "aws.config.title", notes);
    }

    /**
     * The "fetch keys when needed" profile: {@link #config}'s settings after a {@code credential_process}
     * line, and no key. The S3 keys must exist now, so that the profile is not written in vain.
     */
    static ConfigResult fetchingConfig(ServiceCredentials credentials, ConfigOptions options) throws ExportException {
        ExportText text = ExportText.of(options.language());
        S3Settings s3 = S3Settings.of(credentials, options.s3Defaults(), "export.noS3Keys.awsProfile", text);
        String process = options.launcher().commandLine(credentials.service().label());
        checkProcessLine(process);
        List<String> notes = new ArrayList<>();
        notes.add(text.get("aws.process.noSecret"));
        notes.add(text.get("aws.process.apiKeyThen"));
        notes.addAll(s3.notes());
        notes.add(text.get("aws.config.endpointSince", s3.endpoint()));
        return config(ConfigFormat.AWS_CONFIG_PROCESS, credentials, options, text, s3,
                List.of("credential_process = " + process), "aws.process.title", notes);
    }

    private static ConfigResult config(ConfigFormat format, ServiceCredentials credentials, ConfigOptions options,
            ExportText text, S3Settings s3, List<String> firstLines, String titleKey, List<String> notes)
            throws ExportException {
        String name = EntryNames.check(options.entryName());
        boolean isDefault = name.equals("default");
        List<String> settings = new ArrayList<>(firstLines);
        settings.addAll(List.of(
                "region = " + ConfigValues.aws("region", s3.region()),
                "services = " + name,
                "s3 =",
                "  addressing_style = path"));
        if (options.caFile().isPresent()) {
            settings.add("ca_bundle = " + ConfigValues.aws("ca_bundle", options.caFile().get().toString()));
            notes.add(CaCertificate.why("ca_bundle", s3.endpoint(), text));
        }
        IniSection profile = new IniSection(isDefault ? "default" : "profile " + name,
                isDefault ? List.of("profile default") : List.of(), settings);
        IniSection services = new IniSection("services " + name, List.of(), List.of(
                "s3 =",
                "  endpoint_url = " + ConfigValues.aws("endpoint_url", s3.endpoint())));
        return result(format, credentials, options, text, name, List.of(profile, services),
                text.get(titleKey, name), notes);
    }

    /**
     * One line without control characters: the AWS readers end a value at a line break. The
     * service's name may be non-ASCII, which the readers take as UTF-8 like the file's comments.
     */
    private static void checkProcessLine(String line) throws ExportException {
        if (line.chars().anyMatch(c -> c < 0x20 || c == 0x7F) || !line.equals(line.strip())) {
            throw new ExportException(Message.of("export.value.awsCharacter", "credential_process"));
        }
    }

    private static ConfigResult result(ConfigFormat format, ServiceCredentials credentials, ConfigOptions options,
            ExportText text, String name, List<IniSection> sections, String title, List<String> notes) {
        String use = "aws --profile " + name + " s3 ls";
        String file = ConfigHeader.hashComments(ConfigHeader.lines(credentials, options, text, title, use, notes))
                + IniText.render(sections);
        return new ConfigResult(format, file, Optional.empty(), Optional.of(new ConfigEntry.Ini(name, sections)),
                List.of());
    }
}
