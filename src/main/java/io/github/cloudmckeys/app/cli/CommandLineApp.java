package io.github.cloudmckeys.app.cli;

import io.github.cloudmckeys.session.InMemoryKeyStore;
import io.github.cloudmckeys.i18n.Language;
import io.github.cloudmckeys.i18n.Messages;
import io.github.cloudmckeys.logging.LiveSecrets;
import io.github.cloudmckeys.session.KeyStore;
import io.github.cloudmckeys.session.KeyStores;
import java.io.Console;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import picocli.CommandLine;

/** Runs the command line: chooses the language, parses, runs one subcommand, maps failures to exit codes. */
public final class CommandLineApp {
    /** picocli's help texts (its own key scheme, not MessageFormat): help.properties, help_fr.properties. */
    public static final String HELP_BUNDLE = "io.github.cloudmckeys.app.cli.help";

    private CommandLineApp() {}

    /**
     * @param env the process environment (injected so tests control it): the settings file's
     *     folder is found from its {@code XDG_CONFIG_HOME} or {@code HOME}
     * @return the exit code, see {@link ExitCodes}
     */
    public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        return run(args, env, System.in, System.console(), KeyStores::forThisSystem, out, err);
    }

    /**
     * @param in       where {@code login} reads a key when there is no terminal
     * @param console  the terminal, for reading a key without echo; null when there is none
     * @param keyStore the OS keyring's key store, made when a command first needs it
     */
    public static int run(String[] args, Map<String, String> env, InputStream in, Console console,
                          Supplier<KeyStore> keyStore, PrintStream out, PrintStream err) {
        CommandLineDesk desk = new CommandLineDesk(CommandLineDesk.settingsFor(env), keyStore, in, console);
        PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        try {
            return run(args, env, desk, outWriter, errWriter);
        } finally {
            outWriter.flush();
            errWriter.flush();
        }
    }

    private static int run(String[] args, Map<String, String> env, CommandLineDesk desk, PrintWriter out,
                           PrintWriter err) {
        Optional<String> asked = LanguageOption.find(args);
        Optional<Language> commandLine = asked.flatMap(Language::parse);
        Language language = Language.choose(commandLine,
                commandLine.isPresent() ? Optional.empty() : savedLanguage(env), Language.systemLocale());
        Messages messages = Messages.of(language);
        if (asked.isPresent() && commandLine.isEmpty()) {
            err.println(messages.get("cli.lang.unknown", asked.get()));
            return ExitCodes.USAGE;
        }
        CommandLine picocli = model(env, messages, desk, args)
                .setOut(out)
                .setErr(err)
                .setParameterExceptionHandler(new UsageErrors(messages, args))
                .setExecutionExceptionHandler((exception, cmd, parseResult) -> {
                    if (exception instanceof CliFailure failure) {
                        cmd.getErr().println(LiveSecrets.redact(failure.sentence(messages)));
                        return failure.exitCode();
                    }
                    throw exception;
                });
        // exec's own check says "put -- before COMMAND" for an option of COMMAND's given without it.
        CommandLine exec = picocli.getSubcommands().get("exec");
        if (exec != null) { // absent when another subcommand runs
            exec.setUnmatchedOptionsArePositionalParams(true);
        }
        return picocli.execute(args);
    }

    /**
     * The commands, options and help texts in the user's language, for running {@code args}: with only the
     * subcommand they run when they name one ({@link CloudMcKeysCommand#withSubcommandsFor}).
     */
    static CommandLine model(Map<String, String> env, Messages messages, CommandLineDesk desk, String[] args) {
        return new CloudMcKeysCommand(env, messages, desk).withSubcommandsFor(args)
                .setResourceBundle(helpBundle(messages.language()));
    }

    /** The whole model alone, to describe it (man page, completions): no settings, no keyring, no terminal. */
    static CommandLine model(Map<String, String> env, Messages messages) {
        return model(env, messages, new CommandLineDesk(Optional.empty(), InMemoryKeyStore::new, InputStream.nullInputStream(), null),
                new String[0]);
    }

    /** The help texts in {@code language}; never the JVM's default locale's. */
    static ResourceBundle helpBundle(Language language) {
        return ResourceBundle.getBundle(HELP_BUNDLE, language.locale(), CommandLineApp.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * The language chosen in the window's Preferences, from the settings file the environment
     * points to ({@code XDG_CONFIG_HOME}, else {@code HOME}); nothing when it points nowhere.
     */
    static Optional<Language> savedLanguage(Map<String, String> env) {
        return CommandLineDesk.settingsFor(env).flatMap(store -> store.load().language());
    }
}
