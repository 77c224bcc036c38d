package io.github.cloudmckeys.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudmckeys.logging.AppLogging;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Everything a test run lets out, searched for secrets: texts the test adds (streams,
 * sentences, exception chains) and, while it is open, every log record of every logger
 * at every level (raw, before any formatter could redact it), what the app's logging
 * setup writes at level ALL, and whatever reaches {@code System.out} and {@code System.err}.
 */
final class OutputSearch implements AutoCloseable {
    private final List<String> secrets;
    private final Map<String, String> texts = new LinkedHashMap<>();
    private final List<String> rawLogLines = new CopyOnWriteArrayList<>();
    private final ByteArrayOutputStream appLog = new ByteArrayOutputStream();
    private final ByteArrayOutputStream systemOut = new ByteArrayOutputStream();
    private final ByteArrayOutputStream systemErr = new ByteArrayOutputStream();
    private final PrintStream previousOut = System.out;
    private final PrintStream previousErr = System.err;
    private final AppLogging.Installed logging;
    private final Handler raw;

    OutputSearch(List<String> secrets) {
        this.secrets = List.copyOf(secrets);
        logging = AppLogging.install(Map.of(AppLogging.LEVEL_VARIABLE, "all"),
                new PrintStream(appLog, true, StandardCharsets.UTF_8));
        SimpleFormatter formatter = new SimpleFormatter();
        raw = new Handler() {
            @Override
            public void publish(LogRecord record) {
                rawLogLines.add(formatter.format(record) + " | raw: " + record.getMessage()
                        + (record.getParameters() == null ? "" : " | " + Arrays.asList(record.getParameters())));
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        raw.setLevel(Level.ALL);
        Logger root = Logger.getLogger("");
        root.addHandler(raw);
        root.setLevel(Level.ALL); // every library's finest records too, not only the app's
        System.setOut(new PrintStream(systemOut, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(systemErr, true, StandardCharsets.UTF_8));
    }

    /** A text that must hold no secret. */
    void add(String name, String text) {
        texts.put(name + " #" + texts.size(), String.valueOf(text));
    }

    /** An exception's messages, {@code toString()}s and stack trace text, with every cause and suppressed one. */
    void add(String name, Throwable failure) {
        assertThat(failure).as(name).isNotNull();
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        StringBuilder chain = new StringBuilder(trace.toString());
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            chain.append('\n').append(t.getMessage()).append('\n').append(t.getLocalizedMessage())
                    .append('\n').append(t);
        }
        add(name, chain.toString());
    }

    int rawLogLineCount() {
        return rawLogLines.size();
    }

    /** Stops capturing, then fails listing every output that holds a secret. */
    void assertNoSecret() {
        close();
        Map<String, String> all = new LinkedHashMap<>(texts);
        for (int i = 0; i < rawLogLines.size(); i++) {
            all.put("log record #" + i, rawLogLines.get(i));
        }
        all.put("the app's log output", appLog.toString(StandardCharsets.UTF_8));
        all.put("System.out", systemOut.toString(StandardCharsets.UTF_8));
        all.put("System.err", systemErr.toString(StandardCharsets.UTF_8));
        List<String> hits = new ArrayList<>();
        all.forEach((name, text) -> secrets.stream().filter(text::contains)
                .forEach(secret -> hits.add(name + " holds secret #" + secrets.indexOf(secret) + ": " + text)));
        assertThat(hits).as("outputs holding a secret, of " + all.size() + " searched").isEmpty();
        previousOut.println("no secret in any output: " + all.size() + " outputs searched ("
                + rawLogLines.size() + " log records), 0 hits");
    }

    @Override
    public void close() {
        if (System.out == previousOut) {
            return;
        }
        System.setOut(previousOut);
        System.setErr(previousErr);
        Logger.getLogger("").removeHandler(raw);
        logging.close(); // puts the root logger's level and handlers back as they were
    }
}
