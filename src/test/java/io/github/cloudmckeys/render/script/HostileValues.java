package io.github.cloudmckeys.render.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Values that have broken shell scripts before, and a seeded generator of more. The seed
 * is fixed so a failure reproduces; set the system property {@code export.seed} to try
 * another one (failures print the seed in use).
 */
public final class HostileValues {
    public static final long SEED = Long.getLong("export.seed", 20260102L);

    /** Everything a shell, cmd or PowerShell treats specially, plus whitespace. */
    public static final String SPECIALS = " '\"$`\\!%^&|<>();#*?~\n\r\t=,{}[]@:\u2018\u2019\u201A\u201B-";

    /** A curated list: quoting traps of every dialect, line breaks, non-ASCII, options-looking words. */
    public static final List<String> CURATED = List.of(
            "", " ", "  leading and trailing  ", "\t", "\n", "\r", "\r\n", "a\nb", "line1\nline2\n", "\n\n",
            "'", "''", "'\\''", "\"", "\"\"", "\\", "\\\\", "\\n", "\\'", "'\\", "\\\n",
            "$HOME", "${HOME}", "$(id)", "`id`", "$'x'", "\"$@\"", "$1", "$$", "$0", "$?",
            "!", "!!", "!$", "!-1", "%PATH%", "%%", "%~0", "%1", "%", "^", "^^", "^&", "&&", "&", "|", "||",
            "<", ">", "<>", ">>", "2>&1", "(", ")", "()", ";", ";;", "#not a comment", "a #b", "*", "?", "[a]",
            "~", "~root", "~/x", "{a,b}", "-n", "-e", "-E", "--", "-", "-x foo", "--help", "=", "a=b", "==",
            "é", "café", "中文", "日本語のパスワード", "😀", "👩‍👩‍👧", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "\uD800\uDC00", "\uDBFF\uDFFF",
            "it’s", "‘’‚‛", "'’", "’'", "x’", "\u0085", "\u2028", "\u2029", "\uFEFF", "\u00A0", "\u3000",
            "\u202Eevil", "\u001B[31mred", "\u0001\u0002\u0007\u007F", "\uF600\uF6FF", "\uFFFD", "\uFFFE",
            "ÿ", "EOF", "'EOF'", "end", "fi", "done", "set -e", "exit 1", "$(exit 1)",
            "x'y\"z`w$v\\u!t%s^r&q|p<o>n(m)l;k#j*i?h~g",
            "\"a&b\"c&d", "a\"b&c", "a\"b\"c&d", "\"^\"", "\"%\"", "\"(\")", "\"\"\"<>|&",
            "C:\\Program Files\\x", "\\\\server\\share", "%USERPROFILE%\\x",
            "Read-Host", "$env:PATH", "`$x", "@(1)", "$(Get-Date)", "${env:HOME}", "'; Remove-Item -Recurse C:\\ #",
            "end; echo pwned; #", "'; rm -rf ~; echo '", "set -gx PWNED 1",
            "a".repeat(5000), "'".repeat(300), "\\".repeat(301), "%".repeat(200), "\"&".repeat(150));

    private final Random random;

    public HostileValues(long seed) {
        this.random = new Random(seed);
    }

    /** {@code count} random values of every kind, then the curated list. */
    public List<String> many(int count) {
        List<String> values = new ArrayList<>(count + CURATED.size());
        for (int i = 0; i < count; i++) {
            values.add(next());
        }
        values.addAll(CURATED);
        return values;
    }

    /** One random value: printable ASCII, specials, whitespace, non-ASCII BMP and astral, mixed. */
    public String next() {
        int kind = random.nextInt(20);
        return switch (kind) {
            case 0 -> "";
            case 1 -> "-" + mixed(random.nextInt(12));
            case 2 -> mixed(500 + random.nextInt(2500));
            case 3 -> fromAlphabet(" \t\n\r", 1 + random.nextInt(4));
            case 4, 5 -> fromAlphabet(SPECIALS, 1 + random.nextInt(20));
            case 6 -> printableAscii(1 + random.nextInt(40));
            default -> mixed(1 + random.nextInt(40));
        };
    }

    /** A random value without line feeds: what one can type at a password prompt. */
    public String nextTypable() {
        return next().replace('\n', ' ');
    }

    private String mixed(int length) {
        StringBuilder out = new StringBuilder();
        while (out.length() < length) {
            int pick = random.nextInt(10);
            if (pick < 4) {
                out.append((char) (0x20 + random.nextInt(0x5F)));
            } else if (pick < 6) {
                out.append(SPECIALS.charAt(random.nextInt(SPECIALS.length())));
            } else if (pick < 8) {
                out.appendCodePoint(bmpNonAscii());
            } else if (pick < 9) {
                out.appendCodePoint(0x10000 + random.nextInt(0x10FFFF - 0x10000 + 1));
            } else {
                int control = random.nextInt(33);
                out.append(control == 0 ? '\u007F' : (char) control); // C0 controls but NUL, and DEL
            }
        }
        return out.toString();
    }

    private int bmpNonAscii() {
        while (true) {
            int cp = 0x80 + random.nextInt(0x10000 - 0x80);
            if (!Character.isSurrogate((char) cp)) {
                return cp;
            }
        }
    }

    private String printableAscii(int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append((char) (0x20 + random.nextInt(0x5F)));
        }
        return out.toString();
    }

    private String fromAlphabet(String alphabet, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }

    public boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    public int nextInt(int bound) {
        return random.nextInt(bound);
    }
}
