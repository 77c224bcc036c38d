package io.github.cloudmckeys.render.script;

import io.github.cloudmckeys.render.ExportText;
import io.github.cloudmckeys.render.script.OpenRcPlan.PasswordPrompt;
import java.util.List;

/**
 * Windows cmd batch files: CRLF line ends, {@code @echo off} first, {@code set "NAME=…"}
 * quoted as {@link CmdQuoting} explains, {@code set "NAME="} to remove.
 *
 * <p>Encoding trade-off: cmd reads a batch file in the console's code page (437, 850, 932
 * …), not in UTF-8. A script holding any non-ASCII character therefore starts with
 * {@code chcp 65001 >nul}, and cmd reads the following lines as UTF-8 (Windows 10 and
 * later). The price is that the console stays on code page 65001 afterwards, which a few
 * old console programs display badly; the script says so and how to switch back. An
 * all-ASCII script does not touch the code page. Restoring the code page automatically
 * would mean parsing {@code chcp}'s localized output, which is more fragile than the
 * problem it solves.
 *
 * <p>Comments in another language than English do not change that: their words are folded
 * to ASCII ({@link ExportText}), so that a French script switches the code page exactly
 * when the English one does, because of the portal's own non-ASCII text, and never merely
 * because of an accent in a comment. A {@code rem} line is safe with any sanitized text:
 * {@link CmdQuoting#comment(String)} doubles {@code %} and keeps a final caret from
 * continuing the line, and cmd does not read {@code & | < >} after {@code rem}.
 *
 * <p>cmd cannot read input without echoing it, so it has no password prompt:
 * {@link ScriptExporter} refuses {@link PasswordMode#PROMPT} for cmd before this class
 * is reached.
 */
final class CmdSyntax implements DialectSyntax {

    private final ExportText text;

    CmdSyntax(ExportText text) {
        this.text = text;
    }

    @Override
    public String comment(String sanitizedText) {
        return CmdQuoting.comment(sanitizedText);
    }

    @Override
    public List<String> unset(List<String> variables) {
        return variables.stream().map(CmdQuoting::unsetCommand).toList();
    }

    @Override
    public String set(String variable, String value) {
        return CmdQuoting.setCommand(variable, value);
    }

    @Override
    public List<String> askPassword(PasswordPrompt prompt) {
        throw new IllegalStateException("cmd cannot hide typed input: there is no password prompt for cmd");
    }

    @Override
    public List<String> preamble(boolean nonAscii) {
        return nonAscii ? List.of("@echo off", "chcp 65001 >nul") : List.of("@echo off");
    }

    @Override
    public List<String> notes(OpenRcPlan plan, boolean nonAscii) {
        List<String> notes = new java.util.ArrayList<>();
        if (nonAscii) {
            notes.add(text.get("script.cmd.utf8"));
        }
        if (plan.assignments().stream().anyMatch(a -> a.value().indexOf('!') >= 0)) {
            notes.add(text.get("script.cmd.exclamationMark"));
        }
        return notes;
    }

    @Override
    public String lineSeparator() {
        return "\r\n";
    }
}
