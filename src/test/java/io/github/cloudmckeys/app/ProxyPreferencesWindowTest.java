package io.github.cloudmckeys.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudmckeys.app.settings.XdgSettingsStore;
import io.github.cloudmckeys.credentials.FieldLabels;
import io.github.cloudmckeys.credentials.FieldRoles;
import io.github.cloudmckeys.net.ProxyPreference;
import io.github.cloudmckeys.ui.FxBackgroundRunner;
import io.github.cloudmckeys.ui.FxClipboardService;
import io.github.cloudmckeys.ui.MainWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The proxy in the real Preferences dialog: System by default, a Manual URL checked as typed, saved without a login. */
@ExtendWith(ApplicationExtension.class)
class ProxyPreferencesWindowTest {
    @TempDir
    Path home;
    private Stage stage;
    private FxBackgroundRunner runner;
    private DesktopSession session;

    @Start
    void start(Stage primary) {
        stage = primary;
        runner = new FxBackgroundRunner();
    }

    @AfterEach
    void stop() throws Exception {
        OpenWindows.hideAllBut(stage, () -> {
            session.close();
            stage.hide();
        });
        runner.close();
    }

    @Test
    void aManualProxyIsCheckedAsTypedAndSavedWithoutItsLogin(FxRobot robot) throws Exception {
        XdgSettingsStore store = new XdgSettingsStore(home.resolve("cloudmc-keys"));
        WaitForAsyncUtils.asyncFx(() -> session = DesktopSession.start(stage, Map.of(), store, store.load(), runner,
                dialogs -> new MainWindow.Services(runner, new FxClipboardService(), dialogs, Clock.systemUTC(),
                        FieldRoles.load(), FieldLabels.load(Locale.ENGLISH)))).get(10, TimeUnit.SECONDS);
        assertThat(session.window().model().preferences().proxyProperty().get()).isEqualTo(ProxyPreference.SYSTEM);

        robot.clickOn("#preferences");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#proxyMode").tryQuery().isPresent());
        ChoiceBox<?> mode = robot.lookup("#proxyMode").queryAs(ChoiceBox.class);
        assertThat(mode.getValue()).isEqualTo(ProxyPreference.Mode.SYSTEM);
        assertThat(robot.lookup("#proxyUrl").query().isDisabled()).isTrue();
        robot.interact(() -> mode.getSelectionModel().select(ProxyPreference.Mode.MANUAL.ordinal()));
        Node ok = robot.lookup("OK").query();
        assertThat(ok.isDisabled()).isTrue();
        assertThat(robot.lookup("#proxyProblem").queryAs(Label.class).getText())
                .isEqualTo("Type the proxy's URL, as http://host:port.");

        robot.clickOn("#proxyUrl").write("socks5://bob:hunter22@proxy.corp:1080");
        assertThat(robot.lookup("#proxyProblem").queryAs(Label.class).getText()).isEqualTo("The proxy in Preferences"
                + " is a socks5:// proxy, which this app cannot use: give an http:// proxy (the connection to the portal"
                + " stays encrypted end to end through it).");
        assertThat(ok.isDisabled()).isTrue();

        robot.interact(() -> robot.lookup("#proxyUrl").queryAs(javafx.scene.control.TextField.class)
                .setText("http://bob:hunter22@proxy.corp:3128"));
        assertThat(robot.lookup("#proxyProblem").query().isVisible()).isFalse();
        robot.clickOn("OK");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> store.load().network().proxy().mode() == ProxyPreference.Mode.MANUAL);
        assertThat(store.load().network().proxy().manualUrl()).contains("http://proxy.corp:3128");
        assertThat(Files.readString(store.location())).doesNotContain("hunter22");
    }
}
