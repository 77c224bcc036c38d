package io.github.cloudmckeys.render.script;

import io.github.cloudmckeys.render.CommentText;
import io.github.cloudmckeys.render.script.OpenRcPlan.PasswordPrompt;
import java.util.ArrayList;
import java.util.List;

/**
 * How one shell writes the few statements an openrc is made of. {@link ScriptRenderer}
 * puts them together in the same order for every dialect.
 */
public interface DialectSyntax {

    /** A one-line comment for sanitized text (see {@link CommentText}). */
    default String comment(String sanitizedText) { // "#" in every shell but cmd, which overrides it
        return sanitizedText.isEmpty() ? "#" : "# " + sanitizedText;
    }

    /** Statements removing these variables, with no error for one that is not set. */
    List<String> unset(List<String> variables);

    /** The statement setting and exporting {@code variable} to exactly {@code value}. */
    String set(String variable, String value);

    /** Statements asking for the password without echoing it and exporting it. */
    List<String> askPassword(PasswordPrompt prompt);

    /** Lines before the header comment. */
    default List<String> preamble(boolean nonAscii) {
        return List.of();
    }

    /** Dialect-specific comment lines added to the header notes. */
    default List<String> notes(OpenRcPlan plan, boolean nonAscii) {
        return List.of();
    }

    default String lineSeparator() {
        return "\n";
    }

    /** The complete text, given a last chance to add what the whole file needs (a byte-order mark). */
    default String finish(String text, boolean nonAscii) {
        return text;
    }

    /**
     * {@code command} followed by the words, wrapped before {@code width} columns with a
     * backslash-newline continuation and a four-space indent (POSIX shells and fish both
     * read a backslash before a newline as a continuation).
     */
    static List<String> wrapWords(String command, List<String> words, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(command);
        for (String word : words) {
            if (line.length() + 1 + word.length() + 2 > width && line.length() > command.length()) {
                lines.add(line.append(" \\").toString());
                line = new StringBuilder("    ").append(word);
            } else {
                line.append(' ').append(word);
            }
        }
        lines.add(line.toString());
        return lines;
    }
}
