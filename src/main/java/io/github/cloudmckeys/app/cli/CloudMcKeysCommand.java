package io.github.cloudmckeys.app.cli;

import io.github.cloudmckeys.i18n.Messages;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The help texts of every command are in {@value CommandLineApp#HELP_BUNDLE}, English and French. */
@Command(name = "cloudmc-keys",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        subcommands = {ListCommand.class, ShowCommand.class, ExportCommand.class, CheckCommand.class, ExecCommand.class,
                CredentialProcessCommand.class, RolesCommand.class, LoginCommand.class, LogoutCommand.class,
                PortalsCommand.class, CompletionCommand.class})
final class CloudMcKeysCommand implements Callable<Integer> {
    final Map<String, String> env;
    /** The user's language, chosen before parsing (see {@link LanguageOption}). */
    final Messages messages;

    @Spec
    CommandSpec spec;

    /** Declared for the help and so that it parses before or after a subcommand; read by {@link LanguageOption}. */
    @Option(names = LanguageOption.NAME, paramLabel = "en|fr", scope = ScopeType.INHERIT)
    String language;

    /** {@code --endpoint URL}, before or after the subcommand. */
    @Option(names = "--endpoint", paramLabel = "URL", scope = ScopeType.INHERIT)
    String endpoint;

    /** {@code --portal NAME}, a remembered portal, before or after the subcommand. */
    @Option(names = "--portal", paramLabel = "NAME", scope = ScopeType.INHERIT)
    String portalName;

    /** The keyring, the settings file and the terminal. */
    final CommandLineDesk desk;

    CloudMcKeysCommand(Map<String, String> env, Messages messages, CommandLineDesk desk) {
        this.env = Map.copyOf(env);
        this.messages = Objects.requireNonNull(messages, "messages");
        this.desk = Objects.requireNonNull(desk, "desk");
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
