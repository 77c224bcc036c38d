package io.github.cloudmckeys.app.cli;

import io.github.cloudmckeys.session.CaFileInExports;
import io.github.cloudmckeys.session.PortalClient;
import io.github.cloudmckeys.credentials.FieldLabels;
import io.github.cloudmckeys.credentials.ServiceCredentials;
import io.github.cloudmckeys.files.OwnerOnlyFileWriter;
import io.github.cloudmckeys.files.SaveException;
import io.github.cloudmckeys.files.ToolConfigFiles;
import io.github.cloudmckeys.files.UserFileMerge;
import io.github.cloudmckeys.render.config.ConfigEntry;
import io.github.cloudmckeys.render.config.ConfigExporter;
import io.github.cloudmckeys.render.config.ConfigFormat;
import io.github.cloudmckeys.render.config.ConfigOptions;
import io.github.cloudmckeys.render.config.ConfigResult;
import io.github.cloudmckeys.render.config.EntryNames;
import io.github.cloudmckeys.render.ExportException;
import io.github.cloudmckeys.files.SavedFile;
import io.github.cloudmckeys.render.config.S3Defaults;
import io.github.cloudmckeys.i18n.Message;
import io.github.cloudmckeys.i18n.Messages;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code export --format clouds-yaml|aws-*|s3-env-*|rclone-*}: the file on stdout or in
 * {@code -o FILE}, or with {@code --merge} added to the tool's own file. A merge that would
 * replace an entry of the same name is refused unless {@code --force}, like {@code -o}
 * over an existing file.
 */
final class ConfigExport {
    private final ExportCommand command;
    private final ConfigExportOptions options;
    private final Map<String, String> env;
    private final Messages messages;

    ConfigExport(ExportCommand command) {
        this.command = command;
        this.options = command.config;
        this.env = command.parent.env;
        this.messages = command.messages();
    }

    int run(PortalClient session, ConfigFormat format) throws CliFailure {
        checkOptions(format);
        ServiceCredentials credentials = command.credentials(session, command.service);
        Instant now = Clock.systemUTC().instant();
        String name = options.name != null ? options.name : EntryNames.defaultName(credentials);
        S3Defaults defaults = S3Defaults.fromEnvironment(env).overriddenBy(options.s3Endpoint, options.s3Region);
        ConfigResult result;
        try {
            result = ConfigExporter.export(credentials, format, new ConfigOptions(name, defaults,
                    options.secureYaml != null, now, session.portalHost(), messages.language(),
                    InstalledLauncher.find(portalArguments(command.portal, command.parent)),
                    CaFileInExports.forConfig(session, credentials, format, defaults)));
        } catch (ExportException e) {
            throw CliFailure.of(ExitCodes.EXPORT_FAILED, e);
        }
        if (!result.missing().isEmpty()) {
            FieldLabels labels = FieldLabels.load(messages.language().locale());
            command.err().println(messages.get("cli.export.missingInFile", result.missing().stream()
                    .map(labels::labelFor).collect(Collectors.joining(", ")), credentials.service().label()));
        }
        if (options.merge) {
            return merge(format, result.entry().orElseThrow(), now);
        }
        if (options.secureYaml != null && result.secureYaml().isPresent()) {
            write(options.secureYaml, result.secureYaml().get());
        }
        if (command.output == null) {
            command.out().print(result.text());
        } else {
            write(command.output, result.text());
        }
        return ExitCodes.OK;
    }

    private void checkOptions(ConfigFormat format) throws CliFailure {
        if (command.promptPassword) {
            throw new CliFailure(ExitCodes.USAGE, Message.of("cli.export.promptPasswordForFile", format.cliName()));
        }
        if (options.secureYaml != null && format != ConfigFormat.CLOUDS_YAML) {
            throw new CliFailure(ExitCodes.USAGE, Message.of("cli.export.secureYamlOnly"));
        }
        if (options.merge && !format.isMergeable()) {
            throw new CliFailure(ExitCodes.USAGE, Message.of("cli.export.notMergeable", format.cliName()));
        }
    }

    private void write(Path file, String text) throws CliFailure {
        SavedFile saved;
        try {
            saved = OwnerOnlyFileWriter.write(file, text, command.force ? OwnerOnlyFileWriter.IfExists.REPLACE
                    : OwnerOnlyFileWriter.IfExists.REFUSE);
        } catch (SaveException e) {
            throw ExportCommand.saveFailure(e, file);
        }
        command.err().println(saved.ownerOnly() ? messages.get("cli.export.savedFile", saved.file().toString())
                : messages.format(SavedFile.notOwnerOnly(saved.file().toString())));
    }

    private int merge(ConfigFormat format, ConfigEntry entry, Instant now) throws CliFailure {
        ToolConfigFiles files = ToolConfigFiles.forUser(env, home());
        Path target = command.output;
        UserFileMerge.Plan plan;
        try {
            if (entry instanceof ConfigEntry.Cloud cloud) {
                Path clouds = target != null ? target : files.cloudsYaml();
                Path secure = options.secureYaml != null ? options.secureYaml
                        : target != null ? clouds.toAbsolutePath().resolveSibling("secure.yaml") : files.secureYaml();
                plan = UserFileMerge.planCloud(cloud, clouds, secure);
            } else {
                Path file = target != null ? target : switch (format) {
                    case AWS_CREDENTIALS -> files.awsCredentials();
                    case AWS_CONFIG, AWS_CONFIG_PROCESS -> files.awsConfig();
                    default -> files.rcloneConf();
                };
                plan = UserFileMerge.planIni(List.of(new UserFileMerge.IniTarget(file, (ConfigEntry.Ini) entry)));
            }
            if (plan.replacesAnEntry() && !command.force) {
                throw new CliFailure(ExitCodes.EXPORT_FAILED,
                        Message.of("cli.export.notAdded", String.join(", ", plan.replacements(messages))));
            }
            UserFileMerge.Applied applied = UserFileMerge.apply(plan, now);
            for (UserFileMerge.Change change : plan.changes()) {
                Path file = change.file().toAbsolutePath().normalize();
                command.err().println(applied.notOwnerOnly().contains(file)
                        ? messages.format(SavedFile.notOwnerOnly(file.toString()))
                        : messages.get(change.replaced().isEmpty() ? "cli.export.added" : "cli.export.replaced",
                                entry.name(), file.toString()));
            }
            applied.backups().forEach(backup -> command.err().println(messages.get("cli.export.backup", backup.toString())));
        } catch (SaveException e) {
            throw CliFailure.of(ExitCodes.EXPORT_FAILED, e);
        }
        return ExitCodes.OK;
    }

    /** The options that chose the portal, for a credential_process to choose the same one (never a key). */
    private static List<String> portalArguments(PortalOptions portal, CloudMcKeysCommand top) {
        List<String> arguments = new ArrayList<>();
        if (portal.demoData != null) {
            arguments.addAll(List.of("--demo-data", portal.demoData.toAbsolutePath().normalize().toString()));
        } else if (portal.demo) {
            arguments.add("--demo");
        } else if (top.portalName != null) {
            arguments.addAll(List.of("--portal", top.portalName.strip()));
        } else if (top.endpoint != null) {
            arguments.addAll(List.of("--endpoint", top.endpoint.strip()));
        }
        if (portal.apiKeyEnv != null) {
            arguments.addAll(List.of("--api-key-env", portal.apiKeyEnv.strip()));
        }
        return arguments;
    }

    /** $HOME when set (tests, and users who set it on purpose), else the JVM's idea of it. */
    private Path home() {
        String home = env.getOrDefault("HOME", "");
        return Path.of(home.isBlank() ? System.getProperty("user.home") : home);
    }
}
