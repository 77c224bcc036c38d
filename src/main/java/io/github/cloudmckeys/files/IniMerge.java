package io.github.cloudmckeys.files;

import io.github.cloudmckeys.render.config.ConfigEntry;
import io.github.cloudmckeys.render.config.ConfigEntry.IniSection;
import io.github.cloudmckeys.render.config.IniText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Puts sections into an INI file (the AWS credentials and config files, rclone.conf),
 * leaving every other line exactly as it was, byte for byte: other sections, comments,
 * blank lines, the order, the line ends.
 *
 * <p>Written by hand rather than with an INI library because the libraries read a file
 * into a model and write the model back, which drops comments or reformats values; and
 * the three readers (Python's configparser for the AWS tools, rclone's goconfig) do not
 * agree on quoting, so rewriting the user's values would risk changing their meaning.
 * Here only the lines of the replaced section change. A section runs from its header line
 * up to the next header line, less the blank and comment lines just before that header,
 * which describe what follows and stay. Two sections of the same name (which the AWS
 * tools refuse to read) are replaced by one. A header is a line that starts with
 * {@code [} and ends with {@code ]}, as all three readers take it; names are compared
 * with runs of spaces made one.
 */
final class IniMerge {
    private IniMerge() {
    }

    /** What a merge produced: the new text and the headers of the sections it replaced. */
    record Outcome(String text, List<String> replaced) {
        Outcome {
            replaced = List.copyOf(replaced);
        }

        @Override
        public String toString() {
            return "Outcome[replaced=" + replaced + "]";
        }
    }

    static Outcome put(Optional<String> current, List<IniSection> sections) {
        String text = current.orElse("");
        String lineEnd = text.contains("\r\n") ? "\r\n" : "\n";
        List<String> lines = splitKeepingEnds(text);
        List<String> replaced = new ArrayList<>();
        List<IniSection> toAppend = new ArrayList<>(sections);
        StringBuilder out = new StringBuilder(text.length() + 256);
        int i = 0;
        while (i < lines.size()) {
            Optional<IniSection> match = header(lines.get(i)).flatMap(name -> find(sections, name));
            if (match.isEmpty()) {
                out.append(lines.get(i++));
                continue;
            }
            IniSection section = match.get();
            replaced.add(section.header());
            int end = sectionEnd(lines, i);
            if (toAppend.remove(section)) {
                out.append(IniText.lines(section, lineEnd));
            }
            i = end;
        }
        if (!toAppend.isEmpty()) {
            if (out.length() > 0 && !endsWithLineBreak(out)) {
                out.append(lineEnd);
            }
            for (IniSection section : toAppend) {
                if (out.length() > 0 && !endsWithBlankLine(out)) {
                    out.append(lineEnd);
                }
                out.append(IniText.lines(section, lineEnd));
            }
        }
        return new Outcome(out.toString(), replaced.stream().distinct().toList());
    }

    /** The headers of the sections in {@code text}, normalized, in order. */
    static List<String> headers(String text) {
        return splitKeepingEnds(text).stream().map(IniMerge::header).flatMap(Optional::stream).toList();
    }

    /** The index after the section starting at {@code start}: its trailing blank and comment lines are left out. */
    private static int sectionEnd(List<String> lines, int start) {
        int next = start + 1;
        while (next < lines.size() && header(lines.get(next)).isEmpty()) {
            next++;
        }
        if (next == lines.size()) {
            return next; // the last section: its trailing comments go with it
        }
        int end = next;
        while (end > start + 1 && isBlankOrComment(lines.get(end - 1))) {
            end--;
        }
        return end;
    }

    private static Optional<IniSection> find(List<IniSection> sections, String name) {
        return sections.stream()
                .filter(s -> normalize(s.header()).equals(name)
                        || s.aliases().stream().anyMatch(alias -> normalize(alias).equals(name)))
                .findFirst();
    }

    /** The normalized name of a header line, empty for any other line (an indented one is a value's continuation). */
    static Optional<String> header(String line) {
        String content = stripLineEnd(line);
        if (content.isEmpty() || Character.isWhitespace(content.charAt(0))) {
            return Optional.empty();
        }
        String stripped = content.strip();
        if (stripped.length() < 2 || stripped.charAt(0) != '[' || stripped.charAt(stripped.length() - 1) != ']') {
            return Optional.empty();
        }
        return Optional.of(normalize(stripped.substring(1, stripped.length() - 1)));
    }

    private static String normalize(String name) {
        return name.strip().replaceAll("\\s+", " ");
    }

    private static boolean isBlankOrComment(String line) {
        String stripped = line.strip();
        return stripped.isEmpty() || stripped.startsWith("#") || stripped.startsWith(";");
    }

    private static String stripLineEnd(String line) {
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == '\n' || line.charAt(end - 1) == '\r')) {
            end--;
        }
        return line.substring(0, end);
    }

    /** The lines of {@code text}, each with its own line end (the last may have none). */
    static List<String> splitKeepingEnds(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    private static boolean endsWithLineBreak(CharSequence text) {
        return text.length() > 0 && text.charAt(text.length() - 1) == '\n';
    }

    private static boolean endsWithBlankLine(CharSequence text) {
        String s = text.toString();
        return s.endsWith("\n\n") || s.endsWith("\r\n\r\n");
    }
}
