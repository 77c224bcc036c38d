package io.github.cloudmckeys.render.script;

/** Shows test values readably in failure messages: controls and non-ASCII as \\uXXXX. */
public final class Escapes {
    private Escapes() {
    }

    public static String show(String value) {
        if (value == null) {
            return "(unset)";
        }
        StringBuilder out = new StringBuilder("\"");
        int shown = 0;
        for (char c : value.toCharArray()) {
            if (shown++ > 200) {
                return out.append("…\" (").append(value.length()).append(" chars)").toString();
            }
            if (c >= 0x20 && c < 0x7F && c != '\\' && c != '"') {
                out.append(c);
            } else {
                out.append(String.format("\\u%04X", (int) c));
            }
        }
        return out.append('"').toString();
    }
}
