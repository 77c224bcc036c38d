package io.github.cloudmckeys.render.script;

/**
 * Quoting for fish. Inside fish's single quotes only two escapes exist, {@code \\} for a
 * backslash and {@code \'} for a quote; every other character, newlines included, is
 * literal (fish expands no variables or wildcards there).
 */
final class FishQuoting {
    private FishQuoting() {
    }

    /**
     * The value as one single-quoted fish word, {@code ''} for the empty string.
     *
     * @throws IllegalArgumentException for a NUL character, which no variable can hold
     */
    static String quote(String value) {
        QuotingChecks.requireNoNul(value);
        StringBuilder out = new StringBuilder(value.length() + 2).append('\'');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' || c == '\'') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.append('\'').toString();
    }
}
