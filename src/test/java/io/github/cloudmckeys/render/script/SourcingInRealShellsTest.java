package io.github.cloudmckeys.render.script;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudmckeys.credentials.FieldRole;
import io.github.cloudmckeys.credentials.IdentityVersion;
import io.github.cloudmckeys.i18n.Language;
import io.github.cloudmckeys.render.ShellDialect;
import io.github.cloudmckeys.render.config.GoldenFilesTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What sourcing does to a shell beyond setting the values: cleaning, and nothing else. */
class SourcingInRealShellsTest {
    private static final Map<String, String> POLLUTED_FOR_V3 = Map.of(
            "OS_TENANT_NAME", "old-tenant", "OS_TENANT_ID", "old-tenant-id", "ST_AUTH", "https://old/auth/v1.0",
            "ST_KEY", "old-key", "OS_CLOUD", "old-cloud", "OS_TOKEN", "old-token", "OS_PROJECT_ID", "old-project-id");
    private static final Map<String, String> POLLUTED_FOR_V2 = pollutedForV2();

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"bash", "dash", "zsh", "ksh", "fish"})
    void theV3ScriptCleansAPollutedEnvironment(String shell) throws Exception {
        Map<String, String> after = sourceAndReadEnv(shell, IdentityVersion.V3, POLLUTED_FOR_V3);
        assertThat(after).doesNotContainKeys(POLLUTED_FOR_V3.keySet().toArray(String[]::new));
        assertThat(after).containsEntry("OS_PROJECT_NAME", "system-ccontini").containsEntry("OS_USER_DOMAIN_ID", "default");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"bash", "dash", "zsh", "ksh", "fish"})
    void theV2ScriptLeavesNoDomainInterfaceOrAuthType(String shell) throws Exception {
        Map<String, String> after = sourceAndReadEnv(shell, IdentityVersion.V2_0, POLLUTED_FOR_V2);
        assertThat(after.keySet()).noneMatch(name -> name.contains("DOMAIN"))
                .doesNotContain("OS_INTERFACE", "OS_AUTH_TYPE", "OS_PROJECT_ID", "OS_CLOUD", "OS_TOKEN", "ST_AUTH");
        assertThat(after).containsEntry("OS_TENANT_NAME", "system-ccontini")
                .containsEntry("OS_AUTH_URL", "https://auth.cloud.ca/v2.0");
    }

    /**
     * Shell variables (names), traps and options are the same before and after sourcing
     * both an embedding and a prompting script, apart from OS_* and ST_*: no helper
     * variable is left behind, no trap or option is changed.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"bash", "dash", "zsh", "ksh", "fish"})
    void sourcingChangesNothingButTheOpenStackVariables(String shell) throws Exception {
        Path executable = Shells.require(shell);
        boolean fish = shell.equals("fish");
        ShellDialect dialect = fish ? ShellDialect.FISH : ShellDialect.POSIX;
        Path embed = write("embed", ExportFormat.of(dialect, IdentityVersion.V3), PasswordMode.EMBED);
        Path prompt = write("prompt", ExportFormat.of(dialect, IdentityVersion.V2_0), PasswordMode.PROMPT);
        String state = switch (shell) {
            case "bash" -> "compgen -v; trap -p; set +o; shopt; echo \"IFS=[$IFS]\"";
            case "zsh" -> "print -rl -- ${(k)parameters}; trap; setopt; echo \"IFS=[$IFS]\"";
            case "fish" -> "set -n; functions -n";
            default -> "set | sed -n 's/^\\([A-Za-z_][A-Za-z_0-9]*\\)=.*/\\1/p'; trap; set +o; echo \"IFS=[$IFS]\"";
        };
        String driver = String.join("\n",
                fish ? "" : "set -eu",
                capture(fish, state, "warm-up.txt"), // the capture itself may set a shell's internals once (ksh: _AST_FEATURES)
                capture(fish, state, "before.txt"),
                (fish ? "source " : ". ") + embed,
                capture(fish, state, "after-embed.txt"),
                (fish ? "source " : ". ") + prompt,
                capture(fish, state, "after-prompt.txt"),
                "") ;
        Path driverFile = dir.resolve("driver");
        Files.writeString(driverFile, driver);

        Shells.Result result = Shells.run(List.of(executable.toString(), driverFile.toString()), dir, Map.of(),
                "typed password\n".getBytes(StandardCharsets.UTF_8));

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        List<String> before = withoutOpenStack(dir.resolve("before.txt"));
        assertThat(before).as("the state was captured").isNotEmpty();
        assertThat(withoutOpenStack(dir.resolve("after-embed.txt"))).isEqualTo(before);
        assertThat(withoutOpenStack(dir.resolve("after-prompt.txt"))).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"bash", "dash", "zsh", "ksh"})
    void setEuInTheCallerDoesNotBreakSourcingEvenWhenNoPasswordCanBeRead(String shell) throws Exception {
        Path executable = Shells.require(shell);
        Path prompt = write("prompt", ExportFormat.OPENRC_V3, PasswordMode.PROMPT);
        Shells.Result result = Shells.run(List.of(executable.toString(), "-c",
                "set -eu; . " + prompt + "; echo \"sourced: ${OS_PASSWORD-unset} ${OS_USERNAME}\""),
                dir, Map.of("OS_PASSWORD", "from an earlier openrc"), new byte[0]);
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.out()).isEqualTo("sourced: unset system-ccontini-2925\n");
        assertThat(result.stderr()).endsWith("No password was read: OS_PASSWORD is not set.\n");
    }

    @Test
    void fishReportsAPasswordThatCannotBeReadAndLeavesItUnset() throws Exception {
        Path executable = Shells.require("fish");
        Path prompt = write("prompt", ExportFormat.FISH_V3, PasswordMode.PROMPT);
        Shells.Result result = Shells.run(List.of(executable.toString(), "-c",
                "source " + prompt + "; set -q OS_PASSWORD; and echo set; or echo unset"),
                dir, Map.of("OS_PASSWORD", "from an earlier openrc"), new byte[0]);
        assertThat(result.out()).isEqualTo("unset\n");
        assertThat(result.stderr()).isEqualTo("No password was read: OS_PASSWORD is not set.\n");
    }

    /**
     * The French script (accented comments, guillemets, non-breaking spaces, a French
     * prompt) sets exactly what the English one sets, for hostile values, both identity
     * versions and both password modes; the prompt is the French sentence.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"bash", "dash", "zsh", "ksh", "fish"})
    void aFrenchScriptSetsExactlyWhatTheEnglishOneSets(String shell) throws Exception {
        Path executable = Shells.require(shell);
        boolean fish = shell.equals("fish");
        ShellDialect dialect = fish ? ShellDialect.FISH : ShellDialect.POSIX;
        for (IdentityVersion version : IdentityVersion.values()) {
            for (PasswordMode mode : PasswordMode.values()) {
                ExportFormat format = ExportFormat.of(dialect, version);
                String described = shell + ", " + format.cliName() + ", " + mode;
                Shells.Result english = sourceHostile(executable, fish, format, mode, Language.ENGLISH);
                Shells.Result french = sourceHostile(executable, fish, format, mode, Language.FRENCH);
                assertThat(english.exitCode()).as(described + ": " + english.stderr()).isZero();
                assertThat(french.exitCode()).as(described + ": " + french.stderr()).isZero();
                Map<String, String> variables = Shells.openStackVariables(Shells.parseEnv(english.out()));
                assertThat(variables).as(described).containsEntry("OS_USERNAME", "José \"Pepe\" O'Brien");
                if (mode == PasswordMode.PROMPT) {
                    assertThat(variables).as(described).containsEntry("OS_PASSWORD", "mot de passe tapé");
                }
                assertThat(Shells.openStackVariables(Shells.parseEnv(french.out()))).as(described)
                        .isEqualTo(variables);
                if (mode == PasswordMode.PROMPT && !fish) {
                    assertThat(french.stderr()).as(described).isEqualTo("Mot de passe OpenStack de l’utilisateur"
                            + " «\u00a0José \"Pepe\" O'Brien\u00a0» dans le projet «\u00a0projet-été\u00a0»\u00a0: \n");
                } else if (!fish) {
                    assertThat(french.stderr()).as(described).isEmpty();
                }
            }
        }
    }

    private Shells.Result sourceHostile(Path executable, boolean fish, ExportFormat format, PasswordMode mode,
            Language language) throws Exception {
        Path file = dir.resolve(language.tag() + "-" + format.cliName() + "-" + mode + format.fileExtension());
        Files.writeString(file, ScriptExporter.export(GoldenFilesTest.hostile().build(), format,
                new ExportOptions(mode, Credentials.GENERATED_AT, Credentials.PORTAL_HOST, language)).script(),
                StandardCharsets.UTF_8);
        return Shells.run(List.of(executable.toString(), "-c", (fish ? "source " : "set -eu; . ") + file + "; env -0"),
                dir, POLLUTED_FOR_V3, "mot de passe tapé\n".getBytes(StandardCharsets.UTF_8));
    }

    private Map<String, String> sourceAndReadEnv(String shell, IdentityVersion version, Map<String, String> polluted)
            throws Exception {
        Path executable = Shells.require(shell);
        boolean fish = shell.equals("fish");
        Path script = write("openrc", ExportFormat.of(fish ? ShellDialect.FISH : ShellDialect.POSIX, version),
                PasswordMode.EMBED);
        Shells.Result result = Shells.run(List.of(executable.toString(), "-c",
                (fish ? "source " : ". ") + script + "; env -0"), dir, polluted, new byte[0]);
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stderr()).isEmpty();
        return Shells.openStackVariables(Shells.parseEnv(result.out()));
    }

    private Path write(String name, ExportFormat format, PasswordMode mode) throws Exception {
        Path file = dir.resolve(name + format.fileExtension());
        Files.writeString(file, Credentials.export(Credentials.ordinary().with(FieldRole.REGION, "r1").build(), format,
                mode).script());
        return file;
    }

    private static String capture(boolean fish, String commands, String file) {
        return fish ? "begin; " + commands + "; end > " + file : "{ " + commands + "; } > " + file;
    }

    private static List<String> withoutOpenStack(Path state) throws Exception {
        return Files.readAllLines(state).stream()
                .filter(line -> !line.matches("^(OS|ST)_[A-Z_]*$"))
                .toList();
    }

    private static Map<String, String> pollutedForV2() {
        Map<String, String> env = new TreeMap<>();
        for (String name : List.of("OS_USER_DOMAIN_ID", "OS_USER_DOMAIN_NAME", "OS_PROJECT_DOMAIN_ID",
                "OS_PROJECT_DOMAIN_NAME", "OS_DOMAIN_ID", "OS_DOMAIN_NAME", "OS_DEFAULT_DOMAIN", "OS_DEFAULT_DOMAIN_ID",
                "OS_DEFAULT_DOMAIN_NAME", "OS_INTERFACE", "OS_AUTH_TYPE", "OS_PROJECT_ID", "OS_CLOUD", "OS_TOKEN",
                "ST_AUTH")) {
            env.put(name, "v3-leftover");
        }
        return env;
    }
}
