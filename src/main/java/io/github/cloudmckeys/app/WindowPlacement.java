package io.github.cloudmckeys.app;

import io.github.cloudmckeys.app.settings.WindowBounds;
import io.github.cloudmckeys.ui.MainWindow;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Where the window was: put back when it still fits a screen, and followed while the app
 * runs. The size kept is the last one the window had before being maximized, so that
 * un-maximizing next time gives the user's own size back.
 */
final class WindowPlacement {
    /** How much of the window's top edge must be on a screen for the user to reach and drag it. */
    static final double REACHABLE = 48;

    private final Stage stage;
    private double x;
    private double y;
    private double width;
    private double height;

    private WindowPlacement(Stage stage) {
        this.stage = stage;
        remember();
        stage.xProperty().addListener((o, was, now) -> remember());
        stage.yProperty().addListener((o, was, now) -> remember());
        stage.widthProperty().addListener((o, was, now) -> remember());
        stage.heightProperty().addListener((o, was, now) -> remember());
    }

    /** Puts {@code stage} where {@code saved} says if that is on a screen, then follows it. Before it shows. */
    static WindowPlacement restore(Stage stage, Optional<WindowBounds> saved) {
        saved.filter(WindowBounds::isUsable).filter(WindowPlacement::reachable).ifPresent(bounds -> {
            stage.setX(bounds.x());
            stage.setY(bounds.y());
            stage.setWidth(Math.max(bounds.width(), MainWindow.MIN_WIDTH));
            stage.setHeight(Math.max(bounds.height(), MainWindow.MIN_HEIGHT));
            stage.setMaximized(bounds.maximized());
        });
        return new WindowPlacement(stage);
    }

    /** True when the window's top strip (its title bar) would be on some screen. */
    static boolean reachable(WindowBounds bounds) {
        Rectangle2D top = new Rectangle2D(bounds.x(), bounds.y(), bounds.width(), Math.min(REACHABLE, bounds.height()));
        return Screen.getScreens().stream().anyMatch(screen -> screen.getVisualBounds().intersects(top));
    }

    private void remember() {
        if (stage.isMaximized() || stage.isIconified() || Double.isNaN(stage.getX())) {
            return;
        }
        x = stage.getX();
        y = stage.getY();
        width = stage.getWidth();
        height = stage.getHeight();
    }

    /** The bounds to save: the last normal ones, and whether the window is maximized now. */
    WindowBounds current() {
        remember();
        return new WindowBounds(x, y, width, height, stage.isMaximized());
    }
}
