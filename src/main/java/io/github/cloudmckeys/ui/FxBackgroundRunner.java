package io.github.cloudmckeys.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Work on daemon threads, results on the JavaFX application thread. Closing interrupts
 * the work under way; work handed over after that (an answer that arrived late may still
 * have a connection to close) runs on a thread of its own, its result dropped.
 */
public final class FxBackgroundRunner implements BackgroundRunner, AutoCloseable {
    private final AtomicInteger count = new AtomicInteger();
    private final ExecutorService executor;

    public FxBackgroundRunner() {
        this.executor = Executors.newCachedThreadPool(task -> daemon(task, "background-" + count.incrementAndGet()));
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        try {
            executor.execute(() -> {
                try {
                    T result = work.call();
                    Platform.runLater(() -> onSuccess.accept(result));
                } catch (Exception e) {
                    Platform.runLater(() -> onFailure.accept(e));
                }
            });
        } catch (RejectedExecutionException closed) {
            daemon(() -> {
                try {
                    work.call();
                } catch (Exception e) {
                    // the window is gone: nobody to tell
                }
            }, "background-after-close").start();
        }
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
