package io.github.cloudmckeys.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudmckeys.app.cli.PrivatePortal;
import io.github.cloudmckeys.app.settings.XdgSettingsStore;
import io.github.cloudmckeys.demo.DemoPortal;
import io.github.cloudmckeys.i18n.Messages;
import io.github.cloudmckeys.net.ProxyPreference;
import io.github.cloudmckeys.net.TestCa;
import io.github.cloudmckeys.portal.ApiKey;
import io.github.cloudmckeys.ui.FxBackgroundRunner;
import io.github.cloudmckeys.session.ConnectedPortal;
import io.github.cloudmckeys.session.EnvironmentKey;
import io.github.cloudmckeys.session.InMemoryKeyStore;
import io.github.cloudmckeys.session.PortalToOpen;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Connect… in a real (Monocle) window against a portal behind a private CA: refused with the
 * certificate's details until the CA file is typed, then signed in, connected over the CA file
 * and the CA file remembered with the endpoint.
 */
@ExtendWith(ApplicationExtension.class)
class PrivateCaConnectWindowTest {
    @TempDir
    Path dir;
    private Stage stage;
    private FxBackgroundRunner runner;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        runner = new FxBackgroundRunner();
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        OpenWindows.hideAllBut(stage, stage::hide);
        runner.close();
    }

    private static String result(FxRobot robot) {
        return robot.lookup("#testResult").queryAs(Label.class).getText();
    }

    @Test
    void theCaFileTypedInConnectMakesThePortalTrustedAndIsRememberedWithIt(FxRobot robot) throws Exception {
        TestCa ca = TestCa.create(dir);
        try (PrivatePortal portal = PrivatePortal.start(ca, List.of("127.0.0.1"))) {
            XdgSettingsStore store = new XdgSettingsStore(dir.resolve("config"));
            SettingsKeeper settings = new SettingsKeeper(store, store.load(), runner);
            EnvironmentKey environmentKey = new EnvironmentKey(Optional.of(ApiKey.of(DemoPortal.API_KEY)), Optional.empty());
            WindowNetwork network = new WindowNetwork(Map.of(), () -> ProxyPreference.NONE);
            WindowPortals portals = new WindowPortals(settings, new InMemoryKeyStore(), environmentKey,
                    Messages.english(), network);
            ConnectPrompt prompt = new ConnectPrompt("", environmentKey, runner, portals, settings,
                    Messages.english(), network);
            CompletableFuture<Optional<PortalToOpen>> asked = new CompletableFuture<>();
            Platform.runLater(() -> asked.complete(prompt.ask(stage)));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#caFileField").queryAll().stream()
                    .anyMatch(field -> field.getScene() != null && field.getScene().getWindow().isShowing()));
            WaitForAsyncUtils.waitForFxEvents();

            robot.clickOn("#endpointField").write(portal.endpoint("127.0.0.1"));
            robot.clickOn("#testButton");
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> result(robot).startsWith("The certificate"));
            assertThat(result(robot)).startsWith("The certificate of 127.0.0.1 is not trusted: it is issued to"
                    + " \"CN=127.0.0.1,O=Example Corp\" by \"Example Corp Internal Root\", SHA-256 fingerprint ");

            robot.clickOn("#caFileField").write(ca.rootPem().toString());
            robot.clickOn("#testButton");
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> result(robot).startsWith("Signed in"));
            assertThat(result(robot)).isEqualTo("Signed in as ccontini.");
            robot.clickOn("#connectButton");

            Optional<PortalToOpen> target = asked.get(10, TimeUnit.SECONDS);
            assertThat(target).isPresent();
            try (ConnectedPortal connection = target.get().opener().call()) {
                assertThat(connection.api().serviceConnections()).hasSize(1);
                assertThat(connection.keystone()).isNotNull();
            }
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                    () -> store.load().network().caFile().isPresent());
            assertThat(store.load().network().caFile()).contains(ca.rootPem().toAbsolutePath());
            assertThat(store.load().endpoint()).contains(portal.endpoint("127.0.0.1"));
        }
    }
}
