package io.github.cloudmckeys.render.script;

/**
 * Quoting for POSIX shells (bash, zsh, dash, ksh). A single-quoted word is taken
 * literally by every POSIX shell: no expansion of {@code $}, backquotes, {@code \},
 * {@code !} (history expansion never applies to sourced files), globs or {@code ~}, and
 * newlines, tabs and carriage returns stay as they are. The one character it cannot hold
 * is {@code '} itself, so each is written as {@code '\''}: close the quote, an escaped
 * quote, reopen. The result never has two quotes in a row inside a quoted run, so zsh's
 * {@code RC_QUOTES} option does not change its meaning either.
 */
final class PosixQuoting {
    private PosixQuoting() {
    }

    /**
     * The value as one single-quoted word, {@code ''} for the empty string.
     *
     * @throws IllegalArgumentException for a NUL character, which no shell variable can hold
     *     (the exporter rejects such values with a message before quoting)
     */
    static String quote(String value) {
        QuotingChecks.requireNoNul(value);
        StringBuilder out = new StringBuilder(value.length() + 2).append('\'');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\'') {
                out.append("'\\''");
            } else {
                out.append(c);
            }
        }
        return out.append('\'').toString();
    }
}
