package io.github.cloudmckeys.app.cli;

import io.github.cloudmckeys.session.PortalClient;
import io.github.cloudmckeys.credentials.ServiceCredentials;
import io.github.cloudmckeys.render.config.EnvironmentChange;
import io.github.cloudmckeys.render.config.EnvironmentPlans;
import io.github.cloudmckeys.render.ExportException;
import io.github.cloudmckeys.credentials.IdentityVersion;
import io.github.cloudmckeys.render.config.S3Defaults;
import io.github.cloudmckeys.i18n.Language;
import io.github.cloudmckeys.i18n.Message;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code exec --service S [--format F] -- COMMAND [ARGS...]}: runs COMMAND with the caller's
 * environment as the matching script would leave it once sourced ({@link EnvironmentPlans}),
 * and nothing written anywhere. The portal is asked and closed before COMMAND starts; from
 * then on the exit code is COMMAND's.
 */
@Command(name = "exec", mixinStandardHelpOptions = true)
final class ExecCommand extends PortalCommand {
    static final String END_OF_OPTIONS = "--";

    @Option(names = {"-s", "--service"}, required = true, paramLabel = "TEXT")
    String service;

    @Option(names = {"-f", "--format"}, defaultValue = "openrc-v3", paramLabel = "FORMAT",
            converter = ExecFormat.Converter.class, completionCandidates = ExecFormat.Names.class)
    ExecFormat format;

    /** Checked against the line itself (see {@link #command()}): only what follows {@code --} is COMMAND. */
    @Parameters(paramLabel = "COMMAND", arity = "0..*", descriptionKey = "command")
    List<String> positional;

    private List<String> command;
    private EnvironmentChange change;

    @Override
    void checkBeforePortal() throws CliFailure {
        command = command();
        ChildCommand.checkRunnable(command.get(0), parent.env);
    }

    @Override
    int run(PortalClient session) throws CliFailure {
        change = change(credentials(session, service), parent.env);
        return ExitCodes.OK;
    }

    @Override
    int afterPortal(int code) throws CliFailure {
        List<String> replaced = change.replacedIn(parent.env);
        if (!replaced.isEmpty()) {
            err().println(messages().get("cli.exec.replaced", String.join(", ", replaced)));
        }
        err().flush();
        return ChildCommand.run(command, change.applyTo(parent.env));
    }

    private EnvironmentChange change(ServiceCredentials credentials, Map<String, String> caller) throws CliFailure {
        Language language = messages().language();
        try {
            return switch (format) {
                case OPENRC_V3 -> EnvironmentPlans.openRc(credentials, IdentityVersion.V3, language);
                case OPENRC_V2 -> EnvironmentPlans.openRc(credentials, IdentityVersion.V2_0, language);
                case AWS -> EnvironmentPlans.s3(credentials, S3Defaults.fromEnvironment(caller), language);
            };
        } catch (ExportException e) {
            throw CliFailure.of(ExitCodes.EXPORT_FAILED, e);
        }
    }

    /**
     * COMMAND and its arguments: everything after the first {@code --}, exactly as typed. Without
     * {@code --}, or with something before it that is no option of exec's, a usage error.
     */
    private List<String> command() throws CliFailure {
        List<String> line = spec.commandLine().getParseResult().originalArgs();
        int end = line.indexOf(END_OF_OPTIONS);
        List<String> given = positional == null ? List.of() : positional;
        if (end < 0) {
            throw new CliFailure(ExitCodes.USAGE, given.isEmpty() ? Message.of("cli.exec.noCommand")
                    : Message.of("cli.exec.noDoubleDash", given.get(0)));
        }
        List<String> after = line.subList(end + 1, line.size());
        if (given.size() > after.size()) {
            String stray = given.get(0);
            throw new CliFailure(ExitCodes.USAGE, Message.of(stray.startsWith("-") ? "cli.usage.unknownOption"
                    : "cli.usage.unexpectedArgument", stray, spec.qualifiedName()));
        }
        if (after.isEmpty()) {
            throw new CliFailure(ExitCodes.USAGE, Message.of("cli.exec.noCommand"));
        }
        return List.copyOf(after);
    }
}
