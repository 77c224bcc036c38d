package io.github.cloudmckeys.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * While {@code exec}'s child runs, SIGINT, SIGTERM and SIGHUP sent to the app go to the
 * child instead of ending the JVM, so that {@code timeout}, {@code kill} and a closing
 * terminal end the child, whose exit the app then passes on. Java has no portable way to
 * catch or send a signal: the handlers are {@code sun.misc.Signal}'s (module
 * {@code jdk.unsupported}), SIGTERM is sent with {@link Process#destroy()} and the other two
 * with the system's {@code kill}. Should the JVM end anyway (another signal's default,
 * {@code System.exit}), a shutdown hook ends the child and waits for it: the app never
 * leaves it behind. A SIGKILL to the app cannot be caught, and is the one exception.
 *
 * <p>A signal that arrives before the child has started is kept and sent once it has.
 */
final class SignalForwarding implements AutoCloseable {
    static final List<String> FORWARDED = List.of("INT", "TERM", "HUP");
    private static final long SHUTDOWN_GRACE_SECONDS = 5;

    private final Map<Signal, SignalHandler> previous = new LinkedHashMap<>();
    private final Thread shutdownHook = new Thread(this::endChild, "exec-child-shutdown");
    private volatile Process child;
    private volatile String pending;

    private SignalForwarding() {
    }

    /** Installs the handlers and the hook; {@link #close()} puts the JVM's own back. */
    static SignalForwarding install() {
        SignalForwarding forwarding = new SignalForwarding();
        if (!isWindows()) { // Windows has no SIGHUP; its console sends Ctrl+C to the child itself
            for (String name : FORWARDED) {
                try {
                    Signal signal = new Signal(name);
                    forwarding.previous.put(signal, Signal.handle(signal, forwarding::receive));
                } catch (IllegalArgumentException e) {
                    // A signal this JVM cannot catch (started with -Xrs, say): its default stands.
                }
            }
        }
        Runtime.getRuntime().addShutdownHook(forwarding.shutdownHook);
        return forwarding;
    }

    /** The child signals now go to; one received before this is sent at once. */
    void started(Process process) {
        child = process;
        String waiting = pending;
        if (waiting != null) {
            send(process, waiting);
        }
    }

    private void receive(Signal signal) {
        Process process = child;
        if (process == null) {
            pending = signal.getName();
        } else {
            send(process, signal.getName());
        }
    }

    private static void send(Process process, String name) {
        if (!process.isAlive()) {
            return;
        }
        if (name.equals("TERM")) {
            process.destroy(); // SIGTERM on Unix
            return;
        }
        try {
            Process kill = new ProcessBuilder(killCommand(), "-s", name, Long.toString(process.pid()))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            kill.waitFor(SHUTDOWN_GRACE_SECONDS, TimeUnit.SECONDS);
        } catch (IOException e) {
            process.destroy(); // no kill to be found: SIGTERM still ends it
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String killCommand() {
        for (String candidate : List.of("/bin/kill", "/usr/bin/kill")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        return "kill";
    }

    /** The shutdown hook: SIGTERM, a grace period, then SIGKILL. */
    private void endChild() {
        Process process = child;
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(SHUTDOWN_GRACE_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(SHUTDOWN_GRACE_SECONDS, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
        }
    }

    @Override
    public void close() {
        previous.forEach(Signal::handle);
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // Already shutting down: the hook runs and finds the child ended.
        }
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").startsWith("Windows");
    }
}
