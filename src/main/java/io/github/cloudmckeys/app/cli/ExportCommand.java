package io.github.cloudmckeys.app.cli;

import io.github.cloudmckeys.session.CaFileInExports;
import io.github.cloudmckeys.session.PortalClient;
import io.github.cloudmckeys.credentials.FieldLabels;
import io.github.cloudmckeys.credentials.ServiceCredentials;
import io.github.cloudmckeys.files.OwnerOnlyFileWriter;
import io.github.cloudmckeys.files.SaveException;
import io.github.cloudmckeys.render.ExportException;
import io.github.cloudmckeys.render.script.ExportFormat;
import io.github.cloudmckeys.render.script.ExportOptions;
import io.github.cloudmckeys.render.script.ExportResult;
import io.github.cloudmckeys.files.SavedFile;
import io.github.cloudmckeys.render.script.PasswordMode;
import io.github.cloudmckeys.render.script.ScriptExporter;
import io.github.cloudmckeys.i18n.Message;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true)
final class ExportCommand extends PortalCommand {

    @Option(names = {"-s", "--service"}, required = true, paramLabel = "TEXT")
    String service;

    @Option(names = {"-f", "--format"}, defaultValue = "openrc-v3", paramLabel = "FORMAT",
            converter = FormatChoice.Converter.class)
    FormatChoice formatChoice;

    /** The openrc script format, once {@code --format} named one. */
    ExportFormat format;

    @Mixin
    ConfigExportOptions config;

    @Option(names = "--prompt-password")
    boolean promptPassword;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE")
    Path output;

    @Option(names = "--force")
    boolean force;

    @Override
    int run(PortalClient session) throws CliFailure {
        if (formatChoice.config().isPresent()) {
            return new ConfigExport(this).run(session, formatChoice.config().get());
        }
        format = formatChoice.script().orElseThrow();
        if (config.givenOption() != null) {
            throw new CliFailure(ExitCodes.USAGE,
                    Message.of("cli.export.configOptionWithScript", config.givenOption(), format.cliName()));
        }
        if (promptPassword && !format.supportsPasswordPrompt()) {
            throw new CliFailure(ExitCodes.USAGE,
                    Message.of("cli.export.noPasswordPrompt", format.cliName(), "powershell-" + versionSuffix()));
        }
        ServiceCredentials credentials = credentials(session, service);
        ExportOptions options = new ExportOptions(promptPassword ? PasswordMode.PROMPT : PasswordMode.EMBED,
                Clock.systemUTC().instant(), session.portalHost(), messages().language(),
                output == null || output.getFileName() == null ? "" : output.getFileName().toString(),
                CaFileInExports.forKeystone(session, credentials, format.identityVersion()));
        ExportResult result;
        try {
            result = ScriptExporter.export(credentials, format, options);
        } catch (ExportException e) {
            throw CliFailure.of(ExitCodes.EXPORT_FAILED, e);
        }
        if (!result.missing().isEmpty()) {
            FieldLabels labels = FieldLabels.load(messages().language().locale());
            err().println(messages().get("cli.export.missingInScript", result.missing().stream()
                    .map(labels::labelFor).collect(Collectors.joining(", ")), credentials.service().label()));
        }
        if (output == null) {
            out().print(result.script());
            return ExitCodes.OK;
        }
        SavedFile saved;
        try {
            saved = OwnerOnlyFileWriter.write(output, result.script(),
                    force ? OwnerOnlyFileWriter.IfExists.REPLACE : OwnerOnlyFileWriter.IfExists.REFUSE);
        } catch (SaveException e) {
            throw saveFailure(e, output);
        }
        if (saved.ownerOnly()) {
            err().println(messages().get("cli.export.savedScript", saved.file().toString(), usage(output)));
        } else {
            err().println(messages().format(SavedFile.notOwnerOnly(saved.file().toString())));
            err().println(messages().get("cli.export.useWith", usage(output)));
        }
        return ExitCodes.OK;
    }

    /**
     * A file that could not be written. One that exists gets the command line's own sentence
     * (the window's asks to "allow replacing it"; here that is --force).
     */
    static CliFailure saveFailure(SaveException e, Path file) {
        return e.kind() == SaveException.Kind.EXISTS
                ? new CliFailure(ExitCodes.EXPORT_FAILED, Message.of("cli.export.exists",
                        file.toAbsolutePath().normalize().toString()))
                : CliFailure.of(ExitCodes.EXPORT_FAILED, e);
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
