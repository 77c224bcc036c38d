package io.github.cloudmckeys.render.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cloudmckeys.credentials.IdentityVersion;
import io.github.cloudmckeys.render.ShellDialect;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ExportFormatTest {

    @Test
    void eachFormatHasItsCliNameDialectVersionAndExtension() {
        assertThat(Arrays.stream(ExportFormat.values()).map(ExportFormat::cliName)).containsExactly(
                "openrc-v3", "openrc-v2", "fish-v3", "fish-v2", "powershell-v3", "powershell-v2", "cmd-v3", "cmd-v2");
        assertThat(ExportFormat.OPENRC_V2.dialect()).isEqualTo(ShellDialect.POSIX);
        assertThat(ExportFormat.OPENRC_V2.identityVersion()).isEqualTo(IdentityVersion.V2_0);
        assertThat(ExportFormat.OPENRC_V3.fileExtension()).isEqualTo(".sh");
        assertThat(ExportFormat.FISH_V2.fileExtension()).isEqualTo(".fish");
        assertThat(ExportFormat.POWERSHELL_V3.fileExtension()).isEqualTo(".ps1");
        assertThat(ExportFormat.CMD_V2.fileExtension()).isEqualTo(".cmd");
        assertThat(ExportFormat.CMD_V2.suggestedFileName()).isEqualTo("openrc-v2.cmd");
        assertThat(ExportFormat.FISH_V3.suggestedFileName()).isEqualTo("openrc-v3.fish");
    }

    @Test
    void onlyCmdCannotPromptForThePassword() {
        assertThat(Arrays.stream(ExportFormat.values()).filter(f -> !f.supportsPasswordPrompt()))
                .containsExactly(ExportFormat.CMD_V3, ExportFormat.CMD_V2);
    }

    @Test
    void everyDialectAndVersionPairHasExactlyItsFormat() {
        for (ShellDialect dialect : ShellDialect.values()) {
            for (IdentityVersion version : IdentityVersion.values()) {
                ExportFormat format = ExportFormat.of(dialect, version);
                assertThat(format.dialect()).isEqualTo(dialect);
                assertThat(format.identityVersion()).isEqualTo(version);
            }
        }
    }

    @Test
    void aCliNameFindsItsFormatExactly() {
        for (ExportFormat format : ExportFormat.values()) {
            assertThat(ExportFormat.byCliName(format.cliName())).contains(format);
        }
        assertThat(ExportFormat.byCliName("OPENRC-V3")).isEmpty();
        assertThat(ExportFormat.byCliName("openrc")).isEmpty();
        assertThat(ExportFormat.byCliName(null)).isEmpty();
    }

    @Test
    void displayNames() {
        assertThat(Arrays.stream(ShellDialect.values()).map(ShellDialect::displayName))
                .containsExactly("bash/zsh", "fish", "PowerShell", "cmd");
        assertThat(IdentityVersion.V3.displayName()).isEqualTo("Keystone v3");
        assertThat(IdentityVersion.V2_0.displayName()).isEqualTo("Keystone v2.0 (deprecated)");
    }

    @Test
    void optionsNeedAModeAndATimeButNotAPortalHost() {
        assertThat(new ExportOptions(PasswordMode.EMBED, Instant.EPOCH, null).portalHost()).isEmpty();
        assertThatThrownBy(() -> new ExportOptions(null, Instant.EPOCH, "h")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ExportOptions(PasswordMode.EMBED, null, "h"))
                .isInstanceOf(NullPointerException.class);
    }
}
