package io.github.cloudmckeys.app.cli;

import io.github.cloudmckeys.app.settings.XdgSettingsStore;
import io.github.cloudmckeys.i18n.Language;
import io.github.cloudmckeys.i18n.Messages;
import io.github.cloudmckeys.logging.LiveSecrets;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
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
        PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        try {
            return run(args, env, outWriter, errWriter);
        } finally {
            outWriter.flush();
            errWriter.flush();
        }
    }

    private static int run(String[] args, Map<String, String> env, PrintWriter out, PrintWriter err) {
        Optional<String> asked = LanguageOption.find(args);
        Optional<Language> commandLine = asked.flatMap(Language::parse);
        Language language = Language.choose(commandLine,
                commandLine.isPresent() ? Optional.empty() : savedLanguage(env), Language.systemLocale());
        Messages messages = Messages.of(language);
        if (asked.isPresent() && commandLine.isEmpty()) {
            err.println(messages.get("cli.lang.unknown", asked.get()));
            return ExitCodes.USAGE;
        }
        CommandLine picocli = new CloudMcKeysCommand(env, messages).withSubcommandsFor(args)
                .setOut(out)
                .setErr(err)
                .setResourceBundle(helpBundle(language))
                .setParameterExceptionHandler(new UsageErrors(messages, args))
                .setExecutionExceptionHandler((exception, cmd, parseResult) -> {
                    if (exception instanceof CliFailure failure) {
                        cmd.getErr().println(LiveSecrets.redact(failure.sentence(messages)));
                        return failure.exitCode();
                    }
                    throw exception;
                });
        return picocli.execute(args);
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
        String home = env.getOrDefault("HOME", "");
        String configHome = env.getOrDefault("XDG_CONFIG_HOME", "");
        if (home.isBlank() && configHome.isBlank()) {
            return Optional.empty();
        }
        try {
            Path userHome = Path.of(home.isBlank() ? System.getProperty("user.home") : home);
            return XdgSettingsStore.forEnvironment(env, userHome).load().language();
        } catch (InvalidPathException e) {
            return Optional.empty(); // a HOME that is no path: no settings to follow
        }
    }
}
