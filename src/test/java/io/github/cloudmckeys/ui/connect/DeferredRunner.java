package io.github.cloudmckeys.ui.connect;

import io.github.cloudmckeys.ui.BackgroundRunner;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs each piece of work (for real) only when the test says so, in order: answers that arrive late. */
final class DeferredRunner implements BackgroundRunner {
    private final Queue<Runnable> pending = new ArrayDeque<>();

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        pending.add(() -> BackgroundRunner.inPlace().run(work, onSuccess, onFailure));
    }

    void runNext() {
        Runnable next = pending.poll();
        if (next == null) {
            throw new IllegalStateException("no work is pending");
        }
        next.run();
    }
}
