package io.github.cloudmckeys.app;

import io.github.cloudmckeys.ui.MainViewModel;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.scene.Scene;

/**
 * The benchmark hook {@value StartupProbe#EXIT_AFTER_SERVICE}: once the services are listed,
 * picks the one the text designates (as Enter in the search field would), and once its
 * credentials and script are shown and painted, reports (peak memory included) and ends the app.
 */
final class ServiceProbe {
    private ServiceProbe() {}

    static void showThenExit(MainViewModel model, Scene scene, String text) {
        long[] pickedAt = new long[1];
        InvalidationListener shown = new InvalidationListener() {
            @Override
            public void invalidated(Observable observable) {
                if (model.selectedServiceProperty().get() == null || model.export().scriptProperty().get().isEmpty()) {
                    return;
                }
                model.selectedServiceProperty().removeListener(this);
                StartupProbe.whenFirstFramePainted(scene, () -> {
                    long now = System.currentTimeMillis();
                    StartupProbe.reportAndExit("service-shown", now,
                            StartupProbe.pair("pickToPaintedMs", now - pickedAt[0]));
                });
            }
        };
        InvalidationListener listed = new InvalidationListener() {
            @Override
            public void invalidated(Observable observable) {
                if (model.catalog().entries().isEmpty()) {
                    return;
                }
                model.catalog().entries().removeListener(this);
                model.selectedServiceProperty().addListener(shown);
                pickedAt[0] = System.currentTimeMillis();
                model.pickBestMatch(text);
            }
        };
        model.catalog().entries().addListener(listed);
    }
}
