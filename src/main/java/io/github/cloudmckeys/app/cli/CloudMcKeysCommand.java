package io.github.cloudmckeys.app.cli;

import io.github.cloudmckeys.i18n.Messages;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
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
    static final Map<String, Class<?>> SUBCOMMANDS = subcommands(
            ListCommand.class, ShowCommand.class, ExportCommand.class, CheckCommand.class);
    final Map<String, String> env;
    /** The user's language, chosen before parsing (see {@link LanguageOption}). */
    final Messages messages;

    @Spec
    CommandSpec spec;

    /** Declared for the help and so that it parses before or after a subcommand; read by {@link LanguageOption}. */
    @Option(names = LanguageOption.NAME, paramLabel = "en|fr", scope = ScopeType.INHERIT)
    String language;

    CloudMcKeysCommand(Map<String, String> env, Messages messages) {
        this.env = Map.copyOf(env);
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /**
     * The command line for {@code args}: with only the subcommand they name when they name one (the
     * first argument that is a subcommand's name), else with all of them, for the help and the
     * suggestions of a usage error.
     */
    CommandLine withSubcommandsFor(String[] args) {
        CommandLine commandLine = new CommandLine(this);
        Optional<String> named = Arrays.stream(args).filter(SUBCOMMANDS::containsKey).findFirst();
        SUBCOMMANDS.forEach((name, type) -> {
            if (named.isEmpty() || named.get().equals(name)) {
                commandLine.addSubcommand(name, type);
            }
        });
        return commandLine;
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
