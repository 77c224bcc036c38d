package io.github.cloudmckeys.bench;

import io.github.cloudmckeys.render.script.ExportWritersBenchmark;
import io.github.cloudmckeys.search.ServiceMatcherBenchmark;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The JMH benchmarks (ServiceMatcherBenchmark, ExportWritersBenchmark), one forked JVM per
 * benchmark, their medians read back for the table. Quick mode runs them for a fraction of a
 * second each: enough to prove they still run, not to be believed.
 */
final class JmhRuns {
    private final boolean quick;
    private final Path logs;
    private final List<String> jvmOptions;

    /**
     * @param logs       where JMH's own report of each run goes ({@code jmh-*.txt})
     * @param jvmOptions the packaged launcher's JVM tuning ({@code -XX:} options), so that the code is
     *                   compiled as in the app; the forks run on this JDK (JMH needs java.management,
     *                   which the app-image's runtime leaves out)
     */
    JmhRuns(boolean quick, Path logs, List<String> jvmOptions) {
        this.quick = quick;
        this.logs = logs;
        this.jvmOptions = List.copyOf(jvmOptions);
    }

    private ChainedOptionsBuilder options(String include, String log) {
        ChainedOptionsBuilder options = new OptionsBuilder().include(include).forks(1).shouldFailOnError(true)
                .output(logs.resolve("jmh-" + log + ".txt").toString())
                .jvmArgsAppend(jvmOptions.toArray(String[]::new));
        if (quick) {
            return options.warmupIterations(1).warmupTime(TimeValue.milliseconds(200))
                    .measurementIterations(1).measurementTime(TimeValue.milliseconds(300));
        }
        return options.warmupIterations(3).warmupTime(TimeValue.seconds(1))
                .measurementIterations(5).measurementTime(TimeValue.seconds(1));
    }

    List<Row> matcher() throws BenchmarkException {
        Collection<RunResult> results = run(options(ServiceMatcherBenchmark.class.getName() + "\\.", "matcher")
                .timeUnit(TimeUnit.MICROSECONDS).build());
        double matcher = median(results, "matcher", null) / 1000;
        double baseline = median(results, "baselineContainsScan", null) / 1000;
        return List.of(Row.againstLimit("2a. matcher, time per keystroke, 10,000 services (JMH, \""
                        + ServiceMatcherBenchmark.TYPED + "\" typed key by key)", matcher, baseline, "%.3f ms",
                "one String.contains over the labels", 2));
    }

    List<Row> exportWriters() throws BenchmarkException {
        List<String> variants = ExportWritersBenchmark.variants();
        String name = ExportWritersBenchmark.class.getName();
        Collection<RunResult> written = run(options(name + "\\.write$", "export-writers")
                .param("variant", variants.toArray(String[]::new)).build());
        Collection<RunResult> naive = run(options(name + "\\.baselineNaiveExports$", "export-baseline")
                .param("variant", variants.get(0)).build());
        double baseline = median(naive, "baselineNaiveExports", null);
        List<Row> rows = new ArrayList<>();
        for (String variant : variants) {
            rows.add(Row.reported("5. export writer " + variant + ", one credential set (JMH)",
                    median(written, "write", variant), baseline, "%.2f µs", "naive export lines"));
        }
        return rows;
    }

    private static Collection<RunResult> run(org.openjdk.jmh.runner.options.Options options)
            throws BenchmarkException {
        try {
            Collection<RunResult> results = new Runner(options).run();
            if (results.isEmpty()) {
                throw new BenchmarkException("JMH ran no benchmark for " + options.getIncludes());
            }
            return results;
        } catch (RunnerException e) {
            throw new BenchmarkException("JMH failed: " + e.getMessage(), e);
        }
    }

    /** The median score of benchmark method {@code method} (and parameter {@code variant}, if given). */
    private static double median(Collection<RunResult> results, String method, String variant)
            throws BenchmarkException {
        for (RunResult result : results) {
            String label = result.getParams().getBenchmark();
            if (label.endsWith("." + method)
                    && (variant == null || variant.equals(result.getParams().getParam("variant")))) {
                return result.getPrimaryResult().getStatistics().getPercentile(50);
            }
        }
        throw new BenchmarkException("no JMH result for " + method + (variant == null ? "" : " " + variant));
    }
}
