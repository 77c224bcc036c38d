package io.github.cloudmckeys.ui;

import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.scene.control.DialogEvent;

/**
 * Opens a dialog at its content's size under every window manager. Some (Openbox among
 * them) answer JavaFX's first size request with a default of their own, and the dialog
 * opens at 200 × 200 with its fields and buttons cut off: once shown, the dialog's window
 * is given its content's size again, explicitly, and never less than that.
 */
public final class DialogSizing {
    private DialogSizing() {
    }

    /** Call before the dialog shows. */
    public static void fitContent(Dialog<?> dialog) {
        DialogPane pane = dialog.getDialogPane();
        pane.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        dialog.setResizable(true);
        dialog.addEventHandler(DialogEvent.DIALOG_SHOWN, event -> fit(pane));
    }

    /** Gives {@code pane}'s window the pane's preferred size plus the window's decorations. */
    static void fit(DialogPane pane) {
        Window window = pane.getScene().getWindow();
        pane.applyCss();
        pane.layout();
        double decorationWidth = Math.max(0, window.getWidth() - pane.getScene().getWidth());
        double decorationHeight = Math.max(0, window.getHeight() - pane.getScene().getHeight());
        double width = Math.ceil(pane.prefWidth(-1));
        double height = Math.ceil(pane.prefHeight(width));
        window.setWidth(width + decorationWidth);
        window.setHeight(height + decorationHeight);
        if (window instanceof Stage stage) {
            stage.setMinWidth(width + decorationWidth);
            stage.setMinHeight(height + decorationHeight);
        }
    }
}
