package io.github.cloudmckeys.render.script;

import io.github.cloudmckeys.render.ExportText;
import io.github.cloudmckeys.render.script.OpenRcPlan.PasswordPrompt;
import java.util.List;

/**
 * fish 3. Variables are set and erased in the global scope ({@code set -gx},
 * {@code set -e -g}; erasing one that is not set only returns status 4, silently).
 * {@code read --silent} does not echo the password on a terminal and reads a pipe as is.
 *
 * <p>Universal variables ({@code set -U}) are left alone: erasing one would change every
 * fish session of the user, for good. A universal {@code OS_*} variable that this script
 * sets is shadowed by the global one; one it removes stays visible.
 *
 * <p>A limitation of fish itself (3.6): its {@code read} turns the private-use characters
 * U+F600–U+F6FF, which fish uses internally to stand for undecodable bytes, into those
 * bytes. A password holding one of them must be embedded rather than typed at the
 * prompt; embedded values are not affected.
 */
final class FishSyntax implements DialectSyntax {
    private static final int WIDTH = 100;

    private final ExportText text;

    FishSyntax(ExportText text) {
        this.text = text;
    }

    @Override
    public List<String> unset(List<String> variables) {
        return DialectSyntax.wrapWords("set -e -g", variables, WIDTH);
    }

    @Override
    public String set(String variable, String value) {
        return "set -gx " + variable + " " + FishQuoting.quote(value);
    }

    @Override
    public List<String> askPassword(PasswordPrompt prompt) {
        String variable = prompt.variable();
        return List.of(
                "set -e -g " + variable,
                "if not read --silent --global --export --prompt-str "
                        + FishQuoting.quote(prompt.promptText() + ": ") + " " + variable,
                "    set -e -g " + variable,
                "    echo " + FishQuoting.quote(text.get("script.noPasswordRead", variable)) + " >&2",
                "end");
    }
}
