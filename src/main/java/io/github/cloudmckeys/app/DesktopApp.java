package io.github.cloudmckeys.app;

import io.github.cloudmckeys.credentials.FieldLabels;
import io.github.cloudmckeys.credentials.FieldRoles;
import io.github.cloudmckeys.ui.FxBackgroundRunner;
import io.github.cloudmckeys.ui.FxClipboardService;
import io.github.cloudmckeys.ui.FxDialogService;
import io.github.cloudmckeys.ui.MainViewModel;
import io.github.cloudmckeys.ui.MainWindow;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The window. Whatever can wait does: the tables and the portal choice are read before
 * the UI thread starts, and the portal is opened and read in the background once the
 * window shows.
 */
public final class DesktopApp extends Application {
    private FieldRoles roles;
    private FieldLabels labels;
    private PortalChoice choice;
    private String choiceProblem;
    private FxBackgroundRunner runner;
    private MainViewModel model;

    static void launchWindow(String[] args) {
        Application.launch(DesktopApp.class, args);
    }

    /** Runs on the launcher thread, before the UI thread exists. */
    @Override
    public void init() {
        roles = FieldRoles.load();
        labels = FieldLabels.load(Locale.getDefault());
        try {
            choice = PortalChoice.decide(false, null, null, null, System.getenv());
        } catch (PortalChoice.ChoiceException e) {
            choiceProblem = e.getMessage();
        }
    }

    @Override
    public void start(Stage stage) {
        runner = new FxBackgroundRunner();
        FxDialogService dialogs = new FxDialogService(() -> stage, owner -> Optional.empty());
        model = MainWindow.show(stage, new MainWindow.Services(runner, new FxClipboardService(), dialogs,
                Clock.systemUTC(), roles, labels)).model();
        if (choice != null) {
            model.connect(PortalTargets.of(choice));
        } else {
            model.reportProblem(choiceProblem);
        }
    }

    @Override
    public void stop() {
        if (model != null) {
            model.close();
        }
        if (runner != null) {
            runner.close();
        }
    }
}
