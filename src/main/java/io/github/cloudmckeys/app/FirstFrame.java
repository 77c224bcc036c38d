package io.github.cloudmckeys.app;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.shape.Rectangle;

/**
 * Work held back until the window's first frame is painted, so that it does not compete with
 * that frame for a small machine's cores (docs/benchmarks.md, start-up).
 */
final class FirstFrame {
    private FirstFrame() {}

    /**
     * Runs {@code action} on the UI thread once the first frame of {@code scene} after this
     * call has been painted. The first pulse lays the scene out (the post-layout listener);
     * that pulse then hands the frame to the render thread. A snapshot of a one-pixel shape
     * is a render job too, queued behind the frame on the same render thread: when it
     * returns, the frame's rendering (and its copy to the window) is done.
     */
    static void whenPainted(Scene scene, Runnable action) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            // After this pulse, which is still to hand its frame over to the render thread.
            Platform.runLater(() -> {
                new Rectangle(1, 1).snapshot(new SnapshotParameters(), null);
                action.run();
            });
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }
}
