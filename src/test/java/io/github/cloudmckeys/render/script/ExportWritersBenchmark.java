package io.github.cloudmckeys.render.script;

import io.github.cloudmckeys.credentials.CredentialField;
import io.github.cloudmckeys.credentials.ServiceCredentials;
import io.github.cloudmckeys.render.ExportException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * How long one script takes to write, for one credential set (the portal's Object Storage
 * fields), per format and password mode (JMH). The baseline is the same values written as
 * naive {@code export OS_ROLE=value} lines: no planning, no quoting, no header, which is what
 * correctness costs on top of writing text at all. bench/run.sh runs every {@link #variants()}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ExportWritersBenchmark {
    /** {@code format/mode}, e.g. {@code openrc-v3/embed}; bench/run.sh passes {@link #variants()}. */
    @Param({"openrc-v3/embed"})
    public String variant;

    private final ServiceCredentials credentials = Credentials.ordinary().build();
    private ExportFormat format;
    private ExportOptions options;

    /** Every format, in each password mode it supports. */
    public static List<String> variants() {
        List<String> variants = new ArrayList<>();
        for (ExportFormat format : ExportFormat.values()) {
            for (PasswordMode mode : PasswordMode.values()) {
                if (mode != PasswordMode.PROMPT || format.supportsPasswordPrompt()) {
                    variants.add(format.cliName() + "/" + mode.name().toLowerCase(Locale.ROOT));
                }
            }
        }
        return variants;
    }

    @Setup
    public void choose() throws ExportException {
        String[] parts = variant.split("/");
        format = ExportFormat.byCliName(parts[0])
                .orElseThrow(() -> new IllegalArgumentException("no format " + parts[0]));
        options = Credentials.options(PasswordMode.valueOf(parts[1].toUpperCase(Locale.ROOT)));
        ScriptExporter.export(credentials, format, options); // fails here, not in the measurement
    }

    @Benchmark
    public String write() throws ExportException {
        return ScriptExporter.export(credentials, format, options).script();
    }

    @Benchmark
    public String baselineNaiveExports() {
        StringBuilder text = new StringBuilder();
        for (CredentialField field : credentials.fields()) {
            field.role().ifPresent(role -> text.append("export OS_").append(role.name()).append('=')
                    .append(field.value()).append('\n'));
        }
        return text.toString();
    }
}
