package io.github.cloudmckeys.bench;

import io.github.cloudmckeys.app.settings.AppSettings;
import io.github.cloudmckeys.app.settings.WindowBounds;
import io.github.cloudmckeys.app.settings.XdgSettingsStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every benchmark of docs/benchmarks.md, one table: each figure's median beside its baseline's
 * from the same run. Started by bench/run.sh, which builds the app-image and gives this a
 * display (Xvfb). {@code --quick} runs each measurement once or briefly, so that CI proves the
 * harness still works: its figures are not to be believed and are never judged. Exits 1 when a
 * measurement could not be made (the harness is broken), whatever the figures; 2 on bad arguments.
 *
 * <pre>
 * BenchmarkSuite [--quick] [--image DIR] [--javafx-jars DIR] [--jlink-options FILE]
 *                [--bench-classes DIR] [--out DIR] [--jar FILE]
 * </pre>
 */
public final class BenchmarkSuite {
    private BenchmarkSuite() {}

    @FunctionalInterface
    private interface Step {
        List<Row> run() throws BenchmarkException;
    }

    public static void main(String[] args) throws IOException {
        boolean quick = false;
        Path image = Path.of("target/jpackage/image/cloudmc-keys");
        Path javafxJars = Path.of("target/jpackage/javafx");
        Path jlinkOptions = Path.of("packaging/jlink.txt");
        Path benchClasses = Path.of("target/test-classes");
        Path out = Path.of("target/bench");
        Path jar = Path.of("target/cloudmc-keys.jar");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--image" -> image = Path.of(args[++i]);
                case "--javafx-jars" -> javafxJars = Path.of(args[++i]);
                case "--jlink-options" -> jlinkOptions = Path.of(args[++i]);
                case "--bench-classes" -> benchClasses = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--jar" -> jar = Path.of(args[++i]);
                default -> {
                    System.err.println("BenchmarkSuite: unknown argument " + args[i]);
                    System.exit(2);
                }
            }
        }
        if (System.getenv("DISPLAY") == null) {
            System.err.println("BenchmarkSuite: no DISPLAY; run it through bench/run.sh (Xvfb)");
            System.exit(2);
        }
        out = out.toAbsolutePath();
        benchClasses = benchClasses.toAbsolutePath();
        String loadBefore = Machine.load();
        Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        List<Row> rows = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        AppImage app;
        try {
            app = AppImage.at(image.toAbsolutePath());
        } catch (BenchmarkException e) {
            System.err.println("BenchmarkSuite: " + e.getMessage());
            System.exit(1);
            return;
        }
        Launches launches = new Launches(out.resolve("logs"), freshHome(out.resolve("home")));
        StartupBenchmark startup = new StartupBenchmark(app, benchClasses, launches, out);
        JmhRuns jmh = new JmhRuns(quick, out.resolve("logs"),
                app.javaOptions().stream().filter(option -> option.startsWith("-XX:")).toList());
        boolean brief = quick;
        Path classes = benchClasses;
        int startupRuns = quick ? 1 : 10;
        Path jlink = jlinkOptions.toAbsolutePath();
        Path javafx = javafxJars.toAbsolutePath();
        Path work = out;
        Path appJar = jar.toAbsolutePath();
        CommandLineBenchmark cli = new CommandLineBenchmark(launches, benchClasses, quick ? 1 : 10);
        AppImage[] installed = new AppImage[1];
        List<Step> steps = List.of(
                () -> startup.firstFrame(app, "1. cold start → first frame painted", startupRuns),
                () -> startup.sameControls(startupRuns),
                () -> {
                    installed[0] = startup.installedCopy();
                    return startup.firstFrame(installed[0],
                            "1c. cold start → first frame, as the .deb installs it: its CDS archive for both", startupRuns);
                },
                () -> cli.fromJar(appJar),
                // Before the launcher comparison, which makes the installed copy's launcher start the probe.
                () -> cli.fromLauncher(installed(installed[0])),
                () -> startup.cds(installed(installed[0]), startupRuns),
                () -> WindowRuns.run(app, classes, launches, brief ? 1 : 8, brief ? 5 : 30),
                jmh::matcher,
                () -> startup.memory(brief ? 1 : 5),
                jmh::exportWriters,
                () -> ImageSize.run(app, jlink, javafx, work, launches));
        for (Step step : steps) {
            try {
                rows.addAll(step.run());
            } catch (BenchmarkException | RuntimeException e) {
                failures.add(e.toString());
                rows.add(new Row("FAILED: " + e.getMessage(), "", "", "", "", ""));
            }
        }

        StringBuilder report = new StringBuilder();
        report.append(quick ? "Benchmarks, QUICK mode (each measured once or briefly: the harness works;"
                + " the figures mean nothing)\n" : "Benchmarks\n");
        report.append("Run ").append(started).append(" on ").append(Machine.describe(app.java())).append('\n');
        report.append("Load average (1, 5, 15 min): ").append(loadBefore).append(" before, ").append(Machine.load())
                .append(" after\n\n");
        report.append(Row.table(rows));
        System.out.print(report);
        Files.writeString(out.resolve("benchmarks-table.md"), report, StandardCharsets.UTF_8);
        if (!failures.isEmpty()) {
            System.err.println("BenchmarkSuite: " + failures.size() + " measurement(s) failed: " + failures);
            System.exit(1);
        }
    }

    private static AppImage installed(AppImage copy) throws BenchmarkException {
        if (copy == null) {
            throw new BenchmarkException("no installed copy of the app-image to compare (row 1c failed)");
        }
        return copy;
    }

    /**
     * A home of the benchmark's own: no settings or key of the user's is read, and a settings file
     * with the window's place is there, as after any earlier run of the app.
     */
    private static Map<String, String> freshHome(Path home) throws IOException {
        Path config = home.resolve(".config");
        new XdgSettingsStore(config.resolve(XdgSettingsStore.FOLDER_NAME)).save(AppSettings.defaults()
                .withWindowBounds(new WindowBounds(120, 80, 980, 740, false)));
        return Map.of("HOME", home.toString(), "XDG_CONFIG_HOME", config.toString());
    }
}
