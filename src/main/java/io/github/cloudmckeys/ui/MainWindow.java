package io.github.cloudmckeys.ui;

import io.github.cloudmckeys.credentials.FieldLabels;
import io.github.cloudmckeys.credentials.FieldRoles;
import io.github.cloudmckeys.i18n.Language;
import io.github.cloudmckeys.i18n.Messages;
import io.github.cloudmckeys.session.PortalShelf;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * Puts the main window together on a stage: the view model with its services, the view,
 * the shortcuts, title, icons and sizes. The app and the window tests assemble it the
 * same way; only the services differ.
 */
public final class MainWindow {
    /**
     * The smallest size at which every command is visible and usable, in English and in French
     * (MinimumSizeTest): the search, four table rows, the tabs, the preview's variable lines,
     * Test credentials, Save, Copy exports and the status line.
     */
    public static final double MIN_WIDTH = 780;
    public static final double MIN_HEIGHT = 720;
    public static final double DEFAULT_WIDTH = 980;
    public static final double DEFAULT_HEIGHT = 740;
    private static final List<Integer> ICON_SIZES = List.of(16, 32, 64, 128, 256);

    /**
     * What the window talks to the outside through; {@code timer} counts down to clearing the clipboard,
     * {@code setup} says where "Add to my …" writes and the S3 defaults.
     */
    public record Services(BackgroundRunner runner, ClipboardService clipboard, DialogService dialogs, Clock clock,
                           FieldRoles roles, FieldLabels labels, UiTimer timer, ExportSetup setup,
                           Messages messages) {
        public Services {
            Objects.requireNonNull(messages, "messages");
            Objects.requireNonNull(setup, "setup");
            Objects.requireNonNull(runner, "runner");
            Objects.requireNonNull(clipboard, "clipboard");
            Objects.requireNonNull(dialogs, "dialogs");
            Objects.requireNonNull(clock, "clock");
            Objects.requireNonNull(roles, "roles");
            Objects.requireNonNull(labels, "labels");
            Objects.requireNonNull(timer, "timer");
        }

        /** With the JavaFX timer, the current user's files for "Add to my …" and this process's S3 defaults. */
        public Services(BackgroundRunner runner, ClipboardService clipboard, DialogService dialogs, Clock clock,
                        FieldRoles roles, FieldLabels labels) {
            this(runner, clipboard, dialogs, clock, roles, labels, new FxUiTimer(), ExportSetup.forCurrentUser(),
                    Messages.of(Language.ENGLISH));
        }

        /** The window in the user's language, with the JavaFX timer, the current user's files and S3 defaults. */
        public Services(BackgroundRunner runner, ClipboardService clipboard, DialogService dialogs, Clock clock,
                        FieldRoles roles, FieldLabels labels, Messages messages) {
            this(runner, clipboard, dialogs, clock, roles, labels, new FxUiTimer(), ExportSetup.forCurrentUser(),
                    messages);
        }

        /** With the current user's files for "Add to my …" and this process's S3 defaults. */
        public Services(BackgroundRunner runner, ClipboardService clipboard, DialogService dialogs, Clock clock,
                        FieldRoles roles, FieldLabels labels, UiTimer timer) {
            this(runner, clipboard, dialogs, clock, roles, labels, timer, ExportSetup.forCurrentUser(),
                    Messages.of(Language.ENGLISH));
        }

        /** With the JavaFX timer. */
        public Services(BackgroundRunner runner, ClipboardService clipboard, DialogService dialogs, Clock clock,
                        FieldRoles roles, FieldLabels labels, ExportSetup setup) {
            this(runner, clipboard, dialogs, clock, roles, labels, new FxUiTimer(), setup, Messages.of(Language.ENGLISH));
        }
    }

    private final Stage stage;
    private final MainViewModel model;
    private final MainView view;

    private MainWindow(Stage stage, MainViewModel model, MainView view) {
        this.stage = stage;
        this.model = model;
        this.view = view;
    }

    /** Builds the window on {@code stage} and shows it, the search field focused. Nothing is loaded yet. */
    public static MainWindow show(Stage stage, Services services) {
        MainWindow window = create(stage, services);
        window.show();
        return window;
    }

    /** Builds the window on {@code stage} without showing it, so that its place can be set first. */
    public static MainWindow create(Stage stage, Services services) {
        return create(stage, services, null);
    }

    /** @param portals what the header's switcher offers; null for no switcher */
    public static MainWindow create(Stage stage, Services services, PortalShelf portals) {
        MainViewModel model = new MainViewModel(services.runner(), services.clipboard(), services.dialogs(),
                services.clock(), services.roles(), services.labels(), services.timer(), services.setup(),
                services.messages());
        MainView view = new MainView(model, portals == null ? null : new PortalSwitcherModel(model, portals));
        Scene scene = new Scene(view.root(), DEFAULT_WIDTH, DEFAULT_HEIGHT);
        view.installShortcuts(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(model.titleProperty());
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        // Said explicitly: some window managers (Openbox) otherwise open the window at its minimum size.
        stage.setWidth(DEFAULT_WIDTH);
        stage.setHeight(DEFAULT_HEIGHT);
        ThemeSwitch.follow(stage, model.preferences().darkProperty());
        return new MainWindow(stage, model, view);
    }

    /**
     * Shows the window with the cursor in the search field. What its first frame does not
     * show waits until that frame is laid out and on its way to the screen: the search
     * suggestions (ControlsFX) and the icons (five PNG files to decode) for the window manager.
     */
    public void show() {
        Scene scene = stage.getScene();
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(() -> {
                view.afterFirstFrame();
                for (int size : ICON_SIZES) {
                    stage.getIcons().add(new Image(MainWindow.class.getResource("icons/cloudmc-keys-" + size + ".png")
                            .toExternalForm()));
                }
            });
        };
        scene.addPostLayoutPulseListener(once[0]);
        double wantedWidth = stage.getWidth();
        double wantedHeight = stage.getHeight();
        stage.show();
        insistOnSize(wantedWidth, wantedHeight);
        Platform.runLater(() -> insistOnSize(wantedWidth, wantedHeight));
        view.focusSearch();
    }

    /**
     * The size asked for before showing (the preferred or the saved one), asked again when the
     * window manager gave back another: a window manager may answer the first request with the
     * minimum size.
     */
    private void insistOnSize(double width, double height) {
        if (stage.isMaximized() || stage.isFullScreen()) {
            return;
        }
        if (Math.abs(stage.getWidth() - width) > 1 || Math.abs(stage.getHeight() - height) > 1) {
            stage.setWidth(width);
            stage.setHeight(height);
        }
    }

    public Stage stage() {
        return stage;
    }

    public MainViewModel model() {
        return model;
    }

    public MainView view() {
        return view;
    }
}
