package io.github.cloudmckeys.render.script;

import io.github.cloudmckeys.render.CommentText;

/**
 * Quoting for Windows cmd batch files, in the form {@code set "NAME=value"}.
 *
 * <p>cmd reads a batch line in phases, and the escaping follows them:
 * <ol>
 * <li>Percent expansion runs first, over the whole line, quotes or not: a literal
 *     {@code %} is written {@code %%} always.</li>
 * <li>Then cmd tracks quote parity: every {@code "} toggles "inside quotes". Inside,
 *     {@code ^ & | < > ( )} are plain characters; outside, they are operators (or, for
 *     {@code ^}, the escape character) and must be escaped with {@code ^}. The
 *     {@code "} after {@code set} opens a quoted region, so a value without {@code "}
 *     needs no caret at all; after an odd number of {@code "} in the value the following
 *     characters are outside, and get their caret. The {@code "} themselves are written
 *     as they are.</li>
 * <li>{@code set "…"} takes the text between the first and the <em>last</em> quote of
 *     the line, so quotes inside the value survive, and the closing quote we write is the
 *     last one.</li>
 * </ol>
 * {@code !} is literal only while delayed expansion is off, which is cmd's default (the
 * script says so in a comment when a value holds one). A value cannot hold CR or LF (a
 * batch line ends there), Ctrl-Z (U+001A, which cmd's batch reader takes for the end of a
 * line or of the file) nor NUL; the exporter refuses those before quoting.
 */
final class CmdQuoting {
    /** The longest line cmd reads; longer ones are cut. */
    static final int MAX_LINE_LENGTH = 8191;

    private CmdQuoting() {
    }

    /** True when cmd can carry this character in a {@code set} line. */
    static boolean canCarry(char c) {
        return c != '\r' && c != '\n' && c != '\u001A' && c != '\0';
    }

    /**
     * The line {@code set "NAME=value"} that sets {@code name} to {@code value} exactly.
     *
     * @throws IllegalArgumentException for CR, LF, Ctrl-Z or NUL in the value
     */
    static String setCommand(String name, String value) {
        return "set \"" + name + "=" + quotedBody(value) + "\"";
    }

    /** The line that removes {@code name} from the environment (no error when it is not set). */
    static String unsetCommand(String name) {
        return "set \"" + name + "=\"";
    }

    /**
     * The value escaped for the inside of {@code set "NAME=…"}, where the opening quote
     * has already put cmd inside quotes.
     */
    static String quotedBody(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        boolean insideQuotes = true;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!canCarry(c)) {
                throw new IllegalArgumentException("cmd cannot carry CR, LF, Ctrl-Z or NUL in a value");
            }
            switch (c) {
                case '%' -> out.append("%%");
                case '"' -> {
                    insideQuotes = !insideQuotes;
                    out.append(c);
                }
                case '^', '&', '|', '<', '>', '(', ')' -> {
                    if (!insideQuotes) {
                        out.append('^');
                    }
                    out.append(c);
                }
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A {@code rem} line for already {@linkplain CommentText#sanitize(String) sanitized}
     * text: {@code %} doubled (percent expansion reaches {@code rem} lines too, and
     * {@code %~} there aborts the script), and a caret at the very end followed by a space
     * so it cannot continue the comment onto the next line.
     */
    static String comment(String text) {
        if (text.isEmpty()) {
            return "rem";
        }
        String escaped = text.replace("%", "%%");
        return "rem " + (escaped.endsWith("^") ? escaped + " " : escaped);
    }
}
