package io.github.cloudmckeys.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The app-image's size against the least a JavaFX window can ship with by the same recipe:
 * a runtime jlink'd from packaging/jlink.txt with only {@code javafx.controls} (and what it
 * requires: javafx.graphics, javafx.base, java.desktop, java.xml, jdk.unsupported, java.base),
 * JavaFX's native libraries beside the JDK's, every library stripped, as packaging/build.xml
 * does. What the app-image holds beyond that is the app's own: its jars (ControlsFX, Jackson,
 * picocli), the modules it adds (java.net.http, jdk.httpserver, java.sql, jdk.crypto.ec,
 * java.logging, jdk.localedata cut to English and French) and the launcher.
 */
final class ImageSize {
    private ImageSize() {}

    static List<Row> run(AppImage image, Path jlinkOptions, Path javafxJars, Path work, Launches launches)
            throws BenchmarkException {
        Path runtime = work.resolve("size/javafx-window-runtime");
        Path options = work.resolve("size/jlink-javafx-only.txt");
        try {
            deleteTree(runtime);
            Files.createDirectories(options.getParent());
            List<String> kept = new ArrayList<>();
            for (String line : Files.readAllLines(jlinkOptions, StandardCharsets.UTF_8)) {
                // The modules and the locales they keep are the app's choice, not the recipe's.
                if (!line.startsWith("--add-modules") && !line.startsWith("--include-locales")) {
                    kept.add(line);
                }
            }
            kept.add("--add-modules javafx.controls");
            Files.write(options, kept, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BenchmarkException("cannot prepare the baseline runtime: " + e.getMessage(), e);
        }
        Path jlink = Path.of(System.getProperty("java.home"), "bin", "jlink");
        launches.run("jlink-javafx-only", List.of(jlink.toString(), "@" + options, "--module-path",
                javafxJars.toString(), "--output", runtime.toString()), Map.of(), Duration.ofMinutes(3));
        List<String> strip = new ArrayList<>(List.of("strip", "--strip-unneeded"));
        try {
            unpackNativeLibraries(javafxJars, runtime.resolve("lib"));
            try (Stream<Path> files = Files.walk(runtime)) {
                files.filter(file -> file.toString().endsWith(".so")).forEach(file -> strip.add(file.toString()));
            }
        } catch (IOException e) {
            throw new BenchmarkException("cannot add JavaFX's native libraries: " + e.getMessage(), e);
        }
        launches.run("strip", strip, Map.of(), Duration.ofMinutes(1));
        double mib = 1024.0 * 1024;
        return List.of(Row.againstLimit("6. app-image size (" + image.root().getFileName() + "/, bytes of its files)",
                bytes(image.root()) / mib, bytes(runtime) / mib, "%.1f MiB",
                "JavaFX-window runtime, same jlink recipe", 60));
    }

    /** Where build.xml puts them: JavaFX's .so files out of its platform jars, beside the JDK's libraries. */
    private static void unpackNativeLibraries(Path javafxJars, Path libraries) throws IOException {
        try (Stream<Path> jars = Files.list(javafxJars)) {
            for (Path jar : jars.filter(file -> file.toString().endsWith(".jar")).toList()) {
                try (ZipFile zip = new ZipFile(jar.toFile())) {
                    for (ZipEntry entry : zip.stream().toList()) {
                        if (entry.getName().endsWith(".so") && !entry.getName().contains("/")) {
                            try (InputStream in = zip.getInputStream(entry)) {
                                Files.copy(in, libraries.resolve(entry.getName()), StandardCopyOption.REPLACE_EXISTING);
                            }
                        }
                    }
                }
            }
        }
    }

    static long bytes(Path root) throws BenchmarkException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).sum();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new BenchmarkException("cannot measure " + root + ": " + e.getMessage(), e);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(file);
            }
        }
    }
}
