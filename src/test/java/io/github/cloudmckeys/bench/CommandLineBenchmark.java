package io.github.cloudmckeys.bench;

import io.github.cloudmckeys.demo.DemoPortal;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The command line's wall time, from starting the process to its exit, against a Java hello world
 * ({@link HelloWorld}) on the same runtime and options, alternated, each run a new JVM: {@code export}
 * against a loopback portal (a demo portal this process serves, as a user's portal would be, over
 * http://127.0.0.1) and {@code list --demo} (its own demo server's start included). From
 * {@code java -jar target/cloudmc-keys.jar} (the {@code java} on the PATH, no options, as a user
 * types it) and from the packaged launcher as the .deb installs it (CDS archive included); the
 * latter's floor is the launcher's runtime and options less the archive, which names the app's class
 * path and would turn class sharing off for any other program.
 */
final class CommandLineBenchmark {
    /** The demo data's service with Keystone credentials that {@code export --service} names. */
    static final String SERVICE = "sandbox";
    static final double GOAL = 8.0;
    private static final Duration LIMIT = Duration.ofSeconds(60);

    private final Launches launches;
    private final Path benchClasses;
    private final int runs;

    CommandLineBenchmark(Launches launches, Path benchClasses, int runs) {
        this.launches = launches;
        this.benchClasses = benchClasses;
        this.runs = runs;
    }

    /** Rows 7a and 7b: {@code java -jar}; and what one GET through our HTTP session costs alone on that JVM. */
    List<Row> fromJar(Path jar) throws BenchmarkException {
        List<String> java = List.of("java", "-jar", jar.toString());
        List<String> hello = List.of("java", "-cp", benchClasses.toString(), HelloWorld.class.getName());
        List<Row> rows = new ArrayList<>(rows("java -jar", java, hello));
        try (DemoPortal portal = DemoPortal.start()) {
            List<String> get = List.of("java", "-cp", benchClasses + File.pathSeparator + jar,
                    HttpGetAlone.class.getName(), portal.endpoint() + "/users");
            rows.add(alternated("7. one GET of the same portal through the app's HTTP session alone (HttpGetAlone),"
                    + " java -cp the jar", get, Map.of(), hello, false));
        }
        return rows;
    }

    /** Rows 7c and 7d: the launcher of {@code installed}, with its CDS archive. */
    List<Row> fromLauncher(AppImage installed) throws BenchmarkException {
        List<String> hello = new ArrayList<>();
        hello.add(installed.java().toString());
        installed.javaOptions().stream().filter(option -> !option.startsWith("-XX:SharedArchiveFile=")).forEach(hello::add);
        hello.addAll(List.of("-cp", benchClasses.toString(), HelloWorld.class.getName()));
        return rows("packaged launcher with CDS", List.of(installed.launcher().toString()), hello);
    }

    private List<Row> rows(String how, List<String> app, List<String> hello) throws BenchmarkException {
        List<Row> rows = new ArrayList<>();
        try (DemoPortal portal = DemoPortal.start()) {
            List<String> export = Launches.concat(app,
                    List.of("export", "--service", SERVICE, "--endpoint", portal.endpoint().toString()));
            rows.add(alternated("7. command line export, loopback portal, " + how, export,
                    Map.of("CLOUDMC_API_KEY", DemoPortal.API_KEY), hello, true));
        }
        rows.add(alternated("7. command line list --demo, " + how, Launches.concat(app, List.of("list", "--demo")),
                Map.of(), hello, true));
        return rows;
    }

    private Row alternated(String figure, List<String> command, Map<String, String> environment, List<String> hello,
                           boolean hasGoal) throws BenchmarkException {
        List<Double> app = new ArrayList<>();
        List<Double> floor = new ArrayList<>();
        Alternation.alternate(runs, () -> app.add(wallMillis("cli", command, environment)),
                () -> floor.add(wallMillis("hello-world", hello, Map.of())));
        String named = figure + " (" + runs + " runs each, alternated)";
        return hasGoal
                ? Row.againstRatio(named, Stats.median(app), Stats.median(floor), "%.0f ms", "Java hello world", GOAL)
                : Row.reported(named, Stats.median(app), Stats.median(floor), "%.0f ms", "Java hello world");
    }

    private double wallMillis(String name, List<String> command, Map<String, String> environment)
            throws BenchmarkException {
        long started = System.nanoTime();
        Launches.Finished finished = launches.run(name, command, environment, LIMIT);
        double millis = (System.nanoTime() - started) / 1e6;
        if (finished.stdout().isEmpty()) {
            throw new BenchmarkException(name + " printed nothing: " + command);
        }
        return millis;
    }
}
