package io.github.cloudmckeys.export;

import io.github.cloudmckeys.credentials.ServiceCredentials;
import java.util.Arrays;
import java.util.Locale;

/**
 * How long one script takes to write, per format and password mode: warms up, then times
 * rounds of writes and prints the median time per write. Not a test (no assertion on
 * time, which depends on the machine); run it with
 * {@code java -cp target/classes:target/test-classes io.github.cloudmckeys.export.ExportWritersBenchmark},
 * or with {@code --quick} for a few iterations only (CI runs it that way so it keeps working).
 */
public final class ExportWritersBenchmark {
    private ExportWritersBenchmark() {
    }

    public static void main(String[] args) throws ExportException {
        boolean quick = Arrays.asList(args).contains("--quick");
        int warmUp = quick ? 20 : 20_000;
        int rounds = quick ? 3 : 31;
        int writesPerRound = quick ? 10 : 2_000;
        ServiceCredentials credentials = Credentials.ordinary().build();
        long sink = 0;
        System.out.printf(Locale.ROOT, "%-14s %-6s %12s   (median of %d rounds of %d writes, after %d warm-up writes)%n",
                "format", "mode", "µs/write", rounds, writesPerRound, warmUp);
        // Baseline in the same run: the same values concatenated as naive "export NAME=value" lines,
        // no planning, no quoting, no header: what correctness costs on top of writing text at all.
        for (int i = 0; i < warmUp; i++) {
            sink += naiveExports(credentials).length();
        }
        double[] baseline = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            for (int i = 0; i < writesPerRound; i++) {
                sink += naiveExports(credentials).length();
            }
            baseline[round] = (System.nanoTime() - start) / 1_000.0 / writesPerRound;
        }
        Arrays.sort(baseline);
        System.out.printf(Locale.ROOT, "%-14s %-6s %12.2f%n", "baseline", "naive", baseline[rounds / 2]);
        for (ExportFormat format : ExportFormat.values()) {
            for (PasswordMode mode : PasswordMode.values()) {
                if (mode == PasswordMode.PROMPT && !format.supportsPasswordPrompt()) {
                    continue;
                }
                ExportOptions options = Credentials.options(mode);
                for (int i = 0; i < warmUp; i++) {
                    sink += ScriptExporter.export(credentials, format, options).script().length();
                }
                double[] microsPerWrite = new double[rounds];
                for (int round = 0; round < rounds; round++) {
                    long start = System.nanoTime();
                    for (int i = 0; i < writesPerRound; i++) {
                        sink += ScriptExporter.export(credentials, format, options).script().length();
                    }
                    microsPerWrite[round] = (System.nanoTime() - start) / 1_000.0 / writesPerRound;
                }
                Arrays.sort(microsPerWrite);
                System.out.printf(Locale.ROOT, "%-14s %-6s %12.2f%n", format.cliName(),
                        mode.name().toLowerCase(Locale.ROOT), microsPerWrite[rounds / 2]);
            }
        }
        System.out.println("(" + sink + " characters written in all)");
    }

    private static String naiveExports(ServiceCredentials credentials) {
        StringBuilder text = new StringBuilder();
        for (var field : credentials.fields()) {
            field.role().ifPresent(role -> text.append("export OS_").append(role.name()).append('=')
                    .append(field.value()).append('\n'));
        }
        return text.toString();
    }
}
