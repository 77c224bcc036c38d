package io.github.cloudmckeys.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Both languages complete and well typed: the same keys, nothing empty, nothing left in
 * English unless listed in {@code same-in-french.txt}, the same placeholders, no
 * apostrophe that MessageFormat would swallow, and French typography (non-breaking
 * space before : ? ! and inside « », no straight quotes).
 */
class BundlesTest {
    /**
     * A bundle's base name, whether its values are MessageFormat patterns, and whether its French
     * apostrophe is the typographic ’ (else the straight ', for text that picocli wraps: see help_fr).
     */
    record Bundle(String baseName, boolean messageFormat, boolean typographicApostrophe) {
        Map<String, String> english() {
            return read(baseName.replace('.', '/') + ".properties");
        }

        Map<String, String> french() {
            return read(baseName.replace('.', '/') + "_fr.properties");
        }

        @Override
        public String toString() {
            return baseName;
        }
    }

    static Stream<Bundle> bundles() {
        return Stream.of(
                new Bundle(Messages.BUNDLE, true, true),
                new Bundle("io.github.cloudmckeys.credentials.labels", false, true),
                new Bundle("io.github.cloudmckeys.app.cli.help", false, false));
    }

    private static final char NBSP = '\u00a0';
    private static final char NARROW_NBSP = '\u202f';
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundles")
    void everyKeyIsInBothLanguages(Bundle bundle) {
        Set<String> english = bundle.english().keySet();
        Set<String> french = bundle.french().keySet();
        assertThat(english).as("keys of %s", bundle).isNotEmpty();
        assertThat(difference(english, french)).as("keys missing from the French %s", bundle).isEmpty();
        assertThat(difference(french, english)).as("keys missing from the English %s", bundle).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundles")
    void noValueIsEmpty(Bundle bundle) {
        List<String> empty = new ArrayList<>();
        bundle.english().forEach((key, value) -> { if (value.isBlank()) empty.add("en " + key); });
        bundle.french().forEach((key, value) -> { if (value.isBlank()) empty.add("fr " + key); });
        assertThat(empty).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundles")
    void frenchDiffersFromEnglishUnlessListed(Bundle bundle) {
        Set<String> listed = sameInFrench();
        Map<String, String> french = bundle.french();
        List<String> untranslated = new ArrayList<>();
        bundle.english().forEach((key, value) -> {
            if (value.equals(french.get(key)) && !listed.contains(key)) {
                untranslated.add(key + "=" + value);
            }
        });
        assertThat(untranslated).as("French values identical to English, not in same-in-french.txt").isEmpty();
    }

    @Test
    void everyListedKeyExistsAndReallyIsTheSame() {
        Map<String, String> english = new TreeMap<>();
        Map<String, String> french = new TreeMap<>();
        bundles().forEach(bundle -> {
            english.putAll(bundle.english());
            french.putAll(bundle.french());
        });
        for (String key : sameInFrench()) {
            assertThat(english).as("listed key %s", key).containsKey(key);
            assertThat(french.get(key)).as("listed key %s", key).isEqualTo(english.get(key));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundles")
    void bothLanguagesHaveTheSamePlaceholders(Bundle bundle) {
        Map<String, String> french = bundle.french();
        bundle.english().forEach((key, value) -> {
            if (french.containsKey(key)) {
                assertThat(placeholders(french.get(key))).as("placeholders of %s", key).isEqualTo(placeholders(value));
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundles")
    void patternsParseAndKeepTheirApostrophes(Bundle bundle) {
        if (!bundle.messageFormat()) {
            return;
        }
        Map<String, String> all = new TreeMap<>();
        bundle.english().forEach((key, value) -> all.put("en " + key, value));
        bundle.french().forEach((key, value) -> all.put("fr " + key, value));
        all.forEach((key, value) -> {
            assertThat(LONE_APOSTROPHE.matcher(value).find())
                    .as("%s has a lone ' that MessageFormat would swallow (write '' or ’): %s", key, value).isFalse();
            new MessageFormat(value); // throws on a malformed pattern
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundles")
    void frenchTypography(Bundle bundle) {
        List<String> faults = new ArrayList<>();
        bundle.french().forEach((key, value) -> {
            String text = PLACEHOLDER.matcher(value).replaceAll("X");
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean punctuation = c == '?' || c == '!'
                        || (c == ':' && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1))
                        || text.charAt(i + 1) == NBSP));
                if (punctuation && (i == 0 || !isNonBreaking(text.charAt(i - 1)))) {
                    faults.add(key + ": no non-breaking space before '" + c + "' in: " + value);
                }
                if (c == '"') {
                    faults.add(key + ": straight quote, use « »: " + value);
                }
                if (c == '«' && (i + 1 == text.length() || !isNonBreaking(text.charAt(i + 1)))) {
                    faults.add(key + ": no non-breaking space after «: " + value);
                }
                if (c == '»' && (i == 0 || !isNonBreaking(text.charAt(i - 1)))) {
                    faults.add(key + ": no non-breaking space before »: " + value);
                }
            }
            if (!bundle.typographicApostrophe() && value.indexOf('’') >= 0) {
                faults.add(key + ": typographic apostrophe in wrapped help text, use ': " + value);
            }
            if (bundle.typographicApostrophe() && !bundle.messageFormat() && value.indexOf('\'') >= 0) {
                faults.add(key + ": straight apostrophe, use ’: " + value);
            }
            if (bundle.messageFormat() && value.contains("''")) {
                faults.add(key + ": straight apostrophe, use ’: " + value);
            }
        });
        assertThat(faults).isEmpty();
    }

    @Test
    void theTypographyCheckCatchesAPlainSpace() {
        // The check above must be able to fail: a plain space before a colon is not French typography.
        String text = "Erreur : réessayez";
        int colon = text.indexOf(':');
        assertThat(isNonBreaking(text.charAt(colon - 1))).isFalse();
        assertThat(isNonBreaking("Erreur\u00a0: réessayez".charAt(colon - 1))).isTrue();
    }

    private static boolean isNonBreaking(char c) {
        return c == NBSP || c == NARROW_NBSP;
    }

    private static Set<String> placeholders(String value) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(value);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }

    private static Set<String> sameInFrench() {
        Set<String> keys = new TreeSet<>();
        for (String line : read("io/github/cloudmckeys/i18n/same-in-french.txt", true)) {
            String stripped = line.strip();
            if (!stripped.isEmpty() && !stripped.startsWith("#")) {
                keys.add(stripped.split("\\s+", 2)[0]);
            }
        }
        return keys;
    }

    private static Map<String, String> read(String resource) {
        Properties properties = new Properties();
        try (InputStream in = BundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as("resource %s", resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> values = new TreeMap<>();
        properties.forEach((key, value) -> values.put((String) key, (String) value));
        return values;
    }

    private static List<String> read(String resource, boolean lines) {
        try (InputStream in = BundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as("resource %s", resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
