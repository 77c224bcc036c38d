package io.github.cloudmckeys.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the probe reports of its own process: its age and its peak resident memory (Linux). */
final class ProcessFigures {
    private ProcessFigures() {}

    /**
     * How long this process has existed, from the kernel's own clock since boot (Linux:
     * {@code /proc/self/stat} start time against {@code /proc/uptime}, both in 10 ms ticks);
     * -1 elsewhere. Not {@code ProcessHandle.Info.startInstant()}: on Linux it adds the boot
     * time in whole seconds, so it is off by up to a second against the wall clock. Not the
     * RuntimeMXBean: java.management is not in the packaged runtime.
     */
    static long ageMillis() {
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
}
