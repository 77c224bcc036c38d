package io.github.cloudmckeys.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * Whether the operating system prefers a dark appearance, asked the way each desktop says it:
 * GNOME and the other desktops of the XDG portal ({@code org.freedesktop.appearance
 * color-scheme}, then GNOME's {@code color-scheme} setting through {@code gsettings}),
 * Windows ({@code AppsUseLightTheme} in the registry), macOS ({@code AppleInterfaceStyle}).
 * Light when nothing answers. Runs programs: call it off the UI thread.
 */
final class SystemAppearance {
    private static final Logger LOG = Logger.getLogger(SystemAppearance.class.getName());
    private static final long TIMEOUT_MILLIS = 1500;

    private SystemAppearance() {
    }

    /** On this machine, with its own programs. */
    static boolean prefersDark() {
        return prefersDark(System.getProperty("os.name", ""), SystemAppearance::run);
    }

    /** @param run runs a command and gives its standard output, empty when it failed or is not there */
    static boolean prefersDark(String osName, Function<List<String>, Optional<String>> run) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return run.apply(List.of("reg", "query", "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                    "/v", "AppsUseLightTheme")).map(out -> out.matches("(?s).*AppsUseLightTheme\\s+REG_DWORD\\s+0x0+\\b.*"))
                    .orElse(false);
        }
        if (os.startsWith("mac")) {
            return run.apply(List.of("defaults", "read", "-g", "AppleInterfaceStyle"))
                    .map(out -> out.strip().equalsIgnoreCase("dark")).orElse(false);
        }
        // The portal's answer: (<<uint32 1>>,) is "prefer dark", 2 "prefer light", 0 no preference.
        Optional<String> portal = run.apply(List.of("gdbus", "call", "--session", "--timeout", "1",
                "--dest", "org.freedesktop.portal.Desktop", "--object-path", "/org/freedesktop/portal/desktop",
                "--method", "org.freedesktop.portal.Settings.Read", "org.freedesktop.appearance", "color-scheme"));
        if (portal.isPresent() && portal.get().matches("(?s).*uint32 [12]\\b.*")) {
            return portal.get().contains("uint32 1");
        }
        return run.apply(List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme"))
                .map(out -> out.strip().equals("'prefer-dark'")).orElse(false);
    }

    /** The command's output when it ran and exited with 0 in time; empty otherwise. */
    static Optional<String> run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(false)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            process.getOutputStream().close();
            try (InputStream out = process.getInputStream()) {
                if (!process.waitFor(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                    return Optional.empty();
                }
                String text = new String(out.readAllBytes(), StandardCharsets.UTF_8);
                return process.exitValue() == 0 ? Optional.of(text) : Optional.empty();
            }
        } catch (IOException e) {
            LOG.fine(() -> command.get(0) + " could not be run: " + e.getClass().getSimpleName());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
