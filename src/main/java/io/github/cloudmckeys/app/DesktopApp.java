package io.github.cloudmckeys.app;

import io.github.cloudmckeys.app.settings.AppSettings;
import io.github.cloudmckeys.app.settings.SettingsStore;
import io.github.cloudmckeys.app.settings.XdgSettingsStore;
import io.github.cloudmckeys.credentials.FieldLabels;
import io.github.cloudmckeys.credentials.FieldRoles;
import io.github.cloudmckeys.i18n.Language;
import io.github.cloudmckeys.i18n.Messages;
import io.github.cloudmckeys.session.KeyStores;
import io.github.cloudmckeys.ui.FxBackgroundRunner;
import io.github.cloudmckeys.ui.FxClipboardService;
import io.github.cloudmckeys.ui.MainWindow;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The window. Whatever can wait does: the settings and tables are read while JavaFX starts,
 * and the portal is opened and read in the background once the window's first frame is painted.
 */
public final class DesktopApp extends Application {
    private Map<String, String> env;
    private SettingsStore store;
    private AppSettings settings;
    private FieldRoles roles;
    private FieldLabels labels;
    private Messages messages;
    private FxBackgroundRunner runner;
    private boolean systemPrefersDark;
    private DesktopSession session;

    /**
     * The settings and tables, read on a thread of their own while JavaFX starts (GTK and the
     * graphics pipeline keep one core busy for a third of a second): the settings' JSON reader
     * loads on the other core meanwhile instead of after it (docs/benchmarks.md, start-up).
     */
    private static volatile FutureTask<Loaded> early;

    /** {@code --lang}, when the window was opened with it. */
    private static volatile Optional<Language> commandLineLanguage = Optional.empty();

    private record Loaded(Map<String, String> env, SettingsStore store, AppSettings settings, FieldRoles roles,
                          Language language, FieldLabels labels, Messages messages, boolean systemPrefersDark) {
        static Loaded read(Optional<Language> commandLine) {
            Map<String, String> env = System.getenv();
            SettingsStore store = XdgSettingsStore.forEnvironment(env, Path.of(System.getProperty("user.home")));
            AppSettings settings = store.load();
            Language language = Language.choose(commandLine, settings.language(), Language.systemLocale());
            // Asked only when the choice is the system's: the programs it runs take a few milliseconds each.
            boolean dark = settings.theme().isEmpty() && SystemAppearance.prefersDark();
            return new Loaded(env, store, settings, FieldRoles.load(), language, FieldLabels.load(language.locale()),
                    Messages.of(language), dark);
        }
    }

    /** @param language {@code --lang}'s language, if given: it wins over the settings and the system */
    static void launchWindow(Optional<Language> language) {
        // The window follows the desktop's proxy setting when neither the environment nor Preferences… names
        // one (NetSession asks the JDK's selector then); read by the JDK once, so set before any network use.
        System.setProperty("java.net.useSystemProxies", "true");
        commandLineLanguage = language;
        FutureTask<Loaded> reading = new FutureTask<>(() -> Loaded.read(language));
        Thread reader = new Thread(reading, "settings-reader");
        reader.setDaemon(true);
        reader.start();
        early = reading;
        Application.launch(DesktopApp.class);
    }

    /** Runs on the launcher thread, before the UI thread exists. */
    @Override
    public void init() throws InterruptedException {
        FutureTask<Loaded> reading = early;
        Loaded loaded;
        if (reading == null) {
            loaded = Loaded.read(commandLineLanguage);
        } else {
            try {
                loaded = reading.get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
        env = loaded.env();
        store = loaded.store();
        settings = loaded.settings();
        roles = loaded.roles();
        labels = loaded.labels();
        messages = loaded.messages();
        systemPrefersDark = loaded.systemPrefersDark();
        speakToJavaFx(loaded.language());
    }

    /**
     * JavaFX words its own controls (a text field's context menu, the OK and Cancel of dialogs)
     * from the JVM's default locale, which follows the system. When the user chose another
     * language, the default becomes that language so that those words match ours. This runs
     * before {@link #start}: no control exists yet, and the dialog buttons' texts are read once,
     * when their class is first used. Only the app's own process is concerned.
     */
    private static void speakToJavaFx(Language language) {
        if (Language.of(Language.systemLocale()) != language) {
            Locale.setDefault(language.locale());
        }
    }

    @Override
    public void start(Stage stage) {
        runner = new FxBackgroundRunner();
        session = DesktopSession.start(stage, env, store, settings, KeyStores.forThisSystem(), messages,
                systemPrefersDark, runner, dialogs ->
                new MainWindow.Services(runner, new FxClipboardService(), dialogs, Clock.systemUTC(), roles, labels,
                        messages));
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
