package io.github.cloudmckeys.app;

import io.github.cloudmckeys.app.settings.AppSettings;
import io.github.cloudmckeys.app.settings.SettingsStore;
import io.github.cloudmckeys.i18n.Messages;
import io.github.cloudmckeys.portal.ApiKey;
import io.github.cloudmckeys.ui.BackgroundRunner;
import io.github.cloudmckeys.ui.FxDialogService;
import io.github.cloudmckeys.ui.MainViewModel;
import io.github.cloudmckeys.ui.MainWindow;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.stage.Stage;

/**
 * One run of the window, wired from the environment and the settings: the portal it
 * opens on (or the Connect dialog, when a key is missing), the window's place, the last
 * save folder, and what is remembered when it closes.
 */
final class DesktopSession {
    private final MainWindow window;
    private final SettingsKeeper settings;
    private final WindowPlacement placement;

    private DesktopSession(MainWindow window, SettingsKeeper settings, WindowPlacement placement) {
        this.window = window;
        this.settings = settings;
        this.placement = placement;
    }

    /** {@link #start(Stage, Map, SettingsStore, AppSettings, Messages, BackgroundRunner, Function)} in English. */
    static DesktopSession start(Stage stage, Map<String, String> env, SettingsStore store, AppSettings loaded,
                                BackgroundRunner runner, Function<FxDialogService, MainWindow.Services> windowFor) {
        return start(stage, env, store, loaded, Messages.english(), runner, windowFor);
    }

    /**
     * Shows the window and starts opening the portal in the background.
     *
     * @param messages  the user's language, for the dialogs and what this session says itself (the
     *                  window's own comes with {@code windowFor}'s services)
     * @param windowFor builds the window's services around the dialogs (the rest is the caller's choice)
     */
    static DesktopSession start(Stage stage, Map<String, String> env, SettingsStore store, AppSettings loaded,
                                Messages messages, BackgroundRunner runner,
                                Function<FxDialogService, MainWindow.Services> windowFor) {
        StartupPortal startup = StartupPortal.decide(env, loaded);
        SettingsKeeper settings = new SettingsKeeper(store, loaded, runner);
        Optional<ApiKey> environmentKey = Optional.ofNullable(env.get(PortalChoice.API_KEY_VARIABLE))
                .filter(key -> !key.isBlank()).map(ApiKey::of);
        ConnectPrompt prompt = new ConnectPrompt(initialEndpoint(startup, loaded), environmentKey, runner, settings,
                messages);
        MainWindow window = MainWindow.create(stage,
                windowFor.apply(new FxDialogService(() -> stage, prompt, messages)));
        MainViewModel model = window.model();
        settings.reportFailuresTo(model::reportProblem, messages);
        WindowPlacement placement = WindowPlacement.restore(stage, loaded.windowBounds());
        model.lastSaveFolderProperty().set(loaded.lastSaveFolder().orElse(null));
        model.lastSaveFolderProperty().addListener((o, was, now) ->
                settings.update(saved -> saved.withLastSaveFolder(now)));
        model.preferences().clipboardClearSecondsProperty().set(loaded.clipboardClearSeconds());
        model.preferences().clipboardClearSecondsProperty().addListener((o, was, now) ->
                settings.update(saved -> saved.withClipboardClearSeconds(now.intValue())));
        model.preferences().languageProperty().set(loaded.language());
        model.preferences().languageProperty().addListener((o, was, now) ->
                settings.update(saved -> saved.withLanguage(now))); // spoken from the next start

        if (startup instanceof StartupPortal.Ask ask) {
            model.reportProblem(ask.reason(messages));
        }
        // Nothing but the window before its first frame: opening the portal (the demo portal's server, the HTTP
        // client, JSON) would compete with it for a small machine's cores (docs/benchmarks.md, start-up).
        // Registered before show(), so that it runs before the window's own deferred work.
        FirstFrame.whenPainted(stage.getScene(), () -> {
            if (!stage.isShowing()) {
                return; // closed already: nothing to open the portal for
            }
            if (startup instanceof StartupPortal.Open open) {
                model.connect(PortalTargets.of(open.choice(), messages));
            } else {
                model.openConnectDialog();
            }
        });
        window.show();
        return new DesktopSession(window, settings, placement);
    }

    private static String initialEndpoint(StartupPortal startup, AppSettings loaded) {
        if (startup instanceof StartupPortal.Ask ask) {
            return ask.endpoint();
        }
        if (startup instanceof StartupPortal.Open open && open.choice() instanceof PortalChoice.Remote remote) {
            return remote.endpoint().toString();
        }
        return loaded.endpoint().orElse("");
    }

    MainWindow window() {
        return window;
    }

    /** Closes the portal, clears a copied secret, remembers where the window was; the app is ending. */
    void close() {
        window.model().close();
        settings.updateNow(saved -> saved.withWindowBounds(placement.current()));
    }
}
