package io.github.cloudmckeys.render.script;

/**
 * Quoting for Windows PowerShell 5.1 and PowerShell 7.
 *
 * <p>A single-quoted string is literal: no {@code $} expansion, no backtick escapes. Its
 * only special characters are the quotes, and PowerShell counts five of them: the ASCII
 * apostrophe and the typographic U+2018, U+2019, U+201A and U+201B, any of which ends
 * the string. Inside, a quote written twice stands for itself once, so each of the five
 * is doubled (a value typed in a word processor often has a U+2019 in it).
 *
 * <p>Line breaks would be literal too, but a script's own line ends are easily rewritten
 * by an editor or by Git; {@link #expression(String)} therefore writes CR and LF as
 * {@code "`r"} and {@code "`n"} pieces joined with {@code +}, so a value survives any
 * line-end conversion of the file.
 */
final class PowerShellQuoting {
    private PowerShellQuoting() {
    }

    /** True for the characters PowerShell's tokenizer takes as a single quote. */
    static boolean isSingleQuote(char c) {
        return c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u201A' || c == '\u201B';
    }

    /**
     * The value as one single-quoted literal, {@code ''} for the empty string.
     *
     * @throws IllegalArgumentException for a NUL character, which no environment variable can hold
     */
    static String quote(String value) {
        QuotingChecks.requireNoNul(value);
        StringBuilder out = new StringBuilder(value.length() + 2).append('\'');
        appendQuotedBody(out, value, 0, value.length());
        return out.append('\'').toString();
    }

    /**
     * An expression whose value is exactly {@code value}: a single-quoted literal, or for a
     * value with CR or LF, literals and {@code "`r"}/{@code "`n"} pieces joined with
     * {@code +} (every piece is a string, so {@code +} concatenates).
     */
    static String expression(String value) {
        QuotingChecks.requireNoNul(value);
        if (value.indexOf('\r') < 0 && value.indexOf('\n') < 0) {
            return quote(value);
        }
        StringBuilder out = new StringBuilder(value.length() + 16);
        int i = 0;
        while (i < value.length()) {
            if (out.length() > 0) {
                out.append(" + ");
            }
            int end = i;
            if (isLineBreak(value.charAt(i))) {
                out.append('"');
                while (end < value.length() && isLineBreak(value.charAt(end))) {
                    out.append(value.charAt(end) == '\r' ? "`r" : "`n");
                    end++;
                }
                out.append('"');
            } else {
                while (end < value.length() && !isLineBreak(value.charAt(end))) {
                    end++;
                }
                out.append('\'');
                appendQuotedBody(out, value, i, end);
                out.append('\'');
            }
            i = end;
        }
        return out.toString();
    }

    private static boolean isLineBreak(char c) {
        return c == '\r' || c == '\n';
    }

    private static void appendQuotedBody(StringBuilder out, String value, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (isSingleQuote(c)) {
                out.append(c);
            }
            out.append(c);
        }
    }
}
