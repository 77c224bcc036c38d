package io.github.cloudmckeys.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * WCAG AA in both themes, computed from the style sheets themselves: every pair of colours the
 * sheets put together (a text on its background, an icon on its background, the focus ring on
 * what it surrounds) reaches 4.5:1 for text and 3:1 for icons and focus rings. The palette is
 * read from the {@code .root} rule of app.css, and for the dark theme dark.css's over it; every
 * rule of the sheets must use the palette (no colour written out elsewhere), so the pairs
 * below are all the pairs there are.
 */
class ThemeContrastTest {
    private static final double TEXT = 4.5;
    private static final double NON_TEXT = 3.0;

    /** foreground, background, the least ratio. */
    private record Pair(String foreground, String background, double least) {}

    private static final List<Pair> PAIRS = List.of(
            // text
            new Pair("-ck-text", "-ck-surface", TEXT), new Pair("-ck-text", "-ck-canvas", TEXT),
            new Pair("-ck-text", "-ck-header", TEXT), new Pair("-ck-text", "-ck-selected", TEXT),
            new Pair("-ck-text", "-ck-script", TEXT), new Pair("-ck-text", "-ck-hover", TEXT),
            new Pair("-ck-muted", "-ck-surface", TEXT), new Pair("-ck-muted", "-ck-canvas", TEXT),
            new Pair("-ck-muted", "-ck-header", TEXT), new Pair("-ck-muted", "-ck-script", TEXT),
            new Pair("-ck-muted", "-ck-selected", TEXT),
            new Pair("-ck-accent-text", "-ck-surface", TEXT),
            new Pair("-ck-ok", "-ck-canvas", TEXT), new Pair("-ck-ok", "-ck-surface", TEXT),
            new Pair("-ck-error", "-ck-canvas", TEXT), new Pair("-ck-error", "-ck-surface", TEXT),
            new Pair("-ck-warning", "-ck-canvas", TEXT),
            new Pair("-ck-banner-text", "-ck-banner", TEXT), new Pair("-ck-banner-text", "-ck-banner-hover", TEXT),
            new Pair("-ck-badge-text", "-ck-badge", TEXT),
            new Pair("-ck-on-accent", "-ck-accent", TEXT), new Pair("-ck-on-accent", "-ck-accent-dark", TEXT),
            // icons
            new Pair("-ck-row-icon", "-ck-surface", NON_TEXT), new Pair("-ck-row-icon", "-ck-hover", NON_TEXT),
            new Pair("-ck-row-icon", "-ck-selected", NON_TEXT),
            new Pair("-ck-toggle-icon", "-ck-toggle-on", NON_TEXT),
            new Pair("-ck-muted", "-ck-surface", NON_TEXT), new Pair("-ck-text", "-ck-surface", NON_TEXT),
            new Pair("-ck-banner-icon", "-ck-banner", NON_TEXT), new Pair("-ck-badge-icon", "-ck-badge", NON_TEXT),
            new Pair("-ck-on-accent", "-ck-accent", NON_TEXT),
            // the focus ring and the selected tab's underline
            new Pair("-ck-focus", "-ck-surface", NON_TEXT), new Pair("-ck-focus", "-ck-canvas", NON_TEXT),
            new Pair("-ck-accent", "-ck-canvas", NON_TEXT));

    @ParameterizedTest
    @ValueSource(strings = {"light", "dark"})
    void everyPairReachesAa(String theme) throws IOException {
        Map<String, String> palette = rootColours(read("app.css"));
        if (theme.equals("dark")) {
            palette.putAll(rootColours(read("dark.css")));
        }
        List<String> failures = new ArrayList<>();
        for (Pair pair : PAIRS) {
            double ratio = contrast(colour(palette, pair.foreground()), colour(palette, pair.background()));
            if (ratio < pair.least()) {
                failures.add(String.format(Locale.ROOT, "%s on %s: %.2f:1, needs %.1f:1", pair.foreground(),
                        pair.background(), ratio, pair.least()));
            }
        }
        assertThat(failures).as(theme).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"app.css", "content.css", "config-tabs.css", "connect/connect.css", "dark.css"})
    void everyColourOutsideThePaletteIsAPaletteName(String sheet) throws IOException {
        String css = read(sheet).replaceAll("(?s)/\\*.*?\\*/", "");
        String outsideRoot = css.replaceFirst("(?s)\\.root\\s*\\{[^}]*}", "");
        List<String> written = new ArrayList<>();
        Matcher literal = Pattern.compile("#[0-9a-fA-F]{3,8}\\b|\\b(white|black)\\b").matcher(outsideRoot);
        while (literal.find()) {
            written.add(literal.group());
        }
        assertThat(written).as("colours written out in %s outside .root", sheet).isEmpty();
    }

    @Test
    void theRatiosAreComputedAsWcagSays() {
        assertThat(contrast(new double[] {0, 0, 0}, new double[] {1, 1, 1})).isEqualTo(21.0);
        assertThat(contrast(new double[] {1, 1, 1}, new double[] {1, 1, 1})).isEqualTo(1.0);
        // #767676 on white is the well-known 4.54:1
        assertThat(contrast(hex("#767676"), hex("#ffffff"))).isBetween(4.53, 4.55);
    }

    private static String read(String sheet) throws IOException {
        try (InputStream in = ThemeContrastTest.class.getResourceAsStream(sheet)) {
            assertThat(in).as(sheet).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The {@code -name: value;} declarations of the sheet's {@code .root} rule. */
    private static Map<String, String> rootColours(String css) {
        Matcher root = Pattern.compile("(?s)\\.root\\s*\\{([^}]*)}").matcher(css.replaceAll("(?s)/\\*.*?\\*/", ""));
        assertThat(root.find()).isTrue();
        Map<String, String> colours = new HashMap<>();
        Matcher declaration = Pattern.compile("(-[\\w-]+)\\s*:\\s*([^;]+);").matcher(root.group(1));
        while (declaration.find()) {
            colours.put(declaration.group(1), declaration.group(2).strip());
        }
        return colours;
    }

    /** A palette name resolved to its sRGB components (0..1), following references. */
    private static double[] colour(Map<String, String> palette, String name) {
        String value = palette.get(name);
        for (int hops = 0; value != null && value.startsWith("-") && hops < 10; hops++) {
            value = palette.get(value);
        }
        assertThat(value).as(name).isNotNull().matches("#[0-9a-fA-F]{6}");
        return hex(value);
    }

    private static double[] hex(String value) {
        int rgb = Integer.parseInt(value.substring(1, 7), 16);
        return new double[] {(rgb >> 16 & 0xff) / 255.0, (rgb >> 8 & 0xff) / 255.0, (rgb & 0xff) / 255.0};
    }

    /** WCAG 2.x: (L1 + 0.05) / (L2 + 0.05), L the relative luminance of the lighter and the darker colour. */
    static double contrast(double[] a, double[] b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(double[] rgb) {
        double[] linear = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = rgb[i];
            linear[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
    }
}
