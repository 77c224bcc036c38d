package io.github.cloudmckeys.search;

import io.github.cloudmckeys.demo.DemoData;
import io.github.cloudmckeys.demo.DemoPortal;
import io.github.cloudmckeys.portal.ApiKey;
import io.github.cloudmckeys.portal.HttpPortalApi;
import io.github.cloudmckeys.portal.PortalEndpoint;
import io.github.cloudmckeys.portal.ServiceEntries;
import io.github.cloudmckeys.portal.ServiceEntry;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The search field's work per keystroke over a portal with 10,000 environments (JMH): each
 * invocation is one keystroke of someone typing {@value #TYPED}, matched as the window
 * matches it (30 suggestions, {@code ServiceCatalog.SUGGESTION_LIMIT}). The list comes from
 * the demo portal over loopback HTTP, as the window gets it. The baseline is the least any
 * search must do: one {@code String.contains} over the same labels, lower-cased beforehand.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ServiceMatcherBenchmark {
    /** What the user types, one keystroke at a time: "Object Storage - Europe / prod-04…". */
    public static final String TYPED = "obj eur prod-04";
    public static final int ENVIRONMENTS = 10_000;
    private static final int SUGGESTION_LIMIT = 30;

    private ServiceMatcher matcher;
    private String[] lowerCaseLabels;
    private final String[] keystrokes = new String[TYPED.length()];
    private int next;

    @Setup
    public void listTheServices() throws Exception {
        List<ServiceEntry> entries;
        try (DemoPortal portal = DemoPortal.start(DemoData.generated(ENVIRONMENTS))) {
            HttpPortalApi api = HttpPortalApi.create(PortalEndpoint.parse(portal.endpoint().toString()),
                    ApiKey.of(DemoPortal.API_KEY));
            entries = ServiceEntries.from(api.environments());
        }
        if (entries.size() != ENVIRONMENTS) {
            throw new IllegalStateException("the demo portal listed " + entries.size() + " services");
        }
        matcher = new ServiceMatcher(entries);
        lowerCaseLabels = entries.stream().map(e -> e.label().toLowerCase(Locale.ROOT)).toArray(String[]::new);
        for (int i = 0; i < keystrokes.length; i++) {
            keystrokes[i] = TYPED.substring(0, i + 1);
            if (matcher.suggest(keystrokes[i], SUGGESTION_LIMIT).isEmpty()) {
                throw new IllegalStateException("nothing matches \"" + keystrokes[i] + "\"");
            }
        }
    }

    private String nextKeystroke() {
        String typed = keystrokes[next];
        next = (next + 1) % keystrokes.length;
        return typed;
    }

    @Benchmark
    public List<ServiceEntry> matcher() {
        return matcher.suggest(nextKeystroke(), SUGGESTION_LIMIT);
    }

    @Benchmark
    public int baselineContainsScan() {
        String typed = nextKeystroke();
        int found = 0;
        for (String label : lowerCaseLabels) {
            if (label.contains(typed)) {
                found++;
            }
        }
        return found;
    }
}
