package io.github.cloudmckeys.render.script;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The rule that decides between skipping and failing a test whose shell is missing. */
class ShellsTest {

    @Test
    void aShellNamedInTheRequiredListMustBeThere() {
        assertThat(Shells.isRequired("fish", "bash,dash,zsh,ksh,fish")).isTrue();
        assertThat(Shells.isRequired("ksh", " bash , ksh ")).isTrue();
    }

    @Test
    void aShellNotNamedMaySkip() {
        assertThat(Shells.isRequired("fish", "bash,dash")).isFalse();
        assertThat(Shells.isRequired("fish", "")).isFalse();
        assertThat(Shells.isRequired("fish", null)).isFalse();
        assertThat(Shells.isRequired("fish", "fishy")).isFalse();
    }

    @Test
    void anInstalledShellIsFoundOnThePath() {
        assertThat(Shells.find("sh")).isPresent();
        assertThat(Shells.find("no-such-shell-cloudmc")).isEmpty();
    }
}
