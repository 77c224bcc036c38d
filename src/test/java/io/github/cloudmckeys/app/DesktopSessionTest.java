package io.github.cloudmckeys.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudmckeys.app.settings.AppSettings;
import io.github.cloudmckeys.app.settings.WindowBounds;
import io.github.cloudmckeys.app.settings.XdgSettingsStore;
import io.github.cloudmckeys.credentials.FieldLabels;
import io.github.cloudmckeys.credentials.FieldRoles;
import io.github.cloudmckeys.demo.DemoPortal;
import io.github.cloudmckeys.ui.FxBackgroundRunner;
import io.github.cloudmckeys.ui.FxClipboardService;
import io.github.cloudmckeys.ui.MainViewModel;
import io.github.cloudmckeys.ui.MainWindow;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
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
 * A run of the window as the app starts it, from an environment and a settings file in a
 * temporary folder: which portal it opens, the Connect dialog when a key is missing, and
 * what it remembers.
 */
@ExtendWith(ApplicationExtension.class)
class DesktopSessionTest {
    @TempDir
    Path home;
    private Stage stage;
    private XdgSettingsStore store;
    private FxBackgroundRunner runner;
    private DesktopSession session;
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
    void stop(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            for (Window window : Window.getWindows().toArray(Window[]::new)) {
                if (window != stage) {
                    window.hide(); // a dialog left open
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

    private void startSession(Map<String, String> env, AppSettings settings) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> session = DesktopSession.start(stage, env, store, settings, runner,
                dialogs -> new MainWindow.Services(runner, new FxClipboardService(), dialogs, Clock.systemUTC(),
                        FieldRoles.load(), FieldLabels.load(Locale.ENGLISH)))).get(10, TimeUnit.SECONDS);
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

    @Test
    void withNothingConfiguredItOpensOnTheDemoPortalAndRemembersWhereItWas(FxRobot robot) throws Exception {
        startSession(Map.of(), store.load());

        waitFor("the demo services", () -> model().catalog().entries().size() == 7);
        assertThat(model().portalNameProperty().get()).isEqualTo("Demo portal — sample data");
        WaitForAsyncUtils.asyncFx(() -> model().lastSaveFolderProperty().set(home)).get();
        waitFor("the save folder in the settings", () -> store.load().lastSaveFolder().isPresent());

        WaitForAsyncUtils.asyncFx(() -> session.close()).get(10, TimeUnit.SECONDS);
        session = null;

        AppSettings saved = store.load();
        assertThat(saved.lastSaveFolder()).contains(home);
        assertThat(saved.windowBounds()).contains(new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(),
                stage.getHeight(), false));
        assertThat(saved.endpoint()).isEmpty();
    }

    @Test
    void theWindowComesBackWhereItWas(FxRobot robot) throws Exception {
        startSession(Map.of(), store.load().withWindowBounds(new WindowBounds(40, 30, 900, 760, false))
                .withLastSaveFolder(home));

        assertThat(stage.getX()).isEqualTo(40);
        assertThat(stage.getY()).isEqualTo(30);
        assertThat(stage.getWidth()).isEqualTo(900);
        assertThat(stage.getHeight()).isEqualTo(760);
        assertThat(model().lastSaveFolderProperty().get()).isEqualTo(home);
    }

    @Test
    void aWindowSavedOffEveryScreenOpensWhereTheSystemPutsIt(FxRobot robot) throws Exception {
        startSession(Map.of(), store.load().withWindowBounds(new WindowBounds(-9000, -9000, 900, 640, false)));

        assertThat(stage.getX()).isGreaterThan(-9000);
        assertThat(stage.getWidth()).isEqualTo(MainWindow.DEFAULT_WIDTH);
    }

    @Test
    void anEndpointWithoutAKeyAsksForTheKeyOnceThisSession(FxRobot robot) throws Exception {
        String endpoint = portal.endpoint().toString();
        startSession(Map.of("CLOUDMC_ENDPOINT", endpoint), store.load());

        waitFor("the Connect dialog", () -> robot.lookup("#apiKeyField").tryQuery().isPresent());
        assertThat(robot.lookup("#endpointField").queryAs(TextField.class).getText()).isEqualTo(endpoint);
        assertThat(robot.lookup("#bannerMessage").queryAs(Labeled.class).getText())
                .startsWith("Not connected to 127.0.0.1: its API key is needed.");
        robot.clickOn("#apiKeyField").write(DemoPortal.API_KEY);
        robot.clickOn("#connectButton");

        waitFor("the portal's services", () -> model().catalog().entries().size() == 7);
        assertThat(model().portalNameProperty().get()).isEqualTo("127.0.0.1");
        assertThat(model().banner().messageProperty().get()).isEmpty();
        waitFor("the remembered endpoint", () -> store.load().endpoint().isPresent());
        assertThat(store.load().endpoint()).contains(endpoint);
        assertThat(new String(Files.readAllBytes(store.location()), StandardCharsets.UTF_8))
                .doesNotContain(DemoPortal.API_KEY);

        // Connect… again: the endpoint is proposed, and the key typed earlier still goes with it.
        robot.clickOn("#connect");
        waitFor("the Connect dialog", () -> robot.lookup("#apiKeyField").tryQuery().isPresent());
        assertThat(robot.lookup("#apiKeyField").queryAs(TextField.class).getText()).isEmpty();
        assertThat(robot.lookup("#connectButton").query().isDisabled()).isFalse();
        robot.clickOn("#connectButton");
        waitFor("the dialog closed", () -> robot.lookup("#apiKeyField").tryQuery().isEmpty());
        waitFor("the services again", () -> !model().busyProperty().get()
                && model().catalog().entries().size() == 7);
        assertThat(model().banner().messageProperty().get()).isEmpty();
    }

    @Test
    void theRememberedPortalOpensWithTheKeyFromTheEnvironment(FxRobot robot) throws Exception {
        startSession(Map.of("CLOUDMC_API_KEY", DemoPortal.API_KEY),
                store.load().withEndpoint(portal.endpoint().toString()));

        waitFor("the portal's services", () -> model().catalog().entries().size() == 7);
        assertThat(model().portalNameProperty().get()).isEqualTo("127.0.0.1");
        assertThat(model().demoPortalProperty().get()).isFalse();
        assertThat(robot.lookup("#apiKeyField").tryQuery()).isEqualTo(Optional.empty());
    }
}
