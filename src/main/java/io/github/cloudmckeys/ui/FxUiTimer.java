package io.github.cloudmckeys.ui;

import java.time.Duration;
import java.util.Objects;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;

/** {@link UiTimer} on a JavaFX {@link Timeline}: runs on the FX thread, with the window's pulses. */
public final class FxUiTimer implements UiTimer {

    /** Call on the FX thread. */
    @Override
    public Repeating every(Duration period, Runnable action) {
        Objects.requireNonNull(action, "action");
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("period must be positive");
        }
        Timeline timeline = new Timeline(new KeyFrame(javafx.util.Duration.millis(period.toMillis()),
                event -> action.run()));
        timeline.setCycleCount(Animation.INDEFINITE);
        timeline.play();
        return timeline::stop;
    }
}
