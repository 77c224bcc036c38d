package io.github.cloudmckeys.render.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cloudmckeys.render.CommentText;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The quoting rules, one test each, named after the rule. POSIX and fish quoting are
 * also proven by the real shells ({@link QuotingInRealShellsTest}); PowerShell and cmd do
 * not run here, so these rules and the golden files are their proof.
 */
class QuotingRulesTest {

    @Test
    @DisplayName("POSIX: a value is one single-quoted word, taken literally")
    void posixSingleQuoted() {
        assertThat(PosixQuoting.quote("$HOME `id` \\ ! * ~ \"x\"\n\t")).isEqualTo("'$HOME `id` \\ ! * ~ \"x\"\n\t'");
    }

    @Test
    @DisplayName("POSIX: a single quote becomes '\\'' (close, escaped quote, reopen)")
    void posixQuote() {
        assertThat(PosixQuoting.quote("it's")).isEqualTo("'it'\\''s'");
        assertThat(PosixQuoting.quote("''")).isEqualTo("''\\'''\\'''");
    }

    @Test
    @DisplayName("POSIX: the empty value is ''")
    void posixEmpty() {
        assertThat(PosixQuoting.quote("")).isEqualTo("''");
    }

    @Test
    @DisplayName("POSIX: NUL cannot be quoted, and the error does not show the value")
    void posixNul() {
        assertThatThrownBy(() -> PosixQuoting.quote("secret\0x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("secret");
    }

    @Test
    @DisplayName("fish: a backslash is doubled inside single quotes")
    void fishBackslash() {
        assertThat(FishQuoting.quote("a\\b\\\\")).isEqualTo("'a\\\\b\\\\\\\\'");
    }

    @Test
    @DisplayName("fish: a single quote is escaped as \\'")
    void fishQuote() {
        assertThat(FishQuoting.quote("it's")).isEqualTo("'it\\'s'");
    }

    @Test
    @DisplayName("fish: $, wildcards, braces and newlines stay literal inside single quotes")
    void fishLiteral() {
        assertThat(FishQuoting.quote("$x * {a,b} (cmd)\n")).isEqualTo("'$x * {a,b} (cmd)\n'");
    }

    @Test
    @DisplayName("PowerShell: an apostrophe is doubled")
    void powerShellApostrophe() {
        assertThat(PowerShellQuoting.quote("O'Brien")).isEqualTo("'O''Brien'");
    }

    @Test
    @DisplayName("PowerShell: typographic quote U+2019 is doubled")
    void powerShellRightSingleQuote() {
        assertThat(PowerShellQuoting.quote("it\u2019s")).isEqualTo("'it\u2019\u2019s'");
    }

    @Test
    @DisplayName("PowerShell: typographic quotes U+2018, U+201A and U+201B are doubled too")
    void powerShellOtherSingleQuotes() {
        assertThat(PowerShellQuoting.quote("\u2018a\u201Ab\u201B"))
                .isEqualTo("'\u2018\u2018a\u201A\u201Ab\u201B\u201B'");
    }

    @Test
    @DisplayName("PowerShell: typographic double quotes U+201C and U+201D are left alone")
    void powerShellDoubleQuotes() {
        assertThat(PowerShellQuoting.quote("\u201Cx\u201D\"")).isEqualTo("'\u201Cx\u201D\"'");
    }

    @Test
    @DisplayName("PowerShell: $ and backtick are literal in a single-quoted string")
    void powerShellDollarAndBacktick() {
        assertThat(PowerShellQuoting.expression("$env:PATH `n $(Get-Date)"))
                .isEqualTo("'$env:PATH `n $(Get-Date)'");
    }

    @Test
    @DisplayName("PowerShell: CR and LF are written as \"`r\" and \"`n\" pieces joined with +")
    void powerShellLineBreaks() {
        assertThat(PowerShellQuoting.expression("a\r\nb\n")).isEqualTo("'a' + \"`r`n\" + 'b' + \"`n\"");
        assertThat(PowerShellQuoting.expression("\nx")).isEqualTo("\"`n\" + 'x'");
    }

    @Test
    @DisplayName("PowerShell: the empty value is ''")
    void powerShellEmpty() {
        assertThat(PowerShellQuoting.expression("")).isEqualTo("''");
    }

    @Test
    @DisplayName("cmd: percent doubles in a batch file")
    void cmdPercent() {
        assertThat(CmdQuoting.setCommand("X", "100%PATH%")).isEqualTo("set \"X=100%%PATH%%\"");
    }

    @Test
    @DisplayName("cmd: percent doubles outside quotes too")
    void cmdPercentOutsideQuotes() {
        assertThat(CmdQuoting.quotedBody("\"%")).isEqualTo("\"%%");
    }

    @Test
    @DisplayName("cmd: no caret inside the quotes of set \"NAME=value\"")
    void cmdNoCaretInsideQuotes() {
        assertThat(CmdQuoting.setCommand("X", "a^b&c|d<e>f(g)h")).isEqualTo("set \"X=a^b&c|d<e>f(g)h\"");
    }

    @Test
    @DisplayName("cmd: after an odd number of \" in the value, ^ & | < > ( ) get a caret")
    void cmdCaretOutsideQuotes() {
        assertThat(CmdQuoting.quotedBody("a\"^&|<>()")).isEqualTo("a\"^^^&^|^<^>^(^)");
    }

    @Test
    @DisplayName("cmd: after an even number of \" the value is inside quotes again: no caret")
    void cmdParityTracked() {
        assertThat(CmdQuoting.quotedBody("\"x\"&\"y&")).isEqualTo("\"x\"&\"y^&");
    }

    @Test
    @DisplayName("cmd: quotes themselves are written as they are (set keeps up to the last quote)")
    void cmdQuotesKept() {
        assertThat(CmdQuoting.setCommand("X", "\"")).isEqualTo("set \"X=\"\"");
    }

    @Test
    @DisplayName("cmd: ! is left as is (literal while delayed expansion is off)")
    void cmdBang() {
        assertThat(CmdQuoting.quotedBody("a!b!")).isEqualTo("a!b!");
    }

    @Test
    @DisplayName("cmd: a variable is removed with set \"NAME=\"")
    void cmdUnset() {
        assertThat(CmdQuoting.unsetCommand("OS_TOKEN")).isEqualTo("set \"OS_TOKEN=\"");
    }

    @Test
    @DisplayName("cmd: CR, LF and Ctrl-Z cannot be carried")
    void cmdLineBreaks() {
        assertThatThrownBy(() -> CmdQuoting.quotedBody("a\u001Ab")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CmdQuoting.quotedBody("a\nb")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CmdQuoting.quotedBody("a\rb")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("cmd: in a rem comment % doubles, so %~ cannot abort the script")
    void cmdCommentPercent() {
        assertThat(CmdQuoting.comment("100% %~dp0")).isEqualTo("rem 100%% %%~dp0");
    }

    @Test
    @DisplayName("cmd: a rem comment ending in a caret gets a space, so it cannot swallow the next line")
    void cmdCommentCaret() {
        assertThat(CmdQuoting.comment("a^")).isEqualTo("rem a^ ");
    }

    @Test
    @DisplayName("comments: newline, CR, NEL, tab and other controls become spaces")
    void commentsControls() {
        assertThat(CommentText.sanitize("a\nb\rc\u0085d\te\u0000f\u001Bg")).isEqualTo("a b c d e f g");
    }

    @Test
    @DisplayName("comments: Unicode line and paragraph separators become spaces")
    void commentsSeparators() {
        assertThat(CommentText.sanitize("a\u2028b\u2029c")).isEqualTo("a b c");
    }

    @Test
    @DisplayName("comments: bidirectional controls become spaces")
    void commentsBidi() {
        assertThat(CommentText.sanitize("a\u202Eb\u2066c\u200Fd")).isEqualTo("a b c d");
    }

    @Test
    @DisplayName("comments: non-ASCII letters and astral characters are kept, a lone surrogate becomes U+FFFD")
    void commentsUnicode() {
        assertThat(CommentText.sanitize("é中😀\uD800x")).isEqualTo("é中😀\uFFFDx");
    }
}
