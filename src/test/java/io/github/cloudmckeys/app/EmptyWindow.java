package io.github.cloudmckeys.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The start-up and memory benchmarks' baseline: an empty JavaFX window of the main window's
 * size, launched the way {@link Main} launches the app (a plain main class calling
 * {@code Application.launch}) and measured by the same {@link ProbedMain}. Whatever the
 * app needs beyond this to paint its first frame is the app's own cost.
 */
public final class EmptyWindow {
    private EmptyWindow() {}

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The window; public for {@code Application.launch}. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(), io.github.cloudmckeys.ui.MainWindow.DEFAULT_WIDTH,
                    io.github.cloudmckeys.ui.MainWindow.DEFAULT_HEIGHT));
            stage.setTitle("Empty window");
            stage.show();
        }
    }
}
