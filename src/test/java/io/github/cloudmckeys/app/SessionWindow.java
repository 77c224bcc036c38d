package io.github.cloudmckeys.app;

import io.github.cloudmckeys.app.settings.AppSettings;
import io.github.cloudmckeys.app.settings.XdgSettingsStore;
import io.github.cloudmckeys.credentials.FieldLabels;
import io.github.cloudmckeys.credentials.FieldRoles;
import io.github.cloudmckeys.i18n.Messages;
import io.github.cloudmckeys.session.InMemoryKeyStore;
import io.github.cloudmckeys.session.KeyStore;
import io.github.cloudmckeys.ui.FxBackgroundRunner;
import io.github.cloudmckeys.ui.FxClipboardService;
import io.github.cloudmckeys.ui.MainViewModel;
import io.github.cloudmckeys.ui.MainWindow;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window as the app wires it ({@link DesktopSession}) on a window test's stage, in English,
 * with the system clipboard: started from an environment and a settings folder, closed with
 * every dialog it left open.
 */
final class SessionWindow {
    private final Stage stage;
    private final FxBackgroundRunner runner = new FxBackgroundRunner();
    private DesktopSession session;

    SessionWindow(Stage stage) {
        this.stage = stage;
    }

    void start(Map<String, String> env, XdgSettingsStore store) throws Exception {
        start(env, store, store.load(), new InMemoryKeyStore());
    }

    /** Started from {@code loaded} as if the settings file held it, the portals' keys in {@code keys}. */
    void start(Map<String, String> env, XdgSettingsStore store, AppSettings loaded, KeyStore keys) throws Exception {
        fx(() -> session = DesktopSession.start(stage, env, store, loaded, keys, Messages.english(), runner,
                dialogs -> new MainWindow.Services(runner, new FxClipboardService(), dialogs, Clock.systemUTC(),
                        FieldRoles.load(), FieldLabels.load(Locale.ENGLISH))));
    }

    MainViewModel model() {
        return session.window().model();
    }

    /** Hides every dialog, closes the session (as the app's end does) and the stage, then the runner. */
    void close() throws Exception {
        OpenWindows.hideAllBut(stage, () -> {
            if (session != null) {
                session.close();
            }
            stage.hide();
        });
        runner.close();
    }

    /** Runs {@code query} on the UI thread and gives its answer. */
    static <T> T fx(Callable<T> query) throws Exception {
        return WaitForAsyncUtils.asyncFx(query).get(10, TimeUnit.SECONDS);
    }

    /** Waits up to 20 s for {@code condition}, asked on the UI thread. */
    static void waitFor(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(condition));
        } catch (TimeoutException e) {
            throw new AssertionError("waited 20 s for " + what, e);
        }
    }
}
