package io.github.cloudmckeys.ui.connect;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudmckeys.demo.DemoPortal;
import io.github.cloudmckeys.i18n.Language;
import io.github.cloudmckeys.i18n.Messages;
import io.github.cloudmckeys.portal.ApiKey;
import io.github.cloudmckeys.portal.HttpPortalApi;
import io.github.cloudmckeys.ui.FxBackgroundRunner;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Connect dialog in French, in a real (Monocle) window against the demo portal: its
 * texts, its own Cancel button, and the French mnemonics. Expected texts are written out
 * here so that a wrong translation fails.
 */
@ExtendWith(ApplicationExtension.class)
class ConnectDialogFrenchTest {
    private static final String NBSP = "\u00a0";

    private DemoPortal portal;
    private FxBackgroundRunner runner;
    private ConnectViewModel model;
    private Dialog<ConnectRequest> dialog;

    @Start
    void start(Stage stage) {
        portal = DemoPortal.start();
        runner = new FxBackgroundRunner();
        model = new ConnectViewModel("", Optional.empty(), Optional.empty(),
                remote -> HttpPortalApi.create(remote.endpoint(), remote.apiKey()), runner,
                Messages.of(Language.FRENCH));
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
        return robot.lookup(id).queryAs(Labeled.class).getText();
    }

    @Test
    void theDialogSpeaksFrench(FxRobot robot) {
        assertThat(dialog.getTitle()).isEqualTo("Se connecter à un portail CloudMC");
        assertThat(dialog.getHeaderText()).isEqualTo("Collez le point de terminaison et la clé d’API affichés sur"
                + " la page Identifiants API de votre portail.");
        assertThat(robot.lookup(".connect-dialog .label").queryAllAs(Label.class).stream().map(Label::getText)
                .toList()).contains("URL du _point de terminaison", "Clé d’_API");
        assertThat(text(robot, "#rememberCheck")).isEqualTo("_Mémoriser ce portail");
        assertThat(text(robot, "#testButton")).isEqualTo("_Tester");
        assertThat(text(robot, "#connectButton")).isEqualTo("Se _connecter");
        assertThat(text(robot, "#cancelButton")).isEqualTo("Annuler");
        assertThat(robot.lookup("#apiKeyField").queryAs(TextField.class).getPromptText())
                .isEqualTo("Collez votre clé d’API");
        assertThat(text(robot, "#keyHint")).isEqualTo("Sur la page Identifiants API du portail. Gardée dans le"
                + " trousseau du système si le portail est retenu, jamais dans un fichier.");

        robot.clickOn("#endpointField").write(portal.endpoint().toString());
        assertThat(text(robot, "#validationMessage")).isEqualTo("Aucune clé d’API" + NBSP
                + ": collez la clé affichée sur la page Identifiants API du portail.");

        robot.clickOn("#cancelButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.isShowing()).isFalse();
        assertThat(dialog.getResult()).isNull();
    }

    @Test
    void testingAndConnectingWithTheFrenchMnemonics(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#endpointField").query().isFocused());
        robot.targetWindow(dialog.getDialogPane().getScene().getWindow());
        robot.write(portal.endpoint().toString()).type(KeyCode.TAB).write(DemoPortal.API_KEY);

        robot.press(KeyCode.ALT, KeyCode.T).release(KeyCode.T, KeyCode.ALT);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> text(robot, "#testResult").equals("Connecté en tant que Chloé Contini (ccontini)."));

        robot.press(KeyCode.ALT, KeyCode.M).release(KeyCode.M, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.rememberProperty().get()).isFalse();

        robot.press(KeyCode.ALT, KeyCode.C).release(KeyCode.C, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.isShowing()).isFalse();
        assertThat(dialog.getResult().remember()).isFalse();
        assertThat(dialog.getResult().portal().apiKey()).isEqualTo(ApiKey.of(DemoPortal.API_KEY));
        // The two buttons of the bar are the dialog's own, with French texts.
        assertThat(dialog.getDialogPane().getButtonTypes().stream().map(type -> type.getText()).toList())
                .isEqualTo(List.of("Se _connecter", "Annuler"));
    }
}
