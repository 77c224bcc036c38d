package io.github.cloudmckeys.ui;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * {@link BackgroundWork} through a {@link BackgroundRunner}, busy while any of it runs: the search field's
 * spinner shows that the window is waiting for the portal or the disk. Touched on the UI thread only.
 */
final class CountedWork implements BackgroundWork {
    private final BackgroundRunner runner;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private int inFlight;

    CountedWork(BackgroundRunner runner) {
        this.runner = Objects.requireNonNull(runner, "runner");
    }

    @Override
    public <T> void inBackground(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        count(+1);
        runner.run(work, result -> {
            count(-1);
            onSuccess.accept(result);
        }, failure -> {
            count(-1);
            onFailure.accept(failure);
        });
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    private void count(int change) {
        inFlight += change;
        busy.set(inFlight > 0);
    }
}
