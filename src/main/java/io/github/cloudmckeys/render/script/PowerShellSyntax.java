package io.github.cloudmckeys.render.script;

import io.github.cloudmckeys.render.ExportText;
import io.github.cloudmckeys.render.script.OpenRcPlan.PasswordPrompt;
import java.util.List;

/**
 * Windows PowerShell 5.1 and PowerShell 7.
 *
 * <p>Encoding: Windows PowerShell 5.1 reads a script without a byte-order mark in the
 * system's ANSI code page, which would garble every non-ASCII character of a value. A
 * script holding any non-ASCII character therefore starts with U+FEFF, which UTF-8 writes
 * as the byte-order mark both versions recognize; an all-ASCII script has none. Pasting is
 * another matter: see {@link ExportResult#scriptForPasting()}.
 *
 * <p>The password is read with {@code Read-Host -AsSecureString} (not echoed) and turned
 * back into text by {@code NetworkCredential}, which works in 5.1 and 7 alike, in one
 * expression: no helper variable is left behind.
 */
final class PowerShellSyntax implements DialectSyntax {
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final ExportText text;

    PowerShellSyntax(ExportText text) {
        this.text = text;
    }

    @Override
    public List<String> unset(List<String> variables) {
        return variables.stream().map(PowerShellSyntax::remove).toList();
    }

    private static String remove(String variable) {
        return "Remove-Item Env:" + variable + " -ErrorAction SilentlyContinue";
    }

    @Override
    public String set(String variable, String value) {
        return "$env:" + variable + " = " + PowerShellQuoting.expression(value);
    }

    @Override
    public List<String> askPassword(PasswordPrompt prompt) {
        String variable = prompt.variable();
        return List.of(
                remove(variable),
                "$env:" + variable + " = [System.Net.NetworkCredential]::new('', (Read-Host -AsSecureString -Prompt "
                        + PowerShellQuoting.quote(prompt.promptText()) + ")).Password");
    }

    @Override
    public List<String> notes(OpenRcPlan plan, boolean nonAscii) {
        return List.of(text.get("script.powershell.executionPolicy"));
    }

    @Override
    public String finish(String text, boolean nonAscii) {
        return nonAscii ? BYTE_ORDER_MARK + text : text;
    }
}
