package io.github.cloudmckeys.app.cli;

import io.github.cloudmckeys.app.PortalSession;
import io.github.cloudmckeys.credentials.FieldLabels;
import io.github.cloudmckeys.credentials.ServiceCredentials;
import io.github.cloudmckeys.export.ConfigEntry;
import io.github.cloudmckeys.export.ConfigExporter;
import io.github.cloudmckeys.export.ConfigFormat;
import io.github.cloudmckeys.export.ConfigOptions;
import io.github.cloudmckeys.export.ConfigResult;
import io.github.cloudmckeys.export.EntryNames;
import io.github.cloudmckeys.export.ExportException;
import io.github.cloudmckeys.export.OwnerOnlyFileWriter;
import io.github.cloudmckeys.export.S3Defaults;
import io.github.cloudmckeys.export.SaveException;
import io.github.cloudmckeys.export.ToolConfigFiles;
import io.github.cloudmckeys.export.UserFileMerge;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
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

    ConfigExport(ExportCommand command) {
        this.command = command;
        this.options = command.config;
        this.env = command.parent.env;
    }

    int run(PortalSession session, ConfigFormat format) throws CliFailure {
        checkOptions(format);
        ServiceCredentials credentials = PortalCommand.credentials(session, command.service);
        Instant now = Clock.systemUTC().instant();
        String name = options.name != null ? options.name : EntryNames.defaultName(credentials);
        S3Defaults defaults = S3Defaults.fromEnvironment(env).overriddenBy(options.s3Endpoint, options.s3Region);
        ConfigResult result;
        try {
            result = ConfigExporter.export(credentials, format, new ConfigOptions(name, defaults,
                    options.secureYaml != null, now, session.portalHost()));
        } catch (ExportException e) {
            throw new CliFailure(ExitCodes.EXPORT_FAILED, e.getMessage());
        }
        if (!result.missing().isEmpty()) {
            FieldLabels labels = FieldLabels.load(Locale.getDefault());
            command.err().println("Warning: the portal gave no " + result.missing().stream().map(labels::labelFor)
                    .collect(Collectors.joining(", ")) + " for " + credentials.service().label()
                    + "; the file says what is missing.");
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
            throw new CliFailure(ExitCodes.USAGE, "--prompt-password is for the openrc scripts: " + format.cliName()
                    + " is read by its tool, which cannot ask; use --secure-yaml for clouds.yaml.");
        }
        if (options.secureYaml != null && format != ConfigFormat.CLOUDS_YAML) {
            throw new CliFailure(ExitCodes.USAGE, "--secure-yaml goes with --format clouds-yaml only.");
        }
        if (options.merge && !format.isMergeable()) {
            throw new CliFailure(ExitCodes.USAGE, format.cliName() + " is a script to source, not an entry to add"
                    + " to a file: leave out --merge (use -o FILE to save it).");
        }
    }

    private void write(Path file, String text) throws CliFailure {
        try {
            OwnerOnlyFileWriter.write(file, text, command.force ? OwnerOnlyFileWriter.IfExists.REPLACE
                    : OwnerOnlyFileWriter.IfExists.REFUSE);
        } catch (SaveException e) {
            String hint = e.kind() == SaveException.Kind.EXISTS ? " Use --force to replace it." : "";
            throw new CliFailure(ExitCodes.EXPORT_FAILED, e.getMessage() + hint);
        }
        command.err().println("Saved " + file.toAbsolutePath().normalize() + " (readable by you only).");
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
                    case AWS_CONFIG -> files.awsConfig();
                    default -> files.rcloneConf();
                };
                plan = UserFileMerge.planIni(List.of(new UserFileMerge.IniTarget(file, (ConfigEntry.Ini) entry)));
            }
            if (plan.replacesAnEntry() && !command.force) {
                throw new CliFailure(ExitCodes.EXPORT_FAILED, "Not added: " + String.join(", ", plan.replacements())
                        + " already exists. Use --force to replace it (the old file is kept as a backup).");
            }
            List<Path> backups = UserFileMerge.apply(plan, now);
            for (UserFileMerge.Change change : plan.changes()) {
                command.err().println((change.replaced().isEmpty() ? "Added " : "Replaced ") + "\"" + entry.name()
                        + "\" in " + change.file().toAbsolutePath().normalize() + " (readable by you only).");
            }
            backups.forEach(backup -> command.err().println("The previous version is in " + backup + "."));
        } catch (SaveException e) {
            throw new CliFailure(ExitCodes.EXPORT_FAILED, e.getMessage());
        }
        return ExitCodes.OK;
    }

    /** $HOME when set (tests, and users who set it on purpose), else the JVM's idea of it. */
    private Path home() {
        String home = env.getOrDefault("HOME", "");
        return Path.of(home.isBlank() ? System.getProperty("user.home") : home);
    }
}
