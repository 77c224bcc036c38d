package io.github.cloudmckeys.render.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cloudmckeys.credentials.FieldRole;
import io.github.cloudmckeys.render.ExportException;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What a dialect cannot carry is refused with a message naming the variable, never the value. */
class DialectLimitsTest {
    private static final String PASSWORD = "hunter2-s3cret";

    private static String posix(Credentials credentials) throws ExportException {
        return Credentials.export(credentials.build(), ExportFormat.OPENRC_V3, PasswordMode.EMBED).script();
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    @DisplayName("A NUL in a value is refused, naming the variable and never the value")
    void nul(ExportFormat format) {
        Credentials credentials = Credentials.ordinary().with(FieldRole.PASSWORD, PASSWORD + "\0tail");
        assertThatThrownBy(() -> Credentials.export(credentials.build(), format, PasswordMode.EMBED))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining("OS_PASSWORD").hasMessageContaining("NUL")
                .hasMessageNotContaining(PASSWORD).hasMessageNotContaining("tail");
    }

    @Test
    void halfASurrogatePairIsRefused() {
        Credentials credentials = Credentials.ordinary().with(FieldRole.PROJECT_NAME, "proj\uD800");
        assertThatThrownBy(() -> posix(credentials))
                .isInstanceOf(ExportException.class).hasMessageContaining("OS_PROJECT_NAME")
                .hasMessageNotContaining("proj");
    }

    @Test
    @DisplayName("cmd cannot carry a line break: refused, naming the variable, other dialects write it")
    void cmdLineBreak() throws Exception {
        Credentials credentials = Credentials.ordinary().with(FieldRole.PASSWORD, PASSWORD + "\nsecond line");
        for (ExportFormat cmd : List.of(ExportFormat.CMD_V3, ExportFormat.CMD_V2)) {
            assertThatThrownBy(() -> Credentials.export(credentials.build(), cmd, PasswordMode.EMBED))
                    .isInstanceOf(ExportException.class).hasMessageContaining("OS_PASSWORD")
                    .hasMessageContaining("line break").hasMessageNotContaining(PASSWORD);
        }
        assertThat(Credentials.export(credentials.build(), ExportFormat.POWERSHELL_V3, PasswordMode.EMBED).script())
                .contains("$env:OS_PASSWORD = 'hunter2-s3cret' + \"`n\" + 'second line'");
    }

    @Test
    @DisplayName("cmd: a value longer than a batch line is refused")
    void cmdTooLong() {
        Credentials credentials = Credentials.ordinary().with(FieldRole.PASSWORD, "%".repeat(4100));
        assertThatThrownBy(() -> Credentials.export(credentials.build(), ExportFormat.CMD_V3, PasswordMode.EMBED))
                .isInstanceOf(ExportException.class).hasMessageContaining("OS_PASSWORD").hasMessageContaining("8191")
                .hasMessageNotContaining("%%");
    }

    @Test
    @DisplayName("cmd cannot hide typed input: no password prompt for cmd")
    void cmdPrompt() {
        for (ExportFormat cmd : List.of(ExportFormat.CMD_V3, ExportFormat.CMD_V2)) {
            assertThatThrownBy(() -> Credentials.export(Credentials.ordinary().build(), cmd, PasswordMode.PROMPT))
                    .isInstanceOf(ExportException.class)
                    .hasMessageContaining("cmd cannot hide typed input").hasMessageContaining("PowerShell");
        }
    }

    @Test
    @DisplayName("cmd: a value with ! is noted in a comment; an ASCII script leaves the code page alone")
    void cmdBangAndCodePage() throws Exception {
        String bang = Credentials.export(Credentials.ordinary().with(FieldRole.PASSWORD, "a!b").build(),
                ExportFormat.CMD_V3, PasswordMode.EMBED).script();
        assertThat(bang).contains("delayed expansion off").doesNotContain("chcp").startsWith("@echo off\r\n");
        assertThat(bang.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        String utf8 = Credentials.export(Credentials.ordinary().with(FieldRole.PASSWORD, "é").build(),
                ExportFormat.CMD_V3, PasswordMode.EMBED).script();
        assertThat(utf8).startsWith("@echo off\r\nchcp 65001 >nul\r\n");
    }

    @Test
    void aPowerShellScriptWithNonAsciiTextStartsWithAByteOrderMark() throws Exception {
        ExportResult ascii = Credentials.export(Credentials.ordinary().build(), ExportFormat.POWERSHELL_V3,
                PasswordMode.EMBED);
        assertThat(ascii.script()).startsWith("# ");
        assertThat(ascii.scriptForPasting()).isEqualTo(ascii.script());
        ExportResult utf8 = Credentials.export(Credentials.ordinary().with(FieldRole.PASSWORD, "café").build(),
                ExportFormat.POWERSHELL_V3, PasswordMode.EMBED);
        assertThat(utf8.script()).startsWith("\uFEFF# ");
        assertThat(utf8.scriptForPasting()).isEqualTo(utf8.script().substring(1)).startsWith("# ");
    }
}
