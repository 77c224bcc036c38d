package io.github.cloudmckeys.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.shape.Rectangle;

/**
 * The window's benchmark hooks (bench/run.sh, docs/benchmarks.md), off unless a system
 * property asks: {@value #EXIT_AFTER_FIRST_FRAME}{@code =true} ends the app once its first
 * frame is painted, {@value #EXIT_AFTER_SERVICE}{@code =TEXT} once the service that TEXT
 * designates is shown. Either prints one line on standard output first:
 * <pre>cloudmc-benchmark event=first-frame paintedAtMs=... processAgeMs=... vmHwmKiB=...</pre>
 * Nothing here touches the portal, the settings or the app's own classes, so that the
 * empty window the benchmarks compare against uses this same code.
 */
final class StartupProbe {
    static final String EXIT_AFTER_FIRST_FRAME = "cloudmc.benchmark.exitAfterFirstFrame";
    static final String EXIT_AFTER_SERVICE = "cloudmc.benchmark.exitAfterService";
    static final String LINE_PREFIX = "cloudmc-benchmark";

    private StartupProbe() {}

    static boolean exitAfterFirstFrame() {
        return Boolean.getBoolean(EXIT_AFTER_FIRST_FRAME);
    }

    /** The text of the service to show before exiting, or null when not asked. */
    static String exitAfterService() {
        String text = System.getProperty(EXIT_AFTER_SERVICE);
        return text == null || text.isBlank() ? null : text;
    }

    /**
     * Runs {@code action} on the UI thread once the first frame of {@code scene} after this
     * call has been painted. The first pulse lays the scene out (the post-layout listener);
     * that pulse then hands the frame to the render thread. A snapshot of a one-pixel shape
     * is a render job too, queued behind the frame on the same render thread: when it
     * returns, the frame's rendering (and its copy to the window) is done.
     */
    static void whenFirstFramePainted(Scene scene, Runnable action) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            // After this pulse, which is still to hand its frame over to the render thread.
            Platform.runLater(() -> {
                new Rectangle(1, 1).snapshot(new SnapshotParameters(), null);
                action.run();
            });
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    /** Prints the benchmark line for {@code event} and ends the JVM at once (no settings saved). */
    static void reportAndExit(String event, long atMillis, String... extra) {
        StringBuilder line = new StringBuilder(LINE_PREFIX).append(" event=").append(event)
                .append(" paintedAtMs=").append(atMillis)
                .append(" processAgeMs=").append(processAgeMillis())
                .append(" vmHwmKiB=").append(peakResidentKiB());
        for (String pair : extra) {
            line.append(' ').append(pair);
        }
        System.out.println(line);
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }

    /**
     * How long this process has existed, from the kernel's own clock since boot (Linux:
     * {@code /proc/self/stat} start time against {@code /proc/uptime}, both in 10 ms ticks);
     * -1 elsewhere. Not {@code ProcessHandle.Info.startInstant()}: on Linux it adds the boot
     * time in whole seconds, so it is off by up to a second against the wall clock. Not the
     * RuntimeMXBean: java.management is not in the packaged runtime.
     */
    static long processAgeMillis() {
        try {
            double uptimeSeconds = Double.parseDouble(
                    Files.readString(Path.of("/proc/uptime"), StandardCharsets.US_ASCII).split(" ")[0]);
            String stat = Files.readString(Path.of("/proc/self/stat"), StandardCharsets.US_ASCII);
            // After the command name in parentheses, which may hold spaces: field 22 is the start time.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long startTicks = Long.parseLong(fields[19]);
            return Math.round(uptimeSeconds * 1000) - startTicks * 10; // USER_HZ is 100 on Linux
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The process's peak resident memory ({@code VmHWM}), in KiB; -1 when the system does not say. */
    static long peakResidentKiB() {
        try {
            List<String> status = Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.US_ASCII);
            for (String line : status) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.substring(6).replace("kB", "").strip());
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: the benchmark says "unknown"
        }
        return -1;
    }

    static String pair(String key, Object value) {
        return key + "=" + String.valueOf(value).replace(' ', '_').toLowerCase(Locale.ROOT);
    }
}
