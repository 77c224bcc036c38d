package io.github.cloudmckeys.render.script;

import io.github.cloudmckeys.render.ExportText;
import io.github.cloudmckeys.render.script.OpenRcPlan.PasswordPrompt;
import java.util.List;

/**
 * bash, zsh, dash and ksh: POSIX syntax only, so one file serves them all.
 *
 * <p>The password prompt runs in a command substitution: its helper variables and its
 * signal trap live and die in that subshell, so sourcing leaves nothing behind but the
 * OS_* variables, and every command that may fail sits in a condition, so a caller's
 * {@code set -eu} does not break sourcing. When stdin is a terminal, echo is turned off
 * before the prompt is shown (a password typed early must not be echoed either) and the
 * saved {@code stty -g} state is restored whether the read succeeds, fails (end of
 * input) or is interrupted. When stdin is not a terminal (a pipe, a file) the password is
 * read from it as is; a last line without a newline counts.
 */
final class PosixSyntax implements DialectSyntax {
    private static final int WIDTH = 100;

    private final ExportText text;

    PosixSyntax(ExportText text) {
        this.text = text;
    }

    @Override
    public List<String> unset(List<String> variables) {
        return DialectSyntax.wrapWords("unset", variables, WIDTH);
    }

    @Override
    public String set(String variable, String value) {
        return "export " + variable + "=" + PosixQuoting.quote(value);
    }

    @Override
    public List<String> askPassword(PasswordPrompt prompt) {
        String variable = prompt.variable();
        return List.of(
                "unset " + variable,
                "if " + variable + "=$(",
                "    cloudmc_tty=",
                "    if [ -t 0 ]; then",
                "        cloudmc_tty=$(stty -g) || cloudmc_tty=",
                "        trap 'if [ -n \"$cloudmc_tty\" ]; then stty \"$cloudmc_tty\"; fi; exit 130' HUP INT TERM",
                "        stty -echo || :",
                "    fi",
                "    printf '%s: ' " + PosixQuoting.quote(prompt.promptText()) + " >&2",
                "    cloudmc_password=",
                "    if IFS= read -r cloudmc_password || [ -n \"$cloudmc_password\" ]; then cloudmc_status=0;"
                        + " else cloudmc_status=1; fi",
                "    if [ -n \"$cloudmc_tty\" ]; then stty \"$cloudmc_tty\" || :; fi",
                "    printf '\\n' >&2",
                "    printf '%s' \"$cloudmc_password\"",
                "    exit \"$cloudmc_status\"",
                "); then",
                "    export " + variable,
                "else",
                "    unset " + variable,
                "    printf '%s\\n' " + PosixQuoting.quote(text.get("script.noPasswordRead", variable))
                        + " >&2",
                "fi");
    }
}
