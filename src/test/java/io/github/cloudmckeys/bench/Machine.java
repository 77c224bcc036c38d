package io.github.cloudmckeys.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** What the figures were measured on, and how busy it was: the table's header. */
final class Machine {
    private Machine() {}

    static String describe(Path appJava) {
        return String.format(Locale.ROOT, "%d cores (nproc), %s memory, CPU %s; %s; JDK %s (%s), app-image runtime %s",
                Runtime.getRuntime().availableProcessors(), memory(), cpuModel(), os(),
                System.getProperty("java.version"), System.getProperty("java.vm.name"), appJava);
    }

    /** The load averages over 1, 5 and 15 minutes, from /proc/loadavg. */
    static String load() {
        String text = read(Path.of("/proc/loadavg"));
        String[] fields = text.split(" ");
        return fields.length >= 3 ? fields[0] + " " + fields[1] + " " + fields[2] : "unknown";
    }

    private static String memory() {
        for (String line : lines(Path.of("/proc/meminfo"))) {
            if (line.startsWith("MemTotal:")) {
                long kib = Long.parseLong(line.replaceAll("[^0-9]", ""));
                return String.format(Locale.ROOT, "%.1f GiB", kib / 1024.0 / 1024.0);
            }
        }
        return "unknown";
    }

    private static String cpuModel() {
        for (String line : lines(Path.of("/proc/cpuinfo"))) {
            if (line.startsWith("model name")) {
                return line.substring(line.indexOf(':') + 1).strip();
            }
        }
        return "unknown";
    }

    private static String os() {
        for (String line : lines(Path.of("/etc/os-release"))) {
            if (line.startsWith("PRETTY_NAME=")) {
                return line.substring("PRETTY_NAME=".length()).replace("\"", "") + ", Linux "
                        + System.getProperty("os.version");
            }
        }
        return System.getProperty("os.name") + " " + System.getProperty("os.version");
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return List.of();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "";
        }
    }
}
