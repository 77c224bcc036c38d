package io.github.cloudmckeys.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudmckeys.app.settings.AppSettings;
import io.github.cloudmckeys.app.settings.SavedPortal;
import io.github.cloudmckeys.app.settings.XdgSettingsStore;
import io.github.cloudmckeys.demo.DemoPortal;
import io.github.cloudmckeys.portal.ApiKey;
import io.github.cloudmckeys.portal.PortalEndpoint;
import io.github.cloudmckeys.session.InMemoryKeyStore;
import io.github.cloudmckeys.session.RememberedPortal;
import io.github.cloudmckeys.ui.MainViewModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
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
    private SessionWindow window;
    private XdgSettingsStore store;
    private final InMemoryKeyStore keys = new InMemoryKeyStore();
    private final DemoPortal portal = DemoPortal.start();

    @Start
    void start(Stage primary) {
        window = new SessionWindow(primary);
    }

    @BeforeEach
    void settingsIn() {
        store = new XdgSettingsStore(home.resolve("cloudmc-keys"));
    }

    @AfterEach
    void stop() throws Exception {
        window.close();
        portal.close();
    }

    private void startSession(AppSettings settings) throws Exception {
        window.start(Map.of(), store, settings, keys);
    }

    private MainViewModel model() {
        return window.model();
    }

    private static void waitFor(String what, Callable<Boolean> condition) {
        SessionWindow.waitFor(what, condition);
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
    void aStoredKeyThePortalRefusesIsSaidToBeTheStoredOneAndItsEntryIsKept(FxRobot robot) throws Exception {
        keys.store(remembered(), ApiKey.of("0123456789abcdef-revoked-key"));
        startSession(AppSettings.defaults().withPortals(List.of(
                new SavedPortal(NAME, portal.endpoint().toString(), true))));

        waitFor("the banner", () -> !model().banner().messageProperty().get().isEmpty());
        assertThat(model().banner().messageProperty().get()).isEqualTo("The portal refused the API key stored for \""
                + NAME + "\": use Connect… to give its new key, or Forget this portal.");
        assertThat(keys.read(remembered())).isPresent();
        assertThat(model().catalog().entries()).isEmpty();
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
