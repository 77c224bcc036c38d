package io.github.cloudmckeys.render.config;

import io.github.cloudmckeys.render.config.ConfigEntry.IniSection;
import java.util.List;

/** Sections as INI text: a header line, its lines, a blank line between sections. */
public final class IniText {
    private IniText() {
    }

    public static String render(List<IniSection> sections) {
        StringBuilder out = new StringBuilder();
        for (IniSection section : sections) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(lines(section, "\n"));
        }
        return out.toString();
    }

    /** One section, each line ending with {@code lineEnd}. */
    public static String lines(IniSection section, String lineEnd) {
        StringBuilder out = new StringBuilder("[").append(section.header()).append(']').append(lineEnd);
        section.lines().forEach(line -> out.append(line).append(lineEnd));
        return out.toString();
    }
}
