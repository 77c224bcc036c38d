package io.github.cloudmckeys.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudmckeys.app.settings.AppSettings;
import io.github.cloudmckeys.app.settings.SavedPortal;
import io.github.cloudmckeys.app.settings.XdgSettingsStore;
import io.github.cloudmckeys.credentials.FieldLabels;
import io.github.cloudmckeys.credentials.FieldRoles;
import io.github.cloudmckeys.demo.DemoPortal;
import io.github.cloudmckeys.i18n.Messages;
import io.github.cloudmckeys.portal.ApiKey;
import io.github.cloudmckeys.portal.PortalEndpoint;
import io.github.cloudmckeys.session.InMemoryKeyStore;
import io.github.cloudmckeys.session.RememberedPortal;
import io.github.cloudmckeys.ui.FxBackgroundRunner;
import io.github.cloudmckeys.ui.FxClipboardService;
import io.github.cloudmckeys.ui.MainViewModel;
import io.github.cloudmckeys.ui.MainWindow;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window under Monocle with remembered portals: it opens on the default one without asking
 * when its key is stored, Connect…'s Remember puts the key in the key store (in memory here; the
 * real Secret Service backend has its own test against GNOME Keyring), the header's switcher
 * lists the portals, and Forget removes the entry and its key.
 */
@ExtendWith(ApplicationExtension.class)
class RememberedPortalsWindowTest {
    private static final String NAME = "Labo d'Émilie « test »";

    @TempDir
    Path home;
    private Stage stage;
    private XdgSettingsStore store;
    private FxBackgroundRunner runner;
    private DesktopSession session;
    private final InMemoryKeyStore keys = new InMemoryKeyStore();
    private final DemoPortal portal = DemoPortal.start();

    @Start
    void start(Stage primary) {
        stage = primary;
        runner = new FxBackgroundRunner();
    }

    @BeforeEach
    void settingsIn() {
        store = new XdgSettingsStore(home.resolve("cloudmc-keys"));
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            for (Window window : Window.getWindows().toArray(Window[]::new)) {
                if (window != stage) {
                    window.hide();
                }
            }
            if (session != null) {
                session.close();
            }
            stage.hide();
        }).get(10, TimeUnit.SECONDS);
        runner.close();
        portal.close();
    }

    private void startSession(AppSettings settings) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> session = DesktopSession.start(stage, Map.of(), store, settings, keys,
                Messages.english(), runner, dialogs -> new MainWindow.Services(runner, new FxClipboardService(),
                        dialogs, Clock.systemUTC(), FieldRoles.load(), FieldLabels.load(Locale.ENGLISH))))
                .get(30, TimeUnit.SECONDS);
    }

    private MainViewModel model() {
        return session.window().model();
    }

    private static void waitFor(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("waited 15 s for " + what, e);
        }
    }

    private RememberedPortal remembered() throws Exception {
        return new RememberedPortal(NAME, PortalEndpoint.parse(portal.endpoint().toString()), true);
    }

    private List<String> switcherItems(FxRobot robot) throws Exception {
        robot.clickOn("#portalSwitch");
        waitFor("the switcher's menu", () -> robot.lookup("#portalSwitch").queryAs(MenuButton.class).isShowing());
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup("#portalSwitch").queryAs(MenuButton.class).getItems()
                .stream().map(MenuItem::getText).filter(t -> t != null).toList()).get();
    }

    @Test
    void theDefaultPortalOpensWithoutAPromptWhenItsKeyIsStored(FxRobot robot) throws Exception {
        keys.store(remembered(), ApiKey.of(DemoPortal.API_KEY));
        startSession(AppSettings.defaults().withPortals(List.of(
                new SavedPortal(NAME, portal.endpoint().toString(), true))));

        waitFor("the portal's services", () -> model().catalog().entries().size() == 7);
        assertThat(model().portalNameProperty().get()).isEqualTo(NAME);
        assertThat(model().demoPortalProperty().get()).isFalse();
        assertThat(robot.lookup("#apiKeyField").tryQuery()).isEmpty();
        assertThat(model().banner().messageProperty().get()).isEmpty();
    }

    @Test
    void withoutAStoredKeyTheBannerSaysSoAndConnectAsks(FxRobot robot) throws Exception {
        startSession(AppSettings.defaults().withPortals(List.of(
                new SavedPortal(NAME, portal.endpoint().toString(), true))));

        waitFor("the Connect dialog", () -> robot.lookup("#apiKeyField").tryQuery().isPresent());
        assertThat(model().banner().messageProperty().get()).isEqualTo("Not connected to " + NAME
                + ": its API key is not in the system keyring. Use Connect… to give it.");
    }

    @Test
    void rememberStoresTheKeyTheSwitcherListsThePortalAndForgetRemovesBoth(FxRobot robot) throws Exception {
        startSession(AppSettings.defaults());
        waitFor("the demo portal", () -> model().catalog().entries().size() == 7 && !model().busyProperty().get());

        robot.clickOn("#connect");
        waitFor("the Connect dialog", () -> robot.lookup("#apiKeyField").tryQuery().isPresent());
        robot.clickOn("#endpointField").write(portal.endpoint().toString());
        robot.clickOn("#apiKeyField").write(DemoPortal.API_KEY);
        robot.clickOn("#portalNameField").write(NAME);
        robot.clickOn("#connectButton");

        waitFor("the key in the key store", () -> keys.read(remembered()).isPresent());
        waitFor("the remembered portal's services", () -> NAME.equals(model().portalNameProperty().get())
                && !model().busyProperty().get());
        waitFor("the portal in the settings", () -> !store.load().portals().isEmpty());
        assertThat(store.load().portals()).containsExactly(new SavedPortal(NAME, portal.endpoint().toString(), true));
        assertThat(new String(Files.readAllBytes(store.location()), StandardCharsets.UTF_8))
                .doesNotContain(DemoPortal.API_KEY);

        assertThat(switcherItems(robot)).containsExactly(NAME, "Demo portal — sample data", "Forget this portal");
        robot.clickOn("Demo portal — sample data");
        waitFor("the demo portal", () -> model().demoPortalProperty().get() && !model().busyProperty().get());
        robot.clickOn("#portalSwitch");
        robot.clickOn(NAME);
        waitFor("back on the remembered portal", () -> NAME.equals(model().portalNameProperty().get())
                && !model().demoPortalProperty().get() && !model().busyProperty().get());

        switcherItems(robot);
        robot.clickOn("Forget this portal");
        waitFor("the key deleted", () -> keys.names().isEmpty());
        waitFor("the portal forgotten", () -> store.load().portals().isEmpty());
        assertThat(model().statusProperty().get()).isEqualTo("Forgot \"" + NAME
                + "\" and deleted its key from the system keyring.");
        assertThat(switcherItems(robot)).containsExactly("Demo portal — sample data", "Forget this portal");
    }
}
