package io.github.cloudmckeys.app;

import io.github.cloudmckeys.session.EnvironmentKey;
import io.github.cloudmckeys.i18n.FailureSentences;
import io.github.cloudmckeys.session.InMemoryKeyStore;
import io.github.cloudmckeys.session.KeyStore;
import io.github.cloudmckeys.session.RememberedPortal;
import io.github.cloudmckeys.session.StartingPortal;
import io.github.cloudmckeys.session.PortalAccess;
import io.github.cloudmckeys.session.PortalToOpen;
import io.github.cloudmckeys.app.settings.AppSettings;
import io.github.cloudmckeys.app.settings.RoleAssignmentStore;
import io.github.cloudmckeys.app.settings.SettingsStore;
import io.github.cloudmckeys.app.settings.XdgSettingsStore;
import io.github.cloudmckeys.i18n.Messages;
import io.github.cloudmckeys.portal.ApiKey;
import io.github.cloudmckeys.ui.BackgroundRunner;
import io.github.cloudmckeys.ui.FxDialogService;
import io.github.cloudmckeys.ui.MainViewModel;
import io.github.cloudmckeys.ui.MainWindow;
import io.github.cloudmckeys.app.settings.ThemeChoice;
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
        return start(stage, env, store, loaded, new InMemoryKeyStore(), messages, false, runner, windowFor);
    }

    /** With {@code keys}, in the light appearance of a system that prefers none. */
    static DesktopSession start(Stage stage, Map<String, String> env, SettingsStore store, AppSettings loaded,
                                KeyStore keys, Messages messages, BackgroundRunner runner,
                                Function<FxDialogService, MainWindow.Services> windowFor) {
        return start(stage, env, store, loaded, keys, messages, false, runner, windowFor);
    }

    /**
     * @param keys the OS keyring's key store (tests: an in-memory one); used off the UI thread only
     * @param systemPrefersDark whether the operating system's appearance is dark (followed unless Preferences say)
     */
    static DesktopSession start(Stage stage, Map<String, String> env, SettingsStore store, AppSettings loaded,
                                KeyStore keys, Messages messages, boolean systemPrefersDark, BackgroundRunner runner,
                                Function<FxDialogService, MainWindow.Services> windowFor) {
        StartingPortal startup = StartingPortal.decide(env, loaded);
        SettingsKeeper settings = new SettingsKeeper(store, loaded, runner);
        EnvironmentKey environmentKey = EnvironmentKey.from(env);
        WindowNetwork network = new WindowNetwork(env, () -> settings.current().network().proxy());
        WindowPortals portals = new WindowPortals(settings, keys, environmentKey, messages, network);
        String firstEndpoint = initialEndpoint(startup, loaded);
        ConnectPrompt prompt = new ConnectPrompt(firstEndpoint, environmentKey, runner, portals, settings, messages,
                network);
        MainWindow window = MainWindow.create(stage,
                windowFor.apply(new FxDialogService(() -> stage, prompt, messages)), portals);
        MainViewModel model = window.model();
        settings.reportFailuresTo(model::reportProblem, messages);
        prompt.reportProblemsTo(model::reportProblem);
        if (store instanceof XdgSettingsStore folder) {
            model.roleChoices().keepIn(new SettingsRoleKeeper(new RoleAssignmentStore(folder)));
        }
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
        model.preferences().proxyProperty().set(loaded.network().proxy());
        model.preferences().proxyProperty().addListener((o, was, now) ->
                settings.update(saved -> saved.withNetwork(saved.network().withProxy(now)))); // next connection
        model.preferences().systemPrefersDarkProperty().set(systemPrefersDark);
        model.preferences().themeProperty().set(loaded.theme().orElse(ThemeChoice.SYSTEM));
        model.preferences().themeProperty().addListener((o, was, now) ->
                settings.update(saved -> saved.withTheme(now)));

        if (startup instanceof StartingPortal.Ask ask) {
            model.reportProblem(ask.reason(messages));
        }
        // Nothing but the window before its first frame: opening the portal (the demo portal's server, the HTTP
        // client, JSON) would compete with it for a small machine's cores (docs/benchmarks.md, start-up).
        // Registered before show(), so that it runs before the window's own deferred work.
        FirstFrame.whenPainted(stage.getScene(), () -> {
            if (!stage.isShowing()) {
                return; // closed already: nothing to open the portal for
            }
            // Back to the front after a login or logout in a terminal: the switcher lists what they changed.
            stage.focusedProperty().addListener((o, was, now) -> {
                if (now) {
                    settings.refreshPortals();
                }
            });
            if (startup instanceof StartingPortal.Open open) {
                model.connect(PortalToOpen.of(open.choice(), messages,
                        () -> network.open(WindowNetwork.remembered(loaded, firstEndpoint))));
            } else if (startup instanceof StartingPortal.Remembered remembered) {
                openRemembered(model, portals, remembered.portal(), keys, environmentKey, runner, messages);
            } else {
                model.openConnectDialog();
            }
        });
        window.show();
        return new DesktopSession(window, settings, placement);
    }

    /**
     * The default remembered portal, without asking anything when its key is at hand: the key is
     * looked up off the UI thread; without one (none stored, no keyring, a locked one) the banner
     * says why and Connect… asks for it, the endpoint filled in.
     */
    private static void openRemembered(MainViewModel model, WindowPortals portals, RememberedPortal portal,
                                       KeyStore keys, EnvironmentKey environment, BackgroundRunner runner,
                                       Messages messages) {
        runner.run(() -> {
            Optional<ApiKey> fromEnvironment = environment.keyFor(portal.endpoint());
            return fromEnvironment.isPresent() ? fromEnvironment : keys.read(portal);
        },
                key -> {
                    if (key.isPresent()) {
                        model.connect(portals.open(portal));
                    } else {
                        model.reportProblem(messages.get("window.portal.keyNeeded", portal.name()));
                        model.openConnectDialog();
                    }
                }, failure -> {
                    model.reportProblem(FailureSentences.of(failure, messages));
                    model.openConnectDialog();
                });
    }

    private static String initialEndpoint(StartingPortal startup, AppSettings loaded) {
        if (startup instanceof StartingPortal.Ask ask) {
            return ask.endpoint();
        }
        if (startup instanceof StartingPortal.Remembered remembered) {
            return remembered.portal().endpoint().toString();
        }
        if (startup instanceof StartingPortal.Open open && open.choice() instanceof PortalAccess.Remote remote) {
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
