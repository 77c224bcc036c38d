package io.github.cloudmckeys.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Starting the processes the benchmarks measure, with a time limit, their output kept under the work folder. */
final class Launches {
    private final Path logs;
    private final Map<String, String> environment;
    private int count;

    /**
     * @param logs        where each launch leaves its output ({@code NN-name.out}, {@code .err})
     * @param environment variables added to this process's own, for every launch (a fresh home, the display)
     */
    Launches(Path logs, Map<String, String> environment) throws IOException {
        this.logs = Files.createDirectories(logs);
        this.environment = Map.copyOf(environment);
    }

    /** A finished launch: its standard output and when it was started (wall clock, ms). */
    record Finished(List<String> stdout, long startedAtMillis) {
        /** The values of the first line starting with {@code prefix}: {@code key=value} pairs after it. */
        Map<String, String> line(String prefix) throws BenchmarkException {
            for (String line : stdout) {
                if (line.startsWith(prefix + " ")) {
                    Map<String, String> values = new HashMap<>();
                    for (String pair : line.substring(prefix.length() + 1).split(" ")) {
                        int equals = pair.indexOf('=');
                        if (equals > 0) {
                            values.put(pair.substring(0, equals), pair.substring(equals + 1));
                        }
                    }
                    return values;
                }
            }
            throw new BenchmarkException("no line starting with \"" + prefix + "\" in the output: " + stdout);
        }
    }

    /**
     * Runs {@code command} to its end and returns what it printed.
     *
     * @param extraEnvironment variables for this launch only
     * @throws BenchmarkException when it fails, exits with another status than 0 or outlives {@code limit}
     */
    Finished run(String name, List<String> command, Map<String, String> extraEnvironment, Duration limit)
            throws BenchmarkException {
        String base = String.format("%03d-%s", ++count, name);
        Path out = logs.resolve(base + ".out");
        Path err = logs.resolve(base + ".err");
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().remove("CLOUDMC_ENDPOINT");
        builder.environment().remove("CLOUDMC_API_KEY");
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().putAll(environment);
        builder.environment().putAll(extraEnvironment);
        try {
            long startedAt = System.currentTimeMillis();
            Process process = builder.start();
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
                throw new BenchmarkException(name + " did not finish within " + limit.toSeconds() + " s (see "
                        + out + " and " + err + ")");
            }
            List<String> stdout = Files.readAllLines(out, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new BenchmarkException(name + " exited with " + process.exitValue() + ": " + tail(err)
                        + " (see " + out + ")");
            }
            return new Finished(stdout, startedAt);
        } catch (IOException e) {
            throw new BenchmarkException(name + " could not run: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchmarkException(name + " was interrupted", e);
        }
    }

    private static String tail(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        return String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
    }

    static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
