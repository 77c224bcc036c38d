package io.github.cloudmckeys.render.script;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudmckeys.i18n.Language;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The prompting scripts on a real pseudo-terminal: the password typed after the prompt
 * appears is never echoed, lands in OS_PASSWORD, and the terminal's settings are the
 * same afterwards, also when the user ends the input (Ctrl-D) instead of typing.
 */
class PasswordPromptOnATerminalTest {
    private static final String TYPED = "s3cr3t 'x' \"y\" $z \\ é中😀 !";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"bash", "dash", "zsh", "ksh", "fish"})
    void theTypedPasswordIsSetAndNeverEchoed(String shell) throws Exception {
        try (Terminal terminal = start(shell)) {
            terminal.awaitScreenContains("in project \"system-ccontini\": ");
            terminal.type(TYPED + "\r");
            terminal.awaitScreenContains("DONE");
            assertThat(terminal.awaitExit()).isZero();
            assertThat(terminal.screen()).contains("TTY-RESTORED").doesNotContain("s3cr3t").doesNotContain("中");
        }
        assertThat(Files.readString(dir.resolve("typed.out"), StandardCharsets.UTF_8)).isEqualTo(TYPED);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"bash", "dash", "zsh", "ksh", "fish"})
    void endingTheInputLeavesThePasswordUnsetAndTheTerminalAsItWas(String shell) throws Exception {
        try (Terminal terminal = start(shell)) {
            terminal.awaitScreenContains("in project \"system-ccontini\": ");
            terminal.type("\u0004");
            terminal.awaitScreenContains("DONE");
            assertThat(terminal.awaitExit()).isZero();
            assertThat(terminal.screen()).contains("No password was read: OS_PASSWORD is not set.")
                    .contains("TTY-RESTORED");
        }
        assertThat(Files.readString(dir.resolve("typed.out"), StandardCharsets.UTF_8)).isEqualTo("(unset)");
    }

    /** A French script asks and fails in French, on the terminal too. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"bash", "dash", "zsh", "ksh", "fish"})
    void aFrenchScriptAsksAndFailsInFrench(String shell) throws Exception {
        try (Terminal terminal = start(shell, Language.FRENCH)) {
            terminal.awaitScreenContains("dans le projet «\u00a0system-ccontini\u00a0»\u00a0: ");
            terminal.type("\u0004");
            terminal.awaitScreenContains("DONE");
            assertThat(terminal.awaitExit()).isZero();
            assertThat(terminal.screen()).contains("Aucun mot de passe n’a été lu\u00a0: OS_PASSWORD n’est pas défini.")
                    .contains("TTY-RESTORED");
        }
        assertThat(Files.readString(dir.resolve("typed.out"), StandardCharsets.UTF_8)).isEqualTo("(unset)");
    }

    private Terminal start(String shell) throws Exception {
        return start(shell, Language.ENGLISH);
    }

    private Terminal start(String shell, Language language) throws Exception {
        Path script = Shells.require("script");
        Path executable = Shells.require(shell);
        boolean fish = shell.equals("fish");
        ExportFormat format = fish ? ExportFormat.FISH_V3 : ExportFormat.OPENRC_V3;
        Path openrc = dir.resolve("openrc" + format.fileExtension());
        Files.writeString(openrc, ScriptExporter.export(Credentials.ordinary().build(), format,
                Credentials.options(PasswordMode.PROMPT, language)).script(), StandardCharsets.UTF_8);
        String inner = fish
                ? "set before (stty -g); source " + openrc + "; set -q OS_PASSWORD; and printf '%s' \"$OS_PASSWORD\""
                        + " > typed.out; or printf '(unset)' > typed.out;"
                        + " test \"$before\" = (stty -g); and echo TTY-RESTORED; echo DONE"
                : "before=$(stty -g); . " + openrc + "; printf '%s' \"${OS_PASSWORD-(unset)}\" > typed.out;"
                        + " if [ \"$before\" = \"$(stty -g)\" ]; then echo TTY-RESTORED; fi; echo DONE";
        return Terminal.start(script, executable + " -c " + PosixQuoting.quote(inner), dir);
    }
}
