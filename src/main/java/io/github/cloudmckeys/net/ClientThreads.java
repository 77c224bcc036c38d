package io.github.cloudmckeys.net;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Arrays;

/**
 * Ends an {@link HttpClient}'s selector thread when its session closes. Why it matters: the JVM, when
 * it exits, waits up to 300 ms for every thread that is inside native code, and an idle client's
 * selector thread sits in {@code epoll_wait}; left alone, it added 300 ms to every command (a third
 * of an {@code export}, measured by {@code bench/run.sh}).
 *
 * <p>On Java 21 and later {@link AutoCloseable#close()} does it. Java 17's client has no close: its
 * selector thread (named {@code HttpClient-<id>-SelectorManager}, the id being what the client's
 * {@code toString()} ends with) leaves its loop when interrupted, which is what this does. If a
 * later runtime names things otherwise, nothing is interrupted and only the exit is slower.
 */
final class ClientThreads {
    private static final Duration JOIN = Duration.ofMillis(200);

    private ClientThreads() {}

    static void stop(HttpClient client) {
        if (client instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                // best effort: closing the session must not fail for this
            }
            return;
        }
        String name = selectorThreadName(client.toString());
        if (name == null) {
            return;
        }
        for (Thread thread : allThreads()) {
            if (thread.getName().equals(name)) {
                thread.interrupt();
                try {
                    thread.join(JOIN.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /** {@code HttpClient-7-SelectorManager} for a client shown as {@code ...HttpClientImpl@1b2c(7)}. */
    static String selectorThreadName(String shown) {
        int open = shown.lastIndexOf('(');
        if (open < 0 || !shown.endsWith(")")) {
            return null;
        }
        String id = shown.substring(open + 1, shown.length() - 1);
        boolean number = !id.isEmpty() && id.chars().allMatch(Character::isDigit);
        return number ? "HttpClient-" + id + "-SelectorManager" : null;
    }

    private static Thread[] allThreads() {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        Thread[] threads = new Thread[root.activeCount() + 16];
        int count = root.enumerate(threads, true);
        return Arrays.copyOf(threads, count);
    }
}
