package io.github.cloudmckeys.render;

/**
 * Makes portal text (a service label, an organization, a portal host) safe inside a
 * one-line comment of any dialect: a newline in a label must not end the comment and
 * turn the rest of the label into commands.
 */
public final class CommentText {
    private CommentText() {
    }

    /**
     * The text with every control character (CR, LF, NEL, tab, NUL …), the Unicode line
     * and paragraph separators and the bidirectional controls (which could make a comment
     * read differently from what it is) replaced by a space, and an unpaired surrogate
     * by U+FFFD.
     */
    public static String sanitize(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append('\uFFFD');
            } else if (breaksOrDisguisesALine(c)) {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean breaksOrDisguisesALine(char c) {
        int type = Character.getType(c);
        return type == Character.CONTROL
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR
                || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069')
                || c == '\u200E' || c == '\u200F' || c == '\u061C';
    }
}
