package io.github.cloudmckeys.credentials;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The labels shown next to credential fields, from the resource bundle
 * {@value #BUNDLE}: a known {@link FieldRole} gets its translated label, an unknown
 * key a label made from the key itself ({@code s3_bucket_hint} becomes "S3 bucket hint").
 */
public final class FieldLabels {
    static final String BUNDLE = "io.github.cloudmckeys.credentials.labels";
    private static final String UNNAMED_FIELD = "unnamed.field";
    private static final String ACRONYMS = "humanize.acronyms";

    private final ResourceBundle bundle;
    private final Set<String> acronyms;

    private FieldLabels(ResourceBundle bundle) {
        this.bundle = bundle;
        this.acronyms = Set.of(text(ACRONYMS, "").toUpperCase(Locale.ROOT).split("\\s+"));
    }

    /**
     * The labels for {@code locale}, falling back to English. The JVM's default locale is
     * deliberately not consulted: asking for English gets English even on a French system.
     */
    public static FieldLabels load(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, FieldLabels.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new FieldLabels(bundle);
    }

    /** The label of a role; its humanized name should the bundle lack it. */
    public String labelFor(FieldRole role) {
        return text(role.name(), humanize(role.name()));
    }

    /**
     * A label made from a key no role claims: words split at {@code _ - .}, spaces and
     * camelCase boundaries, the first capitalized, the others lower case, known
     * acronyms upper case: {@code bucketHint} gives "Bucket hint", {@code OS_FOO_BAR} "OS foo bar".
     */
    public String labelForUnknownKey(String key) {
        String label = key == null ? "" : humanize(key);
        return label.isEmpty() ? text(UNNAMED_FIELD, "(unnamed field)") : label;
    }

    private String humanize(String key) {
        StringBuilder label = new StringBuilder();
        for (String word : words(key)) {
            String upper = word.toUpperCase(Locale.ROOT);
            String shown;
            if (acronyms.contains(upper)) {
                shown = upper;
            } else if (label.length() == 0) {
                String lower = word.toLowerCase(Locale.ROOT);
                int first = lower.codePointAt(0);
                shown = new StringBuilder().appendCodePoint(Character.toTitleCase(first))
                        .append(lower.substring(Character.charCount(first))).toString();
            } else {
                shown = word.toLowerCase(Locale.ROOT);
            }
            if (label.length() > 0) {
                label.append(' ');
            }
            label.append(shown);
        }
        return label.toString();
    }

    /**
     * Splits a key into words: separators are anything but letters and digits, and a
     * lower-to-upper case change ({@code bucketHint}) or the end of an upper-case run
     * before a capitalized word ({@code HTTPServer}) also starts a word. Digits stay with
     * their word, so {@code s3} and {@code v2} survive whole.
     */
    static List<String> words(String key) {
        List<String> words = new ArrayList<>();
        int[] cps = key.codePoints().toArray();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            if (!Character.isLetterOrDigit(cp)) {
                flush(word, words);
                continue;
            }
            if (word.length() > 0 && Character.isUpperCase(cp)) {
                int previous = cps[i - 1];
                boolean afterLowerOrDigit = Character.isLowerCase(previous) || Character.isDigit(previous);
                boolean endsAcronym = Character.isUpperCase(previous)
                        && i + 1 < cps.length && Character.isLowerCase(cps[i + 1]);
                if (afterLowerOrDigit || endsAcronym) {
                    flush(word, words);
                }
            }
            word.appendCodePoint(cp);
        }
        flush(word, words);
        return words;
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (word.length() > 0) {
            words.add(word.toString());
            word.setLength(0);
        }
    }

    private String text(String key, String fallback) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }
}
