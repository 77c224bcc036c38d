package io.github.cloudmckeys.render.script;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A command run on a real pseudo-terminal through util-linux {@code script}, typed into
 * and read like a user would: wait for a text to appear, then type.
 */
final class Terminal implements AutoCloseable {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Process process;
    private final OutputStream keyboard;
    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private boolean ended;

    private Terminal(Process process) {
        this.process = process;
        this.keyboard = process.getOutputStream();
        Thread reader = new Thread(this::readScreen, "terminal-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code command} (run by /bin/sh) on a new pseudo-terminal. */
    static Terminal start(Path script, String command, Path dir) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(List.of(script.toString(), "-qec", command, "/dev/null"))
                .directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(Shells.baseEnvironment(dir));
        builder.environment().put("SHELL", "/bin/sh");
        builder.environment().put("TERM", "dumb");
        return new Terminal(builder.start());
    }

    private void readScreen() {
        try (InputStream in = process.getInputStream()) {
            byte[] buffer = new byte[4096];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                synchronized (this) {
                    screen.write(buffer, 0, n);
                    notifyAll();
                }
            }
        } catch (IOException e) {
            // the process ended: what was read stays on the screen
        } finally {
            synchronized (this) {
                ended = true;
                notifyAll();
            }
        }
    }

    /** Everything the terminal has shown so far. */
    synchronized String screen() {
        return screen.toString(StandardCharsets.UTF_8);
    }

    /** Waits until the screen shows {@code text}; fails with the screen after the timeout. */
    synchronized void awaitScreenContains(String text) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!screen().contains(text)) {
            long left = deadline - System.nanoTime();
            if (ended || left <= 0) {
                fail("the terminal never showed \"" + text + "\"; it showed: " + Escapes.show(screen()));
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    void type(String keys) throws IOException {
        keyboard.write(keys.getBytes(StandardCharsets.UTF_8));
        keyboard.flush();
    }

    int awaitExit() throws InterruptedException {
        if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            fail("the terminal's command did not end; it showed: " + Escapes.show(screen()));
        }
        return process.exitValue();
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
