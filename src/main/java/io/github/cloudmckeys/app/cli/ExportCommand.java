package io.github.cloudmckeys.app.cli;

import io.github.cloudmckeys.app.PortalSession;
import io.github.cloudmckeys.credentials.FieldLabels;
import io.github.cloudmckeys.credentials.ServiceCredentials;
import io.github.cloudmckeys.export.ExportException;
import io.github.cloudmckeys.export.ExportFormat;
import io.github.cloudmckeys.export.ExportOptions;
import io.github.cloudmckeys.export.ExportResult;
import io.github.cloudmckeys.export.OwnerOnlyFileWriter;
import io.github.cloudmckeys.export.PasswordMode;
import io.github.cloudmckeys.export.SaveException;
import io.github.cloudmckeys.export.ScriptExporter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write one service's keys as a script to source (stdout, or a file with -o).")
final class ExportCommand extends PortalCommand {

    @Option(names = {"-s", "--service"}, required = true, paramLabel = "TEXT",
            description = "The service, as for `show`.")
    String service;

    @Option(names = {"-f", "--format"}, defaultValue = "openrc-v3", paramLabel = "FORMAT",
            converter = FormatChoice.Converter.class,
            description = "openrc-v3 (default), openrc-v2, fish-v3, fish-v2, powershell-v3, powershell-v2,"
                    + " cmd-v3 or cmd-v2; or a file for another tool: clouds-yaml, aws-credentials, aws-config,"
                    + " s3-env-sh, s3-env-fish, s3-env-powershell, s3-env-cmd, rclone-swift, rclone-s3.")
    FormatChoice formatChoice;

    /** The openrc script format, once {@code --format} named one. */
    ExportFormat format;

    @Mixin
    ConfigExportOptions config;

    @Option(names = "--prompt-password",
            description = "Ask for the password when the script is sourced instead of writing it in the script.")
    boolean promptPassword;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (owner-only, atomically) instead of stdout.")
    Path output;

    @Option(names = "--force", description = "Replace FILE if it exists (never a symbolic link).")
    boolean force;

    @Override
    int run(PortalSession session) throws CliFailure {
        if (formatChoice.config().isPresent()) {
            return new ConfigExport(this).run(session, formatChoice.config().get());
        }
        format = formatChoice.script().orElseThrow();
        if (config.givenOption() != null) {
            throw new CliFailure(ExitCodes.USAGE, config.givenOption() + " goes with the formats for other tools"
                    + " (clouds-yaml, aws-*, s3-env-*, rclone-*), not with " + format.cliName() + ".");
        }
        if (promptPassword && !format.supportsPasswordPrompt()) {
            throw new CliFailure(ExitCodes.USAGE, "cmd cannot hide a typed password, so " + format.cliName()
                    + " has no --prompt-password: leave it out, or use powershell-" + versionSuffix() + ".");
        }
        ServiceCredentials credentials = credentials(session, service);
        ExportOptions options = new ExportOptions(promptPassword ? PasswordMode.PROMPT : PasswordMode.EMBED,
                Clock.systemUTC().instant(), session.portalHost());
        ExportResult result;
        try {
            result = ScriptExporter.export(credentials, format, options);
        } catch (ExportException e) {
            throw new CliFailure(ExitCodes.EXPORT_FAILED, e.getMessage());
        }
        if (!result.missing().isEmpty()) {
            FieldLabels labels = FieldLabels.load(Locale.getDefault());
            err().println("Warning: the portal gave no " + result.missing().stream().map(labels::labelFor)
                    .collect(Collectors.joining(", ")) + " for " + credentials.service().label()
                    + "; the script says what is missing.");
        }
        if (output == null) {
            out().print(result.script());
            return ExitCodes.OK;
        }
        try {
            OwnerOnlyFileWriter.write(output, result.script(),
                    force ? OwnerOnlyFileWriter.IfExists.REPLACE : OwnerOnlyFileWriter.IfExists.REFUSE);
        } catch (SaveException e) {
            String hint = e.kind() == SaveException.Kind.EXISTS ? " Use --force to replace it." : "";
            throw new CliFailure(ExitCodes.EXPORT_FAILED, e.getMessage() + hint);
        }
        err().println("Saved " + output.toAbsolutePath().normalize() + " (readable by you only). Use it with: "
                + usage(output));
        return ExitCodes.OK;
    }

    private String versionSuffix() {
        return format.cliName().substring(format.cliName().lastIndexOf('-') + 1);
    }

    private String usage(Path file) {
        String name = file.toString();
        return switch (format.dialect()) {
            case POSIX -> ". " + (file.isAbsolute() || name.startsWith(".") ? name : "./" + name);
            case FISH -> "source " + name;
            case POWERSHELL -> ". " + (file.isAbsolute() || name.startsWith(".") ? name : ".\\" + name);
            case CMD -> "call " + name;
        };
    }
}
