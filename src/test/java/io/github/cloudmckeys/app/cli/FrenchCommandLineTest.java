package io.github.cloudmckeys.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudmckeys.app.settings.XdgSettingsStore;
import io.github.cloudmckeys.i18n.Language;
import io.github.cloudmckeys.i18n.Messages;
import io.github.cloudmckeys.logging.SecretRedactor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line in French, run in-process against the embedded demo portal over real
 * HTTP: help, tables, failures and picocli's own parse errors, and how the language is chosen.
 */
class FrenchCommandLineTest {
    private static final String NBSP = "\u00a0";

    @TempDir
    Path config;

    record Run(int exitCode, String out, String err) {}

    private static Run run(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CommandLineApp.run(args, env,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Run run(String... args) {
        return run(Map.of(), args);
    }

    /** An environment whose settings file (under XDG_CONFIG_HOME) says this language. */
    private Map<String, String> savedLanguage(Language language) throws IOException {
        XdgSettingsStore store = new XdgSettingsStore(config.resolve(XdgSettingsStore.FOLDER_NAME));
        store.save(store.load().withLanguage(Optional.of(language)));
        return Map.of("XDG_CONFIG_HOME", config.toString());
    }

    @Test
    void theHelpOfASubcommandIsFrenchWithLangBeforeOrAfterIt() {
        Run before = run("--lang", "fr", "list", "--help");
        Run after = run("list", "--help", "--lang=fr");

        assertThat(before.exitCode()).isZero();
        assertThat(before.out()).startsWith("Utilisation" + NBSP + ": cloudmc-keys list")
                .contains("Lister vos services, un «" + NBSP + "Connexion / Environnement" + NBSP + "» par ligne.")
                .contains("Afficher cette aide et quitter.")
                .contains("Afficher aussi l'organisation et les identifiants")
                .contains("--lang=en|fr")
                .doesNotContain("Usage:").doesNotContain("Show this help message");
        assertThat(after).isEqualTo(before);
    }

    @Test
    void theMainHelpIsFrenchDownToItsHeadingsAndFooter() {
        Run help = run("--help", "--lang", "fr");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).startsWith("Utilisation" + NBSP + ": cloudmc-keys [-hV] [--endpoint=URL] [--lang=en|fr]")
                .contains("Commandes" + NBSP + ":")
                .contains("Environnement" + NBSP + ":")
                .contains("Codes de sortie" + NBSP + ":")
                .contains("ouvre la fenêtre, en français avec");
        for (String command : new String[] {"list", "show", "export", "check"}) {
            String text = run("--lang", "fr", command, "--help").out();
            // Help is wrapped at word breaks: none after an apostrophe ("d'" / "environnement").
            assertThat(text.lines()).as("%s --help", command).isNotEmpty()
                    .noneMatch(line -> line.endsWith("'") || line.endsWith("’"));
        }
    }

    @Test
    void englishHelpStaysAsItWas() {
        Run help = run("--lang", "en", "list", "--help");

        assertThat(help.out()).startsWith("Usage: cloudmc-keys list")
                .contains("List your services, one \"Connection / Environment\" a line.")
                .contains("Show this help message and exit.");
    }

    @Test
    void showLabelsItsRowsInFrench() {
        Run french = run("--lang", "fr", "show", "--demo", "--service", "Object Storage / ccontini");
        Run english = run("--lang", "en", "show", "--demo", "--service", "Object Storage / ccontini");

        assertThat(french.exitCode()).as(french.err()).isZero();
        assertThat(french.out()).contains("  Nom d’utilisateur ").contains("  Mot de passe ")
                .contains("  URL d’authentification ").contains(SecretRedactor.MASK)
                .doesNotContain("User name").doesNotContain("demo-Pa55w0rd!");
        assertThat(english.out()).contains("  User name ").contains("  Password ").doesNotContain("Mot de passe");
    }

    @Test
    void anUnknownOptionIsAFrenchSentenceAndExit2() {
        Run run = run("--lang", "fr", "list", "--bogus");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("Option inconnue --bogus" + NBSP + ": lancez `cloudmc-keys list --help`"
                + " pour voir les options.\n");
    }

    @Test
    void picocliErrorsOfEveryKindAreOurSentencesInFrench() {
        Run missing = run("--lang", "fr", "show", "--demo");
        Run noValue = run("--lang", "fr", "show", "--demo", "--service");
        Run twice = run("--lang", "fr", "show", "--demo", "-s", "a", "-s", "b");
        Run extra = run("--lang", "fr", "list", "--demo", "extra");
        Run format = run("--lang", "fr", "export", "--demo", "-s", "ccontini", "--format", "yaml");

        assertThat(List.of(missing, noValue, twice, extra, format)).allSatisfy(
                run -> assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.USAGE));
        assertThat(missing.err()).isEqualTo("L’option --service est obligatoire" + NBSP
                + ": lancez `cloudmc-keys show --help` pour voir comment l’utiliser.\n");
        assertThat(noValue.err()).startsWith("L’option --service demande une valeur" + NBSP + ":");
        assertThat(twice.err()).startsWith("L’option --service est donnée plus d’une fois");
        assertThat(extra.err()).startsWith("Argument inattendu «" + NBSP + "extra" + NBSP + "»");
        assertThat(format.err()).startsWith("Valeur non valide pour --format" + NBSP + ": format «" + NBSP + "yaml")
                .contains("rclone-s3");
    }

    @Test
    void failuresOfTheCommandsAreFrench() {
        Run notFound = run("--lang", "fr", "show", "--demo", "--service", "zzzzqqqq");
        Run ambiguous = run("--lang", "fr", "show", "--demo", "--service", "object");
        Run bothPortals = run("--lang", "fr", "list", "--demo", "--endpoint", "https://portal.example.com/api/v2");
        Run noKey = run(Map.of("CLOUDMC_ENDPOINT", "https://portal.example.com/api/v2"), "list", "--lang", "fr");

        assertThat(notFound.exitCode()).isEqualTo(ExitCodes.SERVICE_NOT_FOUND);
        assertThat(notFound.err()).startsWith("Aucun service ne correspond à «" + NBSP + "zzzzqqqq" + NBSP + "».");
        assertThat(ambiguous.exitCode()).isEqualTo(ExitCodes.SERVICE_NOT_FOUND);
        assertThat(ambiguous.err()).startsWith("«" + NBSP + "object" + NBSP + "» correspond à 4 services; nommez-en un"
                + " seul" + NBSP + ":").contains("  Object Storage / ccontini");
        assertThat(bothPortals.err()).isEqualTo("--demo et --endpoint ne peuvent pas être utilisés ensemble" + NBSP
                + ": choisissez un seul portail.\n");
        assertThat(noKey.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(noKey.err()).startsWith("Aucune clé d’API" + NBSP + ": placez dans CLOUDMC_API_KEY");
    }

    @Test
    void aLanguageTheAppDoesNotSpeakIsRefused() {
        Run german = run("--lang", "de", "list", "--demo");
        Run equals = run("list", "--demo", "--lang=xx");

        assertThat(german.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(german.out()).isEmpty();
        assertThat(german.err()).isEqualTo(Messages.of(Language.of(Language.systemLocale()))
                .get("cli.lang.unknown", "de") + "\n");
        assertThat(german.err()).contains("de").contains("--lang en").contains("--lang fr");
        assertThat(equals.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(equals.err()).contains("xx");
    }

    @Test
    void aRegionalTagIsTakenForItsLanguage() {
        Run run = run("--lang", "fr_CA", "show", "--demo", "--service", "Object Storage / ccontini");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Mot de passe");
    }

    @Test
    void theSavedLanguageIsFollowedAndLangWinsOverIt() throws IOException {
        Map<String, String> french = savedLanguage(Language.FRENCH);

        assertThat(run(french, "list", "--bogus").err()).startsWith("Option inconnue --bogus");
        assertThat(run(french, "--lang", "en", "list", "--bogus").err()).startsWith("Unknown option --bogus");
        assertThat(run(savedLanguage(Language.ENGLISH), "list", "--bogus").err()).startsWith("Unknown option --bogus");
    }

    @Test
    void withoutLangOrSettingTheSystemLanguageSpeaks() {
        Language system = Language.of(Language.systemLocale());

        Run run = run(Map.of("XDG_CONFIG_HOME", config.toString()), "list", "--bogus");

        assertThat(run.err()).isEqualTo(Messages.of(system).get("cli.usage.unknownOption", "--bogus",
                "cloudmc-keys list") + "\n");
    }

    @Test
    void langIsFoundWhereverItStandsButNotAfterDoubleDash() {
        assertThat(LanguageOption.find(new String[] {"list", "--lang", "fr"})).contains("fr");
        assertThat(LanguageOption.find(new String[] {"--lang=en", "show", "--lang", "fr_CA"})).contains("fr_CA");
        assertThat(LanguageOption.find(new String[] {"list", "--", "--lang", "fr"})).isEmpty();
        assertThat(LanguageOption.find(new String[] {"list", "--lang"})).isEmpty();
        assertThat(LanguageOption.find(new String[] {"list"})).isEmpty();
    }

    @Test
    void onlyLangOpensTheWindow() {
        assertThat(LanguageOption.onlyLanguage(new String[] {"--lang", "fr"})).isTrue();
        assertThat(LanguageOption.onlyLanguage(new String[] {"--lang=fr"})).isTrue();
        assertThat(LanguageOption.onlyLanguage(new String[] {})).isFalse();
        assertThat(LanguageOption.onlyLanguage(new String[] {"--lang"})).isFalse();
        assertThat(LanguageOption.onlyLanguage(new String[] {"--lang", "fr", "list"})).isFalse();
        assertThat(LanguageOption.onlyLanguage(new String[] {"list", "--lang=fr"})).isFalse();
    }

    @Test
    void theSettingsFileIsWhereTheEnvironmentSaysAndNowhereElse() throws IOException {
        assertThat(CommandLineApp.savedLanguage(Map.of())).isEmpty();
        assertThat(CommandLineApp.savedLanguage(savedLanguage(Language.FRENCH))).contains(Language.FRENCH);
        Path home = Files.createDirectories(config.resolve("home"));
        XdgSettingsStore atHome = XdgSettingsStore.forEnvironment(Map.of(), home);
        atHome.save(atHome.load().withLanguage(Optional.of(Language.FRENCH)));
        assertThat(CommandLineApp.savedLanguage(Map.of("HOME", home.toString()))).contains(Language.FRENCH);
    }
}
