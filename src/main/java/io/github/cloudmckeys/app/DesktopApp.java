package io.github.cloudmckeys.app;

import io.github.cloudmckeys.app.settings.AppSettings;
import io.github.cloudmckeys.app.settings.SettingsStore;
import io.github.cloudmckeys.app.settings.XdgSettingsStore;
import io.github.cloudmckeys.credentials.FieldLabels;
import io.github.cloudmckeys.credentials.FieldRoles;
import io.github.cloudmckeys.ui.FxBackgroundRunner;
import io.github.cloudmckeys.ui.FxClipboardService;
import io.github.cloudmckeys.ui.MainWindow;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The window. Whatever can wait does: the settings and tables are read before the UI
 * thread starts, and the portal is opened and read in the background once the window shows.
 */
public final class DesktopApp extends Application {
    private Map<String, String> env;
    private SettingsStore store;
    private AppSettings settings;
    private FieldRoles roles;
    private FieldLabels labels;
    private FxBackgroundRunner runner;
    private DesktopSession session;

    static void launchWindow(String[] args) {
        Application.launch(DesktopApp.class, args);
    }

    /** Runs on the launcher thread, before the UI thread exists. */
    @Override
    public void init() {
        env = System.getenv();
        store = XdgSettingsStore.forEnvironment(env, Path.of(System.getProperty("user.home")));
        settings = store.load();
        roles = FieldRoles.load();
        labels = FieldLabels.load(Locale.getDefault());
    }

    @Override
    public void start(Stage stage) {
        runner = new FxBackgroundRunner();
        session = DesktopSession.start(stage, env, store, settings, runner, dialogs ->
                new MainWindow.Services(runner, new FxClipboardService(), dialogs, Clock.systemUTC(), roles, labels));
    }

    @Override
    public void stop() {
        if (session != null) {
            session.close();
        }
        if (runner != null) {
            runner.close();
        }
    }
}
