package io.github.cloudmckeys.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs slow work (network, disk) off the UI thread and hands its result or failure back on it, counted while it
 * runs so that the window shows it is busy. All a helper of the view model needs when it says its outcome itself.
 */
@FunctionalInterface
interface BackgroundWork {
    <T> void inBackground(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure);
}
