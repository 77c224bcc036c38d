package io.github.cloudmckeys.ui;

import java.time.Duration;

/**
 * Repeating work on the UI thread, behind an interface so that tests move time forward
 * themselves instead of waiting for it.
 */
public interface UiTimer {

    /** A repeating action, until stopped. */
    interface Repeating {
        /** No further runs; stopping twice is harmless. */
        void stop();
    }

    /** Runs {@code action} on the UI thread every {@code period}, the first time one period from now. */
    Repeating every(Duration period, Runnable action);

    /** A timer that never fires: for a view model whose countdowns do not matter. */
    static UiTimer never() {
        return (period, action) -> () -> { };
    }
}
