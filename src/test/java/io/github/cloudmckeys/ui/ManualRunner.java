package io.github.cloudmckeys.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * A runner that keeps the work until the test says which job finishes, and when: for
 * answers that arrive out of order or late. Everything runs on the test's thread.
 */
final class ManualRunner implements BackgroundRunner {
    private final Deque<Runnable> jobs = new ArrayDeque<>();

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        jobs.add(() -> BackgroundRunner.inPlace().run(work, onSuccess, onFailure));
    }

    int pending() {
        return jobs.size();
    }

    /** Finishes the oldest job waiting. */
    void runFirst() {
        jobs.removeFirst().run();
    }

    /** Finishes the newest job waiting. */
    void runLast() {
        jobs.removeLast().run();
    }

    /** Finishes every job, including those the finished ones start. */
    void runAll() {
        while (!jobs.isEmpty()) {
            runFirst();
        }
    }
}
