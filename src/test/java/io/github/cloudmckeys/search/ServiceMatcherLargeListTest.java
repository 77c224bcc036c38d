package io.github.cloudmckeys.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudmckeys.portal.Environment;
import io.github.cloudmckeys.portal.ServiceConnection;
import io.github.cloudmckeys.portal.ServiceEntries;
import io.github.cloudmckeys.portal.ServiceEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Ranking over a portal-sized list (10,000 entries), built and sorted the way the app builds it. */
class ServiceMatcherLargeListTest {
    private static final List<String> CONNECTIONS =
            List.of("Object Storage", "Cold Object Storage", "Bigobject Storages", "Compute", "Kubernetes");
    private static final int ENVIRONMENTS_PER_CONNECTION = 2000;
    private static final List<ServiceEntry> ENTRIES = entries();
    private static final ServiceMatcher MATCHER = new ServiceMatcher(ENTRIES);

    private static List<ServiceEntry> entries() {
        Environment.Organization acme = new Environment.Organization("org-1", "Acme", "acme");
        List<Environment> environments = new ArrayList<>();
        for (int c = 0; c < CONNECTIONS.size(); c++) {
            ServiceConnection connection = new ServiceConnection("conn-" + c, "code" + c, CONNECTIONS.get(c), "swift");
            for (int e = 0; e < ENVIRONMENTS_PER_CONNECTION; e++) {
                environments.add(new Environment("env-" + c + "-" + e, "team-" + e, null, acme, connection));
            }
        }
        return ServiceEntries.from(environments);
    }

    /** The entries whose label satisfies {@code test}, in the list's order. */
    private static List<ServiceEntry> where(Predicate<String> test) {
        return ENTRIES.stream().filter(entry -> test.test(entry.label())).toList();
    }

    @Test
    void theListHasTenThousandEntries() {
        assertThat(ENTRIES).hasSize(10_000);
    }

    @Test
    void ranksTheTiersOverTheWholeList() {
        // "object storage / team-42": team-42 is exact, team-420…429 extend it,
        // "Cold Object Storage" has each word starting a word, "Bigobject Storages" has them inside words.
        List<ServiceEntry> exact = where(label -> label.equals("Object Storage / team-42"));
        List<ServiceEntry> prefix = where(label -> label.matches("Object Storage / team-42\\d+"));
        List<ServiceEntry> wordPrefix = where(label -> label.matches("Cold Object Storage / team-42\\d*"));
        List<ServiceEntry> substring = where(label -> label.matches("Bigobject Storages / team-42\\d*"));
        assertThat(exact).hasSize(1);
        assertThat(prefix).hasSize(10);
        assertThat(wordPrefix).hasSize(11);
        assertThat(substring).hasSize(11);
        List<ServiceEntry> expected = Stream.of(exact, prefix, wordPrefix, substring).flatMap(List::stream).toList();

        assertThat(MATCHER.suggest("object storage / team-42", 100)).containsExactlyElementsOf(expected);
        assertThat(MATCHER.suggest("OBJECT  storage/team-42", 30)).containsExactlyElementsOf(expected.subList(0, 30));
        assertThat(MATCHER.suggest("object storage / team-42", 5)).containsExactlyElementsOf(expected.subList(0, 5));
        assertThat(MATCHER.resolve("object storage / team-42")).isEqualTo(new Resolution.Found(exact.get(0)));
    }

    @Test
    void aWordPrefixQueryRanksWordStartsBeforeInnerMatches() {
        List<ServiceEntry> wordPrefix = where(label -> label.matches("(Cold )?Object Storages? / team-1999"));
        List<ServiceEntry> substring = where(label -> label.equals("Bigobject Storages / team-1999"));
        assertThat(wordPrefix).hasSize(2);
        assertThat(MATCHER.suggest("obj stor team-1999", 10))
                .containsExactlyElementsOf(Stream.concat(wordPrefix.stream(), substring.stream()).toList());
    }

    @Test
    void resolvesAcrossTheWholeList() {
        assertThat(MATCHER.resolve("Cold Object Storage / team-1999"))
                .isEqualTo(new Resolution.Found(where(l -> l.equals("Cold Object Storage / team-1999")).get(0)));
        assertThat(MATCHER.resolve("team-1999")).isEqualTo(
                new Resolution.Ambiguous(where(label -> label.endsWith(" / team-1999"))));
        assertThat(MATCHER.resolve("kubernetes")).isInstanceOfSatisfying(Resolution.Ambiguous.class,
                ambiguous -> assertThat(ambiguous.candidates()).hasSize(ENVIRONMENTS_PER_CONNECTION)
                        .containsExactlyElementsOf(where(label -> label.startsWith("Kubernetes / "))));
        assertThat(MATCHER.resolve("network")).isEqualTo(new Resolution.NotFound("network", List.of()));
    }

    @Test
    void aBlankQueryShowsTheHeadOfTheList() {
        assertThat(MATCHER.suggest(" ", 20)).containsExactlyElementsOf(ENTRIES.subList(0, 20));
    }
}
