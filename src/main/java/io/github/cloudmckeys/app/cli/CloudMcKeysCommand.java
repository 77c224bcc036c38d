package io.github.cloudmckeys.app.cli;

import io.github.cloudmckeys.i18n.Messages;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The help texts of every command are in {@value CommandLineApp#HELP_BUNDLE}, English and French.
 * The subcommands are added by {@link #withSubcommandsFor}, not in the annotation: picocli reads
 * every declared subcommand's options by reflection before parsing, a tenth of a command's
 * start-up spent on commands that do not run (docs/benchmarks.md, command line).
 */
@Command(name = "cloudmc-keys",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class)
final class CloudMcKeysCommand implements Callable<Integer> {
    /** Every subcommand, in the order the help lists them. */
    static final Map<String, Class<?>> SUBCOMMANDS = subcommands(ListCommand.class, ShowCommand.class,
            ExportCommand.class, CheckCommand.class, ExecCommand.class, CredentialProcessCommand.class,
            RolesCommand.class, LoginCommand.class, LogoutCommand.class, PortalsCommand.class, CompletionCommand.class);
    /** The subcommands that describe the whole command line, so need every subcommand's model. */
    private static final Set<String> DESCRIBING_ALL = Set.of("completion");
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

    /**
     * The command line for {@code args}: with only the subcommand they name when they name one (the
     * first argument that is neither an option of this command nor its value), else with all of them,
     * for the help, the completions and the suggestions of a usage error.
     */
    CommandLine withSubcommandsFor(String[] args) {
        CommandLine commandLine = new CommandLine(this);
        Optional<String> named = subcommandNamed(commandLine.getCommandSpec(), args)
                .filter(name -> !DESCRIBING_ALL.contains(name));
        SUBCOMMANDS.forEach((name, type) -> {
            if (named.isEmpty() || named.get().equals(name)) {
                commandLine.addSubcommand(name, type);
            }
        });
        return commandLine;
    }

    /** The subcommand {@code args} run, as picocli will find it; empty when they name none. */
    private static Optional<String> subcommandNamed(CommandSpec top, String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (SUBCOMMANDS.containsKey(arg)) {
                return Optional.of(arg);
            }
            OptionSpec option = arg.startsWith("-") && !arg.contains("=") ? top.findOption(arg) : null;
            if (option != null && option.arity().max() > 0) {
                i++; // its value, which may be any word (a portal named "list")
            } else if (!arg.startsWith("-") || arg.equals("--")) {
                return Optional.empty(); // a word picocli reads as no subcommand: let it say so with every name known
            }
        }
        return Optional.empty();
    }

    private static Map<String, Class<?>> subcommands(Class<?>... types) {
        Map<String, Class<?>> byName = new LinkedHashMap<>();
        for (Class<?> type : types) {
            byName.put(type.getAnnotation(Command.class).name(), type);
        }
        return Collections.unmodifiableMap(byName);
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
