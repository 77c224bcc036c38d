package io.github.cloudmckeys.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cloudmckeys.portal.ServiceEntry;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ServiceMatcherTest {
    private static final ServiceEntry COMPUTE_MONTREAL = entry("Compute", "Montréal", "Acme");
    private static final ServiceEntry OBJECT_CCONTINI = entry("Object Storage", "ccontini", "Acme");
    private static final ServiceEntry OBJECT_EQUIPE = entry("Object Storage", "Équipe", "Acme");
    private static final ServiceEntry OBJECT_TEAM = entry("Object Storage", "team", "Acme");
    private static final List<ServiceEntry> PORTAL =
            List.of(COMPUTE_MONTREAL, OBJECT_CCONTINI, OBJECT_EQUIPE, OBJECT_TEAM);
    private static final ServiceMatcher MATCHER = new ServiceMatcher(PORTAL);

    static ServiceEntry entry(String connection, String environment, String organization) {
        String id = connection + "|" + environment + "|" + organization;
        return new ServiceEntry("c-" + id, connection, "e-" + id, environment, organization);
    }

    private static List<String> labels(List<ServiceEntry> entries) {
        return entries.stream().map(ServiceEntry::label).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"montreal", "MONTREAL", "Montréal", "montréal", "MONTRÉAL", "mont", "réal"})
    void accentsAndCaseDoNotMatter(String query) {
        assertThat(MATCHER.suggest(query, 10)).containsExactly(COMPUTE_MONTREAL);
        assertThat(MATCHER.resolve(query)).isEqualTo(new Resolution.Found(COMPUTE_MONTREAL));
    }

    @Test
    void anUnaccentedUpperCaseQueryFindsAnAccentedLabel() {
        assertThat(MATCHER.resolve("EQUIPE")).isEqualTo(new Resolution.Found(OBJECT_EQUIPE));
        // And the other way round: an accent typed in the query, none in the label.
        ServiceMatcher plain = new ServiceMatcher(List.of(entry("Compute", "Montreal", "Acme")));
        assertThat(plain.suggest("Montréal", 5)).hasSize(1);
    }

    @Test
    void ranksExactThenPrefixThenWordPrefixThenSubstring() {
        ServiceEntry substring = entry("Bigdata", "x", "Acme");
        ServiceEntry wordPrefix = entry("Big Data", "archive", "Acme");
        ServiceEntry prefix = entry("Data", "alpha", "Acme");
        ServiceEntry exact = entry("Data", "a", "Acme");
        ServiceEntry none = entry("Nothing", "here", "Acme");
        // Given worst first, so that the ranking, not the given order, decides.
        ServiceMatcher matcher = new ServiceMatcher(List.of(none, substring, wordPrefix, prefix, exact));
        assertThat(matcher.suggest("data / a", 10)).containsExactly(exact, prefix, wordPrefix, substring);
        assertThat(matcher.resolve("data / a")).isEqualTo(new Resolution.Found(exact));
        // For "data" both "Data / …" labels only start with the query: one tier, given order.
        assertThat(matcher.resolve("data")).isEqualTo(
                new Resolution.Ambiguous(List.of(prefix, exact, wordPrefix, substring)));
    }

    @Test
    void withinATierTheGivenOrderDecides() {
        ServiceEntry first = entry("Object Storage", "zulu", "Acme");
        ServiceEntry second = entry("Object Storage", "alpha", "Acme");
        ServiceEntry third = entry("Object Storage", "mike", "Acme");
        assertThat(new ServiceMatcher(List.of(first, second, third)).suggest("object", 10))
                .containsExactly(first, second, third);
    }

    @Test
    void everyQueryWordMustMatchAsAWordPrefixOrASubstring() {
        assertThat(MATCHER.suggest("obj cco", 10)).containsExactly(OBJECT_CCONTINI);
        assertThat(MATCHER.suggest("stor ccon", 10)).containsExactly(OBJECT_CCONTINI);
        assertThat(MATCHER.suggest("ccon stor", 10)).containsExactly(OBJECT_CCONTINI);
        assertThat(MATCHER.suggest("ject ntini", 10)).containsExactly(OBJECT_CCONTINI);
        assertThat(MATCHER.suggest("stor zzz", 10)).isEmpty();
        assertThat(MATCHER.suggest("storage", 10)).containsExactly(OBJECT_CCONTINI, OBJECT_EQUIPE, OBJECT_TEAM);
    }

    @Test
    void punctuationInsideALabelWordSeparatesWords() {
        ServiceEntry systemUser = entry("Object Storage", "system-ccontini", "Acme");
        ServiceEntry glued = entry("Object Storage", "xccontini", "Acme");
        ServiceMatcher matcher = new ServiceMatcher(List.of(glued, systemUser));
        // "ccon" starts a word of "system-ccontini" but is only inside "xccontini".
        assertThat(matcher.suggest("obj ccon", 10)).containsExactly(systemUser, glued);
        assertThat(matcher.suggest("storage system-cc", 10)).containsExactly(systemUser);
    }

    @ParameterizedTest
    @ValueSource(strings = {"object storage / ccontini", "Object Storage / ccontini", "object storage/ccontini",
            "  object   storage  /   ccontini  ", "object\tstorage\u00a0/ ccontini", "OBJECT STORAGE /CCONTINI"})
    void theSeparatorAndWhitespaceCanBeTypedAnyWay(String query) {
        assertThat(MATCHER.resolve(query)).isEqualTo(new Resolution.Found(OBJECT_CCONTINI));
        assertThat(MATCHER.suggest(query, 10)).containsExactly(OBJECT_CCONTINI);
    }

    @Test
    void aHalfTypedSeparatorStillMatches() {
        assertThat(MATCHER.suggest("storage /", 10)).containsExactly(OBJECT_CCONTINI, OBJECT_EQUIPE, OBJECT_TEAM);
        assertThat(MATCHER.suggest("/cc", 10)).containsExactly(OBJECT_CCONTINI);
        assertThat(MATCHER.suggest("/", 10)).containsExactlyElementsOf(PORTAL);
    }

    @Test
    void severalMatchesAreAmbiguousBestFirst() {
        assertThat(MATCHER.resolve("object storage")).isEqualTo(
                new Resolution.Ambiguous(List.of(OBJECT_CCONTINI, OBJECT_EQUIPE, OBJECT_TEAM)));
        // "e" starts a word only in "Équipe"; it is inside a word everywhere else.
        assertThat(MATCHER.resolve("e")).isEqualTo(new Resolution.Ambiguous(
                List.of(OBJECT_EQUIPE, COMPUTE_MONTREAL, OBJECT_CCONTINI, OBJECT_TEAM)));
    }

    @Test
    void anExactLabelWinsOverLongerLabelsContainingIt() {
        ServiceEntry dev = entry("Object Storage", "dev", "Acme");
        ServiceEntry dev2 = entry("Object Storage", "dev2", "Acme");
        ServiceMatcher matcher = new ServiceMatcher(List.of(dev, dev2));
        assertThat(matcher.resolve("object storage / dev")).isEqualTo(new Resolution.Found(dev));
        assertThat(matcher.resolve("object storage / dev2")).isEqualTo(new Resolution.Found(dev2));
        assertThat(matcher.resolve("dev")).isEqualTo(new Resolution.Ambiguous(List.of(dev, dev2)));
    }

    @Test
    void theSameExactLabelInTwoOrganizationsIsAmbiguousBetweenThoseOnly() {
        ServiceEntry acme = entry("Object Storage", "dev", "Acme");
        ServiceEntry globex = entry("Object Storage", "dev", "Globex");
        ServiceEntry dev2 = entry("Object Storage", "dev2", "Acme");
        ServiceMatcher matcher = new ServiceMatcher(List.of(acme, globex, dev2));
        assertThat(matcher.resolve("Object Storage / dev")).isEqualTo(new Resolution.Ambiguous(List.of(acme, globex)));
    }

    @Test
    void aSingleMatchIsFoundEvenFromAFragment() {
        assertThat(MATCHER.resolve("cco")).isEqualTo(new Resolution.Found(OBJECT_CCONTINI));
        assertThat(MATCHER.resolve("team")).isEqualTo(new Resolution.Found(OBJECT_TEAM));
    }

    @Test
    void nothingMatchingIsNotFoundWithTheQueryAsTyped() {
        assertThat(MATCHER.resolve("  Zzz ")).isEqualTo(new Resolution.NotFound("  Zzz ", List.of()));
        assertThat(MATCHER.suggest("zzz", 10)).isEmpty();
    }

    @Test
    void notFoundSuggestsEntriesMatchingPartOfTheQuery() {
        Resolution wrongEnvironment = MATCHER.resolve("object storage / nobody");
        assertThat(wrongEnvironment).isInstanceOfSatisfying(Resolution.NotFound.class, notFound ->
                assertThat(notFound.closest()).containsExactly(OBJECT_CCONTINI, OBJECT_EQUIPE, OBJECT_TEAM));
        Resolution typo = MATCHER.resolve("ccontinni");
        assertThat(typo).isInstanceOfSatisfying(Resolution.NotFound.class, notFound ->
                assertThat(notFound.closest()).containsExactly(OBJECT_CCONTINI));
        Resolution moreWordsFirst = MATCHER.resolve("compute storage montreal");
        assertThat(moreWordsFirst).isInstanceOfSatisfying(Resolution.NotFound.class, notFound ->
                assertThat(notFound.closest()).startsWith(COMPUTE_MONTREAL).hasSize(4));
    }

    @Test
    void closestIsCapped() {
        List<ServiceEntry> many = IntStream.range(0, 20)
                .mapToObj(i -> entry("Object Storage", "env" + i, "Acme")).toList();
        Resolution resolution = new ServiceMatcher(many).resolve("object nobody");
        assertThat(resolution).isInstanceOfSatisfying(Resolution.NotFound.class, notFound ->
                assertThat(notFound.closest()).hasSize(ServiceMatcher.CLOSEST_LIMIT).containsExactlyElementsOf(
                        many.subList(0, ServiceMatcher.CLOSEST_LIMIT)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t"})
    void aBlankQuerySuggestsTheFirstEntriesAndResolvesToNothing(String query) {
        assertThat(MATCHER.suggest(query, 2)).containsExactly(COMPUTE_MONTREAL, OBJECT_CCONTINI);
        assertThat(MATCHER.suggest(query, 100)).containsExactlyElementsOf(PORTAL);
        assertThat(MATCHER.resolve(query)).isEqualTo(new Resolution.NotFound(query, List.of()));
    }

    @Test
    void aNullQueryIsBlank() {
        assertThat(MATCHER.suggest(null, 1)).containsExactly(COMPUTE_MONTREAL);
        assertThat(MATCHER.resolve(null)).isEqualTo(new Resolution.NotFound("", List.of()));
    }

    @Test
    void suggestHonoursTheLimit() {
        assertThat(MATCHER.suggest("o", 2)).hasSize(2);
        assertThat(MATCHER.suggest("o", 0)).isEmpty();
        assertThatThrownBy(() -> MATCHER.suggest("o", -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noEntriesNoMatches() {
        ServiceMatcher empty = new ServiceMatcher(List.of());
        assertThat(empty.suggest("", 10)).isEmpty();
        assertThat(empty.resolve("x")).isEqualTo(new Resolution.NotFound("x", List.of()));
    }

    @Test
    void normalizationFoldsCaseAccentsSpacesAndTheSeparator() {
        assertThat(Arrays.asList("Équipe  Nord/Sud", " équipe nord / sud ", "EQUIPE\u00a0NORD /SUD", "İquipe nord/ sud"))
                .extracting(ServiceMatcher::normalize)
                .containsExactly("equipe nord / sud", "equipe nord / sud", "equipe nord / sud", "iquipe nord / sud");
    }
}
