package io.github.cloudmckeys.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Cold start to the first frame painted, and peak memory, of the app against an empty JavaFX
 * window (io.github.cloudmckeys.app.EmptyWindow): both on the app-image's runtime with the
 * launcher's options and class path, alternated, each run a new JVM; the same as the .deb
 * installs it, with its CDS archive; and the packaged launcher itself without and with it.
 *
 * <p>A run's start-up is measured by this process: from just before it starts the JVM to the
 * wall-clock time the probe prints when its first frame is painted (app.ProbedMain). The app
 * also prints its own age from the kernel's clock; the two must agree, or the harness is wrong.
 */
final class StartupBenchmark {
    /** The test-scope launcher that runs the app (or the empty window) with the probe. */
    static final String PROBED = "io.github.cloudmckeys.app.ProbedMain";
    static final String EMPTY_WINDOW = "-Dcloudmc.probe.main=io.github.cloudmckeys.app.EmptyWindow";
    static final String SAME_CONTROLS = "-Dcloudmc.probe.main=io.github.cloudmckeys.app.SameControlsWindow";
    static final String PROBE = "cloudmc-benchmark";
    static final String FIRST_FRAME = "-Dcloudmc.probe=first-frame";
    /** The service shown for the memory figure: the bundled demo data's Object Storage of ccontini. */
    static final String SERVICE = "-Dcloudmc.probe=service:ccontini";
    private static final Duration LIMIT = Duration.ofSeconds(90);
    /** Where the .deb's postinst puts the CDS archive, in the app-image. */
    static final String ARCHIVE = "lib/app/cloudmc-keys.jsa";
    /** How far this process's measure and the app's own may differ: 10 ms ticks, and starting a process. */
    private static final long AGREEMENT_MILLIS = 250;

    private final AppImage image;
    private final Path benchClasses;
    private final Launches launches;
    private final Path work;
    private final List<Double> emptyWindowPeakKiB = new ArrayList<>();

    StartupBenchmark(AppImage image, Path benchClasses, Launches launches, Path work) {
        this.image = image;
        this.benchClasses = benchClasses;
        this.launches = launches;
        this.work = work;
    }

    /**
     * Runs app and empty window alternately, {@code runs} times each, on {@code on}'s runtime with its
     * launcher's options and class path; the empty window's peak memory on the app-image as built is
     * kept for {@link #memory}.
     */
    List<Row> firstFrame(AppImage on, String figure, int runs) throws BenchmarkException {
        List<Double> app = new ArrayList<>();
        List<Double> empty = new ArrayList<>();
        Alternation.alternate(runs, () -> app.add(firstFrameMillis("app",
                on.javaCommand(List.of(FIRST_FRAME), benchClasses, PROBED), Map.of()).millis()), () -> {
                    Painted painted = firstFrameMillis("empty-window",
                            on.javaCommand(List.of(FIRST_FRAME, EMPTY_WINDOW), benchClasses, PROBED), Map.of());
                    empty.add(painted.millis());
                    if (on == image) {
                        emptyWindowPeakKiB.add(painted.peakKiB());
                    }
                });
        return List.of(Row.againstRatio(figure + " (" + runs + " runs each, alternated)",
                Stats.median(app), Stats.median(empty), "%.0f ms", "empty JavaFX window", 1.5));
    }

    /**
     * The controls of the app's first frame in plain JavaFX (app.SameControlsWindow) against the empty
     * window, alternated on the app-image: what JavaFX itself costs to paint them, first frame and peak
     * memory, so that the app's own share of rows 1 and 4 can be read off.
     */
    List<Row> sameControls(int runs) throws BenchmarkException {
        List<Painted> controls = new ArrayList<>();
        List<Painted> empty = new ArrayList<>();
        Alternation.alternate(runs, () -> controls.add(firstFrameMillis("same-controls",
                image.javaCommand(List.of(FIRST_FRAME, SAME_CONTROLS), benchClasses, PROBED), Map.of())),
                () -> empty.add(firstFrameMillis("empty-window-again",
                        image.javaCommand(List.of(FIRST_FRAME, EMPTY_WINDOW), benchClasses, PROBED), Map.of())));
        return List.of(
                Row.reported("1d. the first frame's controls alone, plain JavaFX → first frame (" + runs
                                + " runs each, alternated)", median(controls, Painted::millis),
                        median(empty, Painted::millis), "%.0f ms", "empty JavaFX window"),
                Row.reported("4b. peak memory (VmHWM), the first frame's controls alone, at their first frame",
                        median(controls, Painted::peakKiB) / 1024, median(empty, Painted::peakKiB) / 1024, "%.0f MiB",
                        "empty window, first frame"));
    }

    private static double median(List<Painted> runs, Function<Painted, Double> figure) {
        return Stats.median(runs.stream().map(figure).toList());
    }

    /** Peak memory once a service is shown, against the empty window's at its first frame (from {@link #firstFrame}). */
    List<Row> memory(int runs) throws BenchmarkException {
        if (emptyWindowPeakKiB.isEmpty()) {
            throw new BenchmarkException("the empty window's peak memory comes from the start-up runs: run them first");
        }
        List<Double> app = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Launches.Finished finished = launches.run("app-service-shown",
                    image.javaCommand(List.of(SERVICE), benchClasses, PROBED), Map.of(), LIMIT);
            Map<String, String> line = finished.line(PROBE);
            if (!"service-shown".equals(line.get("event"))) {
                throw new BenchmarkException("the app reported " + line + " instead of a service shown");
            }
            app.add(peakKiB(line));
        }
        return List.of(Row.againstRatio("4. peak memory (VmHWM), one service shown (" + runs + " runs)",
                Stats.median(app) / 1024, Stats.median(emptyWindowPeakKiB) / 1024, "%.0f MiB",
                "empty window, first frame", 1.3));
    }

    /**
     * The app-image as the .deb installs it, CDS archive included: a copy of the image in which
     * the archive is made by the script the .deb's postinst runs (lib/app/cds-archive.sh, from the
     * class list of the build's training run). Returns the copy.
     */
    AppImage installedCopy() throws BenchmarkException {
        Path copy = copyOfImage("installed-image");
        launches.run("cds-archive", List.of("sh", copy.resolve("lib/app/cds-archive.sh").toString(), "create"),
                Map.of(), LIMIT);
        if (!Files.isRegularFile(copy.resolve(ARCHIVE))) {
            throw new BenchmarkException("cds-archive.sh made no " + ARCHIVE + " in " + copy);
        }
        return AppImage.at(copy);
    }

    private Path copyOfImage(String name) throws BenchmarkException {
        Path copy = work.resolve(name);
        try {
            ImageSize.deleteTree(copy);
            try (Stream<Path> files = Files.walk(image.root())) {
                for (Path file : files.toList()) {
                    Files.copy(file, copy.resolve(image.root().relativize(file).toString()),
                            StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        } catch (IOException e) {
            throw new BenchmarkException("cannot copy the app-image to " + copy + ": " + e.getMessage(), e);
        }
        return copy;
    }

    /**
     * The launcher of {@code on}, made to start the probe: its cfg names {@link #PROBED} as the main
     * class and adds the benchmark's classes at the end of the class path (so that a CDS archive made
     * for the launcher's class path still matches). Changes {@code on}'s cfg: only for copies.
     */
    private void probeLauncher(AppImage on) throws BenchmarkException {
        Path cfg = on.root().resolve("lib/app/" + AppImage.NAME + ".cfg");
        try {
            List<String> lines = new ArrayList<>();
            for (String line : Files.readAllLines(cfg)) {
                lines.add(line.startsWith("app.mainclass=") ? "app.mainclass=" + PROBED : line);
            }
            int lastClassPath = -1;
            for (int i = 0; i < lines.size(); i++) {
                lastClassPath = lines.get(i).startsWith("app.classpath=") ? i : lastClassPath;
            }
            if (lastClassPath < 0) {
                throw new BenchmarkException("no app.classpath in " + cfg);
            }
            lines.add(lastClassPath + 1, "app.classpath=" + benchClasses);
            Files.write(cfg, lines);
        } catch (IOException e) {
            throw new BenchmarkException("cannot rewrite " + cfg + ": " + e.getMessage(), e);
        }
    }

    /**
     * The packaged launcher as built (no CDS archive) and as installed (with it), alternately, each in a
     * copy whose launcher starts the probe ({@link #probeLauncher}). JAVA_TOOL_OPTIONS, which the
     * launcher's JVM reads like its own options, asks for the first frame, and for the installed one
     * makes the archive mandatory: a run without it fails.
     */
    List<Row> cds(AppImage installed, int runs) throws BenchmarkException {
        AppImage built = AppImage.at(copyOfImage("probed-image"));
        probeLauncher(built);
        probeLauncher(installed);
        List<Double> without = new ArrayList<>();
        List<Double> with = new ArrayList<>();
        Alternation.alternate(runs,
                () -> with.add(firstFrameMillis("launcher-cds", List.of(installed.launcher().toString()),
                        Map.of("JAVA_TOOL_OPTIONS", FIRST_FRAME + " -Xshare:on")).millis()),
                () -> without.add(firstFrameMillis("launcher", List.of(built.launcher().toString()),
                        Map.of("JAVA_TOOL_OPTIONS", FIRST_FRAME)).millis()));
        double archiveMiB;
        try {
            archiveMiB = Files.size(installed.root().resolve(ARCHIVE)) / (1024.0 * 1024);
        } catch (IOException e) {
            throw new BenchmarkException("no CDS archive in " + installed.root(), e);
        }
        return List.of(Row.reported("1b. packaged launcher → first frame, with the CDS archive the .deb makes ("
                        + Row.format("%.0f MiB", archiveMiB) + ", " + runs + " runs each, alternated)",
                Stats.median(with), Stats.median(without), "%.0f ms", "same launcher without it"));
    }

    private record Painted(double millis, double peakKiB) { }

    private Painted firstFrameMillis(String name, List<String> command, Map<String, String> environment)
            throws BenchmarkException {
        Launches.Finished finished = launches.run(name, command, environment, LIMIT);
        Map<String, String> line = finished.line(PROBE);
        if (!"first-frame".equals(line.get("event"))) {
            throw new BenchmarkException(name + " reported " + line + " instead of its first frame");
        }
        long painted = Long.parseLong(line.get("paintedAtMs"));
        long measured = painted - finished.startedAtMillis();
        long ownAge = Long.parseLong(line.get("processAgeMs"));
        if (ownAge >= 0 && Math.abs(ownAge - measured) > AGREEMENT_MILLIS) {
            throw new BenchmarkException(name + ": started " + measured + " ms before its first frame by this"
                    + " process's clock, " + ownAge + " ms by its own: the harness is not measuring what it says");
        }
        if (measured <= 0) {
            throw new BenchmarkException(name + ": a first frame " + measured + " ms after its start");
        }
        return new Painted(measured, peakKiB(line));
    }

    private static double peakKiB(Map<String, String> line) throws BenchmarkException {
        long kib = Long.parseLong(line.get("vmHwmKiB"));
        if (kib <= 0) {
            throw new BenchmarkException("no peak memory (VmHWM) in " + line + ": not Linux?");
        }
        return kib;
    }
}
