package io.github.cloudmckeys.app.cli;

import io.github.cloudmckeys.i18n.Message;
import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Runs {@code exec}'s command directly (no shell in between), with the given environment
 * and the app's own standard input, output and error, and gives back its exit code: 128+N
 * when it died of signal N, as Java reports it on Unix and as shells do. A command that
 * cannot be found is exit 127, one that cannot be run 126, each with a sentence, like a shell.
 */
final class ChildCommand {
    static final int NOT_FOUND = 127;
    static final int NOT_EXECUTABLE = 126;

    private ChildCommand() {
    }

    /** Fails before anything runs when {@code name} is not a program that {@code PATH} (or its path) leads to. */
    static void checkRunnable(String name, Map<String, String> env) throws CliFailure {
        if (isWindows()) {
            return; // PATHEXT and friends: left to the system, whose failure is mapped in run()
        }
        try {
            if (name.contains("/")) {
                check(name, Path.of(name));
                return;
            }
            Path notExecutable = null;
            for (String folder : env.getOrDefault("PATH", "").split(File.pathSeparator, -1)) {
                Path candidate = Path.of(folder.isEmpty() ? "." : folder).resolve(name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return;
                }
                if (notExecutable == null && Files.exists(candidate)) {
                    notExecutable = candidate;
                }
            }
            if (notExecutable != null) {
                check(name, notExecutable);
            }
        } catch (InvalidPathException e) {
            // not a name a file can have: not found, below
        }
        throw notFound(name);
    }

    private static void check(String name, Path file) throws CliFailure {
        if (!Files.exists(file)) {
            throw notFound(name);
        }
        if (!Files.isRegularFile(file) || !Files.isExecutable(file)) {
            throw new CliFailure(NOT_EXECUTABLE, Message.of("cli.exec.notExecutable", name));
        }
    }

    private static CliFailure notFound(String name) {
        return new CliFailure(NOT_FOUND, Message.of("cli.exec.notFound", name));
    }

    /** @return the command's exit code */
    static int run(List<String> command, Map<String, String> env) throws CliFailure {
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        setEnvironment(builder.environment(), env);
        try (SignalForwarding forwarding = SignalForwarding.install()) {
            Process child;
            try {
                child = builder.start();
            } catch (IOException e) {
                throw String.valueOf(e.getMessage()).contains("error=2,") ? notFound(command.get(0))
                        : new CliFailure(NOT_EXECUTABLE, Message.of("cli.exec.notExecutable", command.get(0)));
            }
            forwarding.started(child);
            return waitFor(child);
        }
    }

    /**
     * Makes {@code child} (the JVM's own environment) equal to {@code wanted} by removing and
     * setting only what differs: a variable left as it was keeps its bytes, whatever their
     * encoding. A value set is encoded by Java in the locale's charset: one it cannot carry
     * (a non-ASCII password under LANG=C on some JDKs) is refused rather than mangled.
     */
    static void setEnvironment(Map<String, String> child, Map<String, String> wanted) throws CliFailure {
        List<Charset> charsets = environmentCharsets();
        for (Map.Entry<String, String> variable : wanted.entrySet()) {
            if (!variable.getValue().equals(child.get(variable.getKey()))) {
                for (Charset charset : charsets) {
                    if (!charset.newEncoder().canEncode(variable.getValue())) {
                        throw new CliFailure(ExitCodes.EXPORT_FAILED,
                                Message.of("cli.exec.localeCannotCarry", variable.getKey(), charset.name()));
                    }
                }
            }
        }
        child.keySet().retainAll(wanted.keySet());
        wanted.forEach((name, value) -> {
            if (!value.equals(child.get(name))) {
                child.put(name, value);
            }
        });
    }

    /** The charsets Java may encode a new variable in: the default one, and the platform's (sun.jnu.encoding). */
    private static List<Charset> environmentCharsets() {
        String platform = System.getProperty("sun.jnu.encoding");
        try {
            return platform == null ? List.of(Charset.defaultCharset())
                    : List.of(Charset.defaultCharset(), Charset.forName(platform));
        } catch (IllegalArgumentException e) {
            return List.of(Charset.defaultCharset());
        }
    }

    /** Waits however long the command takes: an interrupt of this thread does not leave it running unwatched. */
    private static int waitFor(Process child) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return child.waitFor();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").startsWith("Windows");
    }
}
