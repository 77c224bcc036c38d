package io.github.cloudmckeys.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs io.github.cloudmckeys.ui.WindowBenchmark (the real window on the display, a demo portal of
 * 10,000 environments over loopback HTTP) in a JVM of its own, like the app's, and reads its samples.
 */
final class WindowRuns {
    static final String MAIN = "io.github.cloudmckeys.ui.WindowBenchmark";
    private static final String PREFIX = "window-benchmark";

    private WindowRuns() {}

    static List<Row> run(AppImage image, Path benchClasses, Launches launches, int repetitions, int picks)
            throws BenchmarkException {
        List<String> command = Launches.concat(image.javaCommand(List.of(), benchClasses, MAIN),
                List.of(String.valueOf(repetitions), String.valueOf(picks)));
        Launches.Finished finished = launches.run("window", command, Map.of(), Duration.ofSeconds(240));
        List<Double> echo = new ArrayList<>();
        List<Double> suggestions = new ArrayList<>();
        List<Double> shown = new ArrayList<>();
        List<Double> apiInfo = new ArrayList<>();
        boolean done = false;
        for (String line : finished.stdout()) {
            if (!line.startsWith(PREFIX + " ")) {
                continue;
            }
            String[] words = line.split(" ");
            switch (words[1]) {
                case "keystroke" -> {
                    echo.add(value(words, "echoMs"));
                    suggestions.add(value(words, "suggestionsMs"));
                }
                case "pick" -> shown.add(value(words, "shownMs"));
                case "apiinfo" -> apiInfo.add(value(words, "ms"));
                case "done" -> done = true;
                default -> throw new BenchmarkException("the window benchmark says: " + line);
            }
        }
        if (!done || suggestions.isEmpty() || shown.size() != picks || apiInfo.size() != picks) {
            throw new BenchmarkException("the window benchmark did not finish: " + finished.stdout());
        }
        return List.of(
                Row.againstLimit("2b. keystroke → suggestions visible, 10,000 services, real window ("
                                + suggestions.size() + " keystrokes)", Stats.median(suggestions), Stats.median(echo),
                        "%.1f ms", "keystroke → character shown in the field", 100),
                Row.againstLimit("3. service picked → table and script shown, loopback demo portal ("
                                + picks + " picks)", Stats.median(shown), Stats.median(apiInfo), "%.1f ms",
                        "the same apiInfo request alone", 50));
    }

    private static double value(String[] words, String key) throws BenchmarkException {
        for (String word : words) {
            if (word.startsWith(key + "=")) {
                return Double.parseDouble(word.substring(key.length() + 1));
            }
        }
        throw new BenchmarkException("no " + key + " in " + String.join(" ", words));
    }
}
