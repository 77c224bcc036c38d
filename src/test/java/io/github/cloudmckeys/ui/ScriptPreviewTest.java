package io.github.cloudmckeys.ui;

import io.github.cloudmckeys.logging.SecretRedactor;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudmckeys.render.ShellDialect;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The preview: variables first, the header after, secrets masked unless revealed, a selection copying the script. */
class ScriptPreviewTest {
    private static final String SCRIPT = String.join("\n",
            "# OpenStack credentials for Keystone v3, password embedded: keep this file private.",
            "",
            "unset OS_CLOUD OS_TOKEN \\",
            "    OS_TRUST_ID",
            "",
            "export OS_AUTH_URL='https://auth.cloud.ca'",
            "export OS_USERNAME='system-ccontini-2925'",
            "export OS_PASSWORD='hunter2'",
            "");

    @Test
    void theVariablesComeFirstAndTheHeaderFollowsBehindANote() {
        String preview = ScriptPreview.of(SCRIPT, ShellDialect.POSIX, List.of(), "The script starts with:");
        assertThat(preview.split("\n")).containsExactly(
                "export OS_AUTH_URL='https://auth.cloud.ca'",
                "export OS_USERNAME='system-ccontini-2925'",
                "export OS_PASSWORD='hunter2'",
                "",
                "# The script starts with:",
                "# OpenStack credentials for Keystone v3, password embedded: keep this file private.",
                "",
                "unset OS_CLOUD OS_TOKEN \\",
                "    OS_TRUST_ID");
    }

    @Test
    void aHiddenSecretIsMaskedAndARevealedOneShown() {
        String hidden = ScriptPreview.of(SCRIPT, ShellDialect.POSIX, List.of("hunter2"), "note");
        assertThat(hidden).doesNotContain("hunter2").contains("export OS_PASSWORD='" + SecretRedactor.MASK + "'")
                .contains("export OS_USERNAME='system-ccontini-2925'");
        assertThat(ScriptPreview.of(SCRIPT, ShellDialect.POSIX, List.of(), "note")).contains("hunter2");
    }

    @Test
    void aSecretTheScriptHadToEscapeIsMaskedByItsVariableName() {
        String script = "export OS_USERNAME='u'\nexport OS_PASSWORD='it'\\''s'\n";
        String preview = ScriptPreview.of(script, ShellDialect.POSIX, List.of("it's"), "note");
        assertThat(preview).doesNotContain("it'\\''s").contains("OS_PASSWORD='" + SecretRedactor.MASK + "'")
                .contains("OS_USERNAME='u'");
    }

    @Test
    void aHiddenSecretTheScriptDoesNotUseLeavesARevealedPasswordShown() {
        // The S3 secret is hidden in the table but is no part of an openrc: the revealed password shows.
        String preview = ScriptPreview.of(SCRIPT, ShellDialect.POSIX, List.of("S3secretKey0123"), "note");
        assertThat(preview).contains("export OS_PASSWORD='hunter2'");
        assertThat(ScriptPreview.of(SCRIPT, ShellDialect.POSIX, List.of("not used, it's"), "note"))
                .contains("export OS_PASSWORD='" + SecretRedactor.MASK + "'");
    }

    @Test
    void eachShellsSettingLinesAreRecognized() {
        assertThat(ScriptPreview.setsVariable(ShellDialect.FISH, "set -gx OS_USERNAME 'u'")).isTrue();
        assertThat(ScriptPreview.setsVariable(ShellDialect.POWERSHELL, "$env:OS_USERNAME = 'u'")).isTrue();
        assertThat(ScriptPreview.setsVariable(ShellDialect.CMD, "set \"OS_USERNAME=u\"")).isTrue();
        assertThat(ScriptPreview.setsVariable(ShellDialect.CMD, "set \"OS_CLOUD=\"")).as("an unset").isFalse();
        assertThat(ScriptPreview.setsVariable(ShellDialect.POSIX, "# export OS_X=1")).isFalse();
    }

    @Test
    void aSelectionCopiesTheScriptsTextNotTheMask() {
        String shown = ScriptPreview.of(SCRIPT, ShellDialect.POSIX, List.of("hunter2"), "note");
        String real = ScriptPreview.of(SCRIPT, ShellDialect.POSIX, List.of(), "note");
        assertThat(ScriptPreview.unmasked(shown, real, 0, shown.length())).isEqualTo(real);
        int user = shown.indexOf("system-ccontini-2925");
        assertThat(ScriptPreview.unmasked(shown, real, user, user + 6)).isEqualTo("system");
        int password = shown.indexOf(SecretRedactor.MASK);
        assertThat(ScriptPreview.unmasked(shown, real, password, password + 2))
                .isEqualTo("export OS_PASSWORD='hunter2'");
    }
}
