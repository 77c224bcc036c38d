package io.github.cloudmckeys.render.config;

import io.github.cloudmckeys.i18n.Message;
import io.github.cloudmckeys.render.ExportException;

/**
 * What each configuration file can carry. Every check names the setting, never the value:
 * it may be a password or a secret key.
 */
final class ConfigValues {
    private ConfigValues() {
    }

    /** Any text but NUL and broken Unicode: YAML escapes the rest in its double-quoted strings. */
    static String yaml(String setting, String value) throws ExportException {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\0') {
                throw new ExportException(Message.of("export.value.yamlNul", setting));
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new ExportException(Message.of("export.value.halfSurrogate", setting));
            }
        }
        return value;
    }

    /**
     * The AWS files: their readers strip spaces around a value, end it at a line break, and
     * read the files as ASCII (the AWS SDKs' reference says so), so printable ASCII only,
     * without a space at either end.
     */
    static String aws(String setting, String value) throws ExportException {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                throw new ExportException(Message.of("export.value.awsCharacter", setting));
            }
        }
        if (!value.equals(value.strip())) {
            throw new ExportException(Message.of("export.value.awsSpace", setting));
        }
        return value;
    }

    /**
     * rclone.conf, read line by line: any text but line breaks and NUL; a value that its
     * reader would trim or take for a quote is written between backquotes, which rclone's
     * reader strips (it takes everything up to the last backquote of the line).
     */
    static String rclone(String setting, String value) throws ExportException {
        yaml(setting, value);
        if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            throw new ExportException(Message.of("export.value.rcloneLineBreak", setting));
        }
        boolean quote = value.isEmpty() || isGoSpace(value.charAt(0)) || isGoSpace(value.charAt(value.length() - 1))
                || value.startsWith("`") || value.startsWith("\"") || value.startsWith("'");
        return quote ? "`" + value + "`" : value;
    }

    /** Go's unicode.IsSpace, which rclone's reader trims lines and values with. */
    private static boolean isGoSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || c == '\u0085' || c == '\u00A0' || Character.isSpaceChar(c);
    }
}
