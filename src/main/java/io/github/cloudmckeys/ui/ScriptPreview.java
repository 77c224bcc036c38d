package io.github.cloudmckeys.ui;

import io.github.cloudmckeys.logging.SecretRedactor;
import io.github.cloudmckeys.render.ShellDialect;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the export pane shows of a script: the lines that set variables first, so that a
 * person sees the values they are about to copy, then the header (comments and the
 * {@code unset} block) that the copied and saved script holds before them. A secret is
 * masked in a setting line unless it was revealed; the clipboard and the file always get
 * the script itself, never this.
 */
final class ScriptPreview {
    /** {@code export NAME=}, {@code set -gx NAME }, {@code $env:NAME = }, {@code set "NAME=value"} (not empty). */
    private static final Pattern POSIX_SET = Pattern.compile("^(export [A-Za-z_][A-Za-z0-9_]*=)(.*)$");
    private static final Pattern FISH_SET = Pattern.compile("^(set -gx [A-Za-z_][A-Za-z0-9_]* )(.*)$");
    private static final Pattern POWERSHELL_SET = Pattern.compile("^(\\$env:[A-Za-z_][A-Za-z0-9_]* = )(.*)$");
    private static final Pattern CMD_SET = Pattern.compile("^(set \"[A-Za-z_][A-Za-z0-9_]*=)(.+\")$");
    /** What some dialect writes otherwise than as itself: quotes, backslash, cmd's % ^ & | < > ( ), line ends. */
    private static final Pattern ESCAPED_BY_SOME_SHELL =
            Pattern.compile("['\\\\%\"^&|<>()\\r\\n\u2018\u2019\u201A\u201B]");
    /** Variables that hold a secret whatever their value looks like once quoted (escapes hide the raw value). */
    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(PASSWORD|SECRET|TOKEN|PRIVATE|_KEY)[^A-Z]*$");

    private ScriptPreview() {
    }

    /**
     * @param script        the script as copied
     * @param hiddenSecrets the values of the secrets not revealed in the table
     * @param headerNote    one comment line (without its comment mark) put above the header when it follows
     */
    static String of(String script, ShellDialect dialect, Collection<String> hiddenSecrets, String headerNote) {
        if (script.isEmpty()) {
            return "";
        }
        String lineEnd = script.contains("\r\n") ? "\r\n" : "\n";
        List<String> lines = List.of(script.split("\r?\n", -1));
        int first = -1;
        for (int i = 0; i < lines.size() && first < 0; i++) {
            if (setting(dialect, lines.get(i)).matches()) {
                first = i;
            }
        }
        // A secret the script had to escape is not there verbatim: then any variable named like a secret is masked.
        // One the script does not use at all (the S3 secret in an openrc) must not mask a password that was revealed.
        boolean escapedSecret = hiddenSecrets.stream().anyMatch(hidden -> !hidden.isEmpty() && !script.contains(hidden)
                && ESCAPED_BY_SOME_SHELL.matcher(hidden).find());
        List<String> shown = new ArrayList<>();
        for (String line : first < 0 ? lines : lines.subList(first, lines.size())) {
            shown.add(masked(dialect, line, hiddenSecrets, escapedSecret));
        }
        if (first > 0) {
            while (!shown.isEmpty() && shown.get(shown.size() - 1).isEmpty()) {
                shown.remove(shown.size() - 1);
            }
            shown.add("");
            shown.add(commentMark(dialect) + " " + headerNote);
            shown.addAll(lines.subList(0, first));
        }
        while (!shown.isEmpty() && shown.get(shown.size() - 1).isEmpty()) {
            shown.remove(shown.size() - 1);
        }
        return String.join(lineEnd, shown);
    }

    /**
     * The text of {@code real} (the preview unmasked) under the selection {@code start}–{@code end}
     * of {@code shown} (the same preview, masked): a masked line gives its whole real line, so
     * that what is copied is what the script says, never the mask.
     */
    static String unmasked(String shown, String real, int start, int end) {
        String[] shownLines = shown.split("\n", -1);
        String[] realLines = real.split("\n", -1);
        if (shownLines.length != realLines.length) {
            return real.substring(Math.min(start, real.length()), Math.min(end, real.length()));
        }
        StringBuilder copied = new StringBuilder();
        int lineStart = 0;
        for (int i = 0; i < shownLines.length; i++) {
            int lineEnd = lineStart + shownLines[i].length();
            int from = Math.max(start, lineStart);
            int to = Math.min(end, lineEnd);
            if (from < to) {
                copied.append(shownLines[i].equals(realLines[i])
                        ? realLines[i].substring(from - lineStart, to - lineStart) : realLines[i]);
            }
            if (i < shownLines.length - 1 && start <= lineEnd && end > lineEnd) {
                copied.append('\n'); // the selection takes this line's end
            }
            lineStart = lineEnd + 1;
        }
        return copied.toString();
    }

    /** True for a line that gives a variable a value, in {@code dialect}'s syntax. */
    static boolean setsVariable(ShellDialect dialect, String line) {
        return setting(dialect, line).matches();
    }

    private static Matcher setting(ShellDialect dialect, String line) {
        Pattern pattern = switch (dialect) {
            case POSIX -> POSIX_SET;
            case FISH -> FISH_SET;
            case POWERSHELL -> POWERSHELL_SET;
            case CMD -> CMD_SET;
        };
        return pattern.matcher(line);
    }

    private static String masked(ShellDialect dialect, String line, Collection<String> hiddenSecrets,
                                 boolean byName) {
        Matcher setting = setting(dialect, line);
        if (!setting.matches()) {
            return line;
        }
        String name = setting.group(1).replaceAll("^(export |set -gx |\\$env:|set \")|[= ]+$", "");
        String value = setting.group(2);
        boolean secret = byName && SECRET_NAME.matcher(name).matches() && !name.endsWith("_KEY_ID");
        for (String hidden : hiddenSecrets) {
            secret |= !hidden.isEmpty() && value.contains(hidden);
        }
        if (!secret) {
            return line;
        }
        return setting.group(1) + switch (dialect) {
            case CMD -> SecretRedactor.MASK + "\"";
            case POSIX, FISH, POWERSHELL -> "'" + SecretRedactor.MASK + "'";
        };
    }

    private static String commentMark(ShellDialect dialect) {
        return dialect == ShellDialect.CMD ? "rem" : "#";
    }
}
