package io.github.cloudmckeys.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The help of the new commands, in English and in French, with exec's examples. */
class ExecHelpTest {
    private static final String NBSP = "\u00a0";

    @Test
    void execHelpShowsItsExamplesInBothLanguages() {
        CliRun english = CliRun.of(Map.of(), "exec", "--help");
        CliRun french = CliRun.of(Map.of(), "exec", "--help", "--lang", "fr");

        assertThat(english.exitCode()).isZero();
        assertThat(english.out()).startsWith("Usage: cloudmc-keys exec")
                .contains("Run COMMAND with one service's keys in its environment")
                .contains("Examples:", "cloudmc-keys exec --service prod -- openstack container list",
                        "cloudmc-keys exec --service prod --format aws -- aws s3 ls", "127 COMMAND not found");
        assertThat(french.out()).startsWith("Utilisation" + NBSP + ": cloudmc-keys exec")
                .contains("Lancer COMMAND avec les clés d'un service", "Exemples" + NBSP + ":",
                        "cloudmc-keys exec --service prod -- openstack container list", "127 COMMAND introuvable");
    }

    @Test
    void credentialProcessAndCompletionHaveTheirHelpInBothLanguages() {
        assertThat(CliRun.of(Map.of(), "credential-process", "--help").out())
                .contains("Print one service's S3 keys as the JSON an AWS credential_process gives");
        assertThat(CliRun.of(Map.of(), "credential-process", "--help", "--lang", "fr").out())
                .contains("Afficher les clés S3 d'un service");
        assertThat(CliRun.of(Map.of(), "completion", "--help", "--lang", "fr").out())
                .contains("Afficher le script de complétion pour bash, zsh ou fish");
        CliRun unknown = CliRun.of(Map.of(), "completion", "tcsh");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).startsWith("There is no completion for the shell \"tcsh\": use bash, zsh or fish.");
    }
}
