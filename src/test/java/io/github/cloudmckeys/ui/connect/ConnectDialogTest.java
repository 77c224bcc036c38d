package io.github.cloudmckeys.ui.connect;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudmckeys.demo.DemoPortal;
import io.github.cloudmckeys.portal.ApiKey;
import io.github.cloudmckeys.portal.HttpPortalApi;
import io.github.cloudmckeys.ui.FxBackgroundRunner;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The dialog in a real (Monocle) window, testing against the demo portal over HTTP in the background. */
@ExtendWith(ApplicationExtension.class)
class ConnectDialogTest {
    private DemoPortal portal;
    private FxBackgroundRunner runner;
    private ConnectViewModel model;
    private Dialog<ConnectRequest> dialog;

    @Start
    void start(Stage stage) {
        portal = DemoPortal.start();
        runner = new FxBackgroundRunner();
        model = new ConnectViewModel("", Optional.empty(), Optional.empty(),
                remote -> HttpPortalApi.create(remote.endpoint(), remote.apiKey()), runner);
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
        dialog = ConnectDialog.create(model);
        dialog.initOwner(stage);
        dialog.show();
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> dialog.close());
        runner.close();
        portal.close();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void typingTheDemoPortalTestingAndConnecting(FxRobot robot) throws Exception {
        String endpoint = portal.endpoint().toString();
        Node keyField = robot.lookup("#apiKeyField").query();
        assertThat(keyField).isInstanceOf(PasswordField.class);
        assertThat(robot.lookup("#connectButton").query().isDisabled()).isTrue();

        robot.clickOn("#endpointField").write(endpoint);
        robot.clickOn("#apiKeyField").write(DemoPortal.API_KEY);
        robot.clickOn("#testButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> text(robot, "#testResult").equals("Signed in as Chloé Contini (ccontini)."));

        assertThat(robot.lookup("#testBusy").query().isVisible()).isFalse();
        assertThat(robot.lookup("#testResult").query().getPseudoClassStates())
                .anyMatch(state -> state.getPseudoClassName().equals("success"));
        // The key is typed but never drawn: no text node on screen holds it.
        assertThat(robot.lookup((Node node) -> node instanceof Text t && t.getText() != null
                && t.getText().contains(DemoPortal.API_KEY)).queryAll()).isEmpty();

        robot.clickOn("#connectButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialog.isShowing()).isFalse();
        ConnectRequest request = dialog.getResult();
        assertThat(request.portal().endpoint().toString()).isEqualTo(endpoint);
        assertThat(request.portal().apiKey()).isEqualTo(ApiKey.of(DemoPortal.API_KEY));
        assertThat(request.remember()).isTrue();
    }

    @Test
    void everythingWorksFromTheKeyboard(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#endpointField").query().isFocused());
        // Typing goes to the window the robot targets: the dialog's, as a user's would once it opened.
        robot.targetWindow(dialog.getDialogPane().getScene().getWindow());

        robot.write(portal.endpoint().toString()).type(KeyCode.TAB).write("not-the-demo-key");
        robot.press(KeyCode.ALT, KeyCode.T).release(KeyCode.T, KeyCode.ALT);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> text(robot, "#testResult").startsWith("The portal refused the API key"));
        assertThat(robot.lookup("#testResult").query().getPseudoClassStates())
                .anyMatch(state -> state.getPseudoClassName().equals("failure"));
        assertThat(robot.lookup("#testButton").query().isFocused()).isTrue();

        robot.press(KeyCode.ALT, KeyCode.R).release(KeyCode.R, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.rememberProperty().get()).isFalse();

        robot.press(KeyCode.ALT, KeyCode.C).release(KeyCode.C, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialog.isShowing()).isFalse();
        assertThat(dialog.getResult().remember()).isFalse();
        assertThat(dialog.getResult().portal().apiKey()).isEqualTo(ApiKey.of("not-the-demo-key"));
    }

    @Test
    void theCheckBoxTogglesOncePerClick(FxRobot robot) {
        robot.clickOn("#rememberCheck");
        assertThat(model.rememberProperty().get()).isFalse();
        robot.clickOn("#rememberCheck");
        assertThat(model.rememberProperty().get()).isTrue();
        robot.type(KeyCode.SPACE);
        assertThat(model.rememberProperty().get()).isFalse();
    }

    @Test
    void escapeCancels(FxRobot robot) {
        robot.clickOn("#endpointField").write(portal.endpoint().toString());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialog.isShowing()).isFalse();
        assertThat(dialog.getResult()).isNull();
    }
}
