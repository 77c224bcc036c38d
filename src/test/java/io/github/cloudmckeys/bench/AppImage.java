package io.github.cloudmckeys.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The app-image that {@code ./mvnw -Ppackage package} builds, as its launcher runs it: the
 * runtime's {@code java}, and the class path and Java options of {@code lib/app/cloudmc-keys.cfg}.
 */
record AppImage(Path root, Path java, Path launcher, List<Path> classPath, List<String> javaOptions) {
    static final String NAME = "cloudmc-keys";

    static AppImage at(Path root) throws BenchmarkException {
        Path cfg = root.resolve("lib/app/" + NAME + ".cfg");
        Path java = root.resolve("lib/runtime/bin/java");
        Path launcher = root.resolve("bin/" + NAME);
        if (!Files.isRegularFile(cfg) || !Files.isExecutable(java) || !Files.isExecutable(launcher)) {
            throw new BenchmarkException("no app-image at " + root + ": build it with ./mvnw -Ppackage package");
        }
        Path appDir = root.resolve("lib/app");
        List<Path> classPath = new ArrayList<>();
        List<String> options = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(cfg, StandardCharsets.UTF_8)) {
                if (line.startsWith("app.classpath=")) {
                    classPath.add(Path.of(line.substring("app.classpath=".length())
                            .replace("$APPDIR", appDir.toString())));
                } else if (line.startsWith("java-options=")) {
                    options.add(line.substring("java-options=".length()).replace("$APPDIR", appDir.toString()));
                }
            }
        } catch (IOException e) {
            throw new BenchmarkException("cannot read " + cfg + ": " + e.getMessage(), e);
        }
        return new AppImage(root, java, launcher, List.copyOf(classPath), List.copyOf(options));
    }

    /** The launcher's class path, joined. */
    String classPathText() {
        return String.join(":", classPath.stream().map(Path::toString).toList());
    }

    /**
     * {@code java}, the launcher's options, {@code extra} options and {@code mainClass}, with the
     * launcher's class path followed by {@code more} (the benchmark's own classes).
     */
    List<String> javaCommand(List<String> extra, Path more, String mainClass) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(javaOptions);
        command.addAll(extra);
        command.add("-cp");
        command.add(classPathText() + ":" + more);
        command.add(mainClass);
        return command;
    }
}
