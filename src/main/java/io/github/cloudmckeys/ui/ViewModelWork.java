package io.github.cloudmckeys.ui;

import io.github.cloudmckeys.i18n.Messages;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** {@link WindowWork} done by the main window's view model: its runner, its status line, its banner. */
final class ViewModelWork implements WindowWork {
    private final MainViewModel model;

    ViewModelWork(MainViewModel model) {
        this.model = model;
    }

    @Override
    public <T> void inBackground(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        model.inBackground(work, onSuccess, onFailure);
    }

    @Override
    public Messages messages() {
        return model.messages();
    }

    @Override
    public void setStatus(String text) {
        model.setStatus(text);
    }

    @Override
    public void clearBanner() {
        model.banner().clear();
    }

    @Override
    public void fail(Exception failure, Runnable again) {
        model.fail(failure, again);
    }
}
