package io.github.cloudmckeys.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs slow work (network, disk) away from the UI thread and hands the result
 * back on it. The app runs work on a background thread; tests run it in place.
 */
public interface BackgroundRunner {

    /** Runs {@code work}, then exactly one of the callbacks on the UI thread. */
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure);

    /** Runs everything on the calling thread: for tests of view models. */
    static BackgroundRunner inPlace() {
        return new BackgroundRunner() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            }
        };
    }
}
