package io.github.cloudmckeys.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a sentence the user reads in French must be: one non-empty line, not the English one,
 * French typography (a non-breaking space before ":" and inside « »), no straight double
 * quote, and none of the English words every English sentence of the app is made of. Text
 * quoted in « » (a portal's or Keystone's own words) and host names, URLs and paths are left
 * out of the word check: they stay as their authors wrote them.
 */
public final class FrenchSentence {
    private static final Pattern QUOTED = Pattern.compile("«\u00a0.*?\u00a0»");
    /** Host names, URLs and paths: identifiers, in no language. */
    private static final Pattern IDENTIFIER = Pattern.compile("[^\\s(]*\\w[./]\\w[^\\s)]*");
    private static final Pattern ENGLISH_WORD = Pattern.compile(
            "\\b(the|and|or|is|was|your|you|check|try|again|cannot|portal|answer|answered|file|no)\\b");

    private FrenchSentence() {}

    /** Fails unless {@code french} reads as French and differs from {@code english}. */
    public static void assertFrench(String french, String english) {
        assertThat(french).as("French sentence").isNotBlank().doesNotContain("\n", "\r").isNotEqualTo(english);
        String outsideQuotes = QUOTED.matcher(french).replaceAll("«»");
        assertThat(outsideQuotes).as("straight quotes in: %s", french).doesNotContain("\"");
        String words = IDENTIFIER.matcher(outsideQuotes).replaceAll(" ").toLowerCase(Locale.ROOT);
        Matcher word = ENGLISH_WORD.matcher(words);
        if (word.find()) {
            throw new AssertionError("the English word \"" + word.group() + "\" in: " + french);
        }
        for (int i = outsideQuotes.indexOf(": "); i >= 0; i = outsideQuotes.indexOf(": ", i + 1)) {
            assertThat(i > 0 && outsideQuotes.charAt(i - 1) == '\u00a0').as("a plain space before ':' in: %s", french)
                    .isTrue();
        }
        assertThat(french.replace("«\u00a0", "").replace("\u00a0»", "")).as("guillemets without non-breaking spaces")
                .doesNotContain("«", "»");
    }
}
