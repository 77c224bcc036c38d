package io.github.cloudmckeys.app;

import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.util.WaitForAsyncUtils;

/** Window tests leave no dialog behind for the next test: every window but the primary stage is hidden. */
final class OpenWindows {
    private OpenWindows() {}

    /** Hides every window but {@code primary}, then runs {@code last} on the UI thread; waits for both. */
    static void hideAllBut(Stage primary, Runnable last) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            for (Window window : Window.getWindows().toArray(Window[]::new)) {
                if (window != primary) {
                    window.hide();
                }
            }
            last.run();
        }).get(10, TimeUnit.SECONDS);
    }
}
