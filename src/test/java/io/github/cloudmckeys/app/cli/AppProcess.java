package io.github.cloudmckeys.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The app's command line in a JVM of its own (this test's class path), with exactly the
 * environment given: what exec's child inherits, the signals it is sent and the processes it
 * leaves are those of a real process tree.
 */
final class AppProcess {
    record Result(int exitCode, byte[] out, String err) {
        String outText() {
            return new String(out, StandardCharsets.UTF_8);
        }
    }

    private AppProcess() {
    }

    static ProcessBuilder builder(Map<String, String> env, Path workingDirectory, List<String> args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "io.github.cloudmckeys.app.Main"));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
        builder.environment().clear();
        builder.environment().putAll(env);
        return builder;
    }

    /** Runs it to its end, both streams read while it runs. */
    static Result run(Map<String, String> env, Path workingDirectory, String... args) throws Exception {
        Process process = builder(env, workingDirectory, List.of(args)).start();
        process.getOutputStream().close();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process));
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the app ended").isTrue();
        return new Result(process.exitValue(), out, err.join());
    }

    private static String read(Process process) {
        try {
            return new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
