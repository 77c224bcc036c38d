package io.github.cloudmckeys.ui;

import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * The dark appearance: {@link #DARK_STYLESHEET} goes last on the root of the main window and
 * of every window it owns while it is on (dialogs, menus, tooltips, the suggestions), and
 * comes off when it is off. Windows that open later get it as they open.
 */
final class ThemeSwitch {
    static final String DARK_STYLESHEET = ThemeSwitch.class.getResource("dark.css").toExternalForm();

    private final Window main;
    private final ObservableBooleanValue dark;

    private ThemeSwitch(Window main, ObservableBooleanValue dark) {
        this.main = main;
        this.dark = dark;
    }

    /** From now on, {@code main} and every window it owns follow {@code dark}. On the UI thread. */
    static void follow(Window main, ObservableBooleanValue dark) {
        ThemeSwitch theme = new ThemeSwitch(main, dark);
        ListChangeListener<Window> opened = change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(theme::apply);
            }
        };
        Window.getWindows().addListener(opened);
        dark.addListener((o, was, now) -> Window.getWindows().forEach(theme::apply));
        theme.apply(main);
        main.addEventHandler(WindowEvent.WINDOW_HIDDEN, event -> {
            if (event.getTarget() == main) {
                Window.getWindows().removeListener(opened);
            }
        });
    }

    private void apply(Window window) {
        Scene scene = window.getScene();
        if (scene == null || scene.getRoot() == null || !ownedByMain(window)) {
            return;
        }
        var sheets = scene.getRoot().getStylesheets();
        sheets.remove(DARK_STYLESHEET);
        if (dark.get()) {
            sheets.add(DARK_STYLESHEET);
        }
    }

    private boolean ownedByMain(Window window) {
        for (Window w = window; w != null; w = owner(w)) {
            if (w == main) {
                return true;
            }
        }
        return false;
    }

    private static Window owner(Window window) {
        if (window instanceof Stage stage) {
            return stage.getOwner();
        }
        return window instanceof PopupWindow popup ? popup.getOwnerWindow() : null;
    }
}
