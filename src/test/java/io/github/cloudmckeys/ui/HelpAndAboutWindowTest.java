package io.github.cloudmckeys.ui;

import static io.github.cloudmckeys.ui.MainViewModelTest.CLOCK;
import static io.github.cloudmckeys.ui.MainViewModelTest.LABELS;
import static io.github.cloudmckeys.ui.MainViewModelTest.ROLES;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudmckeys.i18n.Language;
import io.github.cloudmckeys.i18n.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Help and About from the window's Help menu under Monocle: About names the version, the
 * licence the project is under (its LICENSE file), the project's page and how to report a
 * problem, whole, in English and in French; F1 opens the help with the shortcuts.
 */
@ExtendWith(ApplicationExtension.class)
class HelpAndAboutWindowTest {
    private FxBackgroundRunner runner;
    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = primary;
        runner = new FxBackgroundRunner();
    }

    @AfterEach
    void stop() {
        WindowDriver.read(() -> {
            for (Window window : Window.getWindows().toArray(Window[]::new)) {
                window.hide();
            }
            return null;
        });
        runner.close();
    }

    private void open(FxRobot robot, Language language) {
        robot.interact(() -> MainWindow.show(stage, new MainWindow.Services(runner, new FxClipboardService(),
                new ScriptedDialogs(), CLOCK, ROLES, LABELS, Messages.of(language))));
    }

    private static String field(FxRobot robot, String id) {
        return WindowDriver.read(() -> robot.lookup(id).queryAs(TextField.class).getText());
    }

    /** Every child of the dialog's content lies inside the dialog: nothing is cut off. */
    private static void assertWhole(FxRobot robot, String dialogId) {
        DialogPane pane = robot.lookup(dialogId).queryAs(DialogPane.class);
        WindowDriver.read(() -> {
            Bounds window = pane.localToScreen(pane.getLayoutBounds());
            for (Node node : ((javafx.scene.Parent) pane.getContent()).getChildrenUnmodifiable()) {
                Bounds shown = node.localToScreen(node.getLayoutBounds());
                assertThat(window.contains(shown.getMinX(), shown.getMinY())
                        && window.contains(shown.getMaxX() - 1, shown.getMaxY() - 1)).as(node.toString()).isTrue();
                if (node instanceof Labeled label) {
                    assertThat(label.getHeight()).as(label.getText()).isGreaterThanOrEqualTo(label.prefHeight(
                            label.getWidth()) - 1);
                }
            }
            return null;
        });
    }

    @Test
    void aboutNamesTheVersionTheLicenceAndWhereToReportAProblem(FxRobot robot) throws Exception {
        open(robot, Language.ENGLISH);
        robot.clickOn("#helpMenu").clickOn("About CloudMC Keys");
        WindowDriver ui = new WindowDriver(robot);
        ui.waitFor("the About dialog", () -> robot.lookup("#aboutDialog").tryQuery().isPresent());

        assertThat(field(robot, "#aboutVersion")).isEqualTo(HelpDialogs.version()).isNotBlank();
        String licence = Files.readString(Path.of("LICENSE"));
        assertThat(licence).contains("Apache License").contains("Version 2.0");
        assertThat(field(robot, "#aboutLicence")).isEqualTo("Apache-2.0");
        assertThat(field(robot, "#aboutProject")).isEqualTo("https://github.com/cloudmckeys/cloudmc-keys");
        assertThat(ui.text("#aboutReport")).isEqualTo("To report a problem, open an issue at "
                + "https://github.com/cloudmckeys/cloudmc-keys/issues: say what you did, what you expected and what "
                + "you saw, with the version above. Never paste an API key or a password; for a security problem, "
                + "follow SECURITY.md.");
        assertThat(Path.of("SECURITY.md")).exists();
        assertWhole(robot, "#aboutDialog");

        robot.type(KeyCode.ESCAPE);
        ui.waitFor("the About dialog closed", () -> robot.lookup("#aboutDialog").tryQuery().isEmpty());
    }

    @Test
    void theFrenchAboutAndF1sHelp(FxRobot robot) {
        open(robot, Language.FRENCH);
        WindowDriver ui = new WindowDriver(robot);
        robot.clickOn("#helpMenu").clickOn("À propos de CloudMC Keys");
        ui.waitFor("the About dialog", () -> robot.lookup("#aboutDialog").tryQuery().isPresent());
        assertThat(ui.text("#aboutReport")).startsWith("Pour signaler un problème, ouvrez un ticket sur "
                + "https://github.com/cloudmckeys/cloudmc-keys/issues\u00a0: dites ce que vous avez fait")
                .endsWith("suivez SECURITY.md.");
        assertThat(field(robot, "#aboutVersion")).isEqualTo(HelpDialogs.version());
        assertWhole(robot, "#aboutDialog");
        robot.type(KeyCode.ESCAPE);
        ui.waitFor("the About dialog closed", () -> robot.lookup("#aboutDialog").tryQuery().isEmpty());

        robot.clickOn("#serviceSearch").type(KeyCode.F1);
        ui.waitFor("the help", () -> robot.lookup("#helpDialog").tryQuery().isPresent());
        assertThat(WindowDriver.read(() -> robot.lookup("#helpDialog .label").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).toList())).anyMatch(text -> text.startsWith("Ctrl+F rechercher")
                && text.contains("Ctrl+Maj+C copier ce que montre l’onglet") && text.contains("Ctrl+Q quitter"));
        assertWhole(robot, "#helpDialog");
    }
}
