package io.github.cloudmckeys.ui;

import io.github.cloudmckeys.session.PortalToOpen;
import static io.github.cloudmckeys.ui.MainViewModelTest.CLOCK;
import static io.github.cloudmckeys.ui.MainViewModelTest.LABELS;
import static io.github.cloudmckeys.ui.MainViewModelTest.ROLES;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudmckeys.session.PortalAccess;
import io.github.cloudmckeys.demo.DemoPortal;
import io.github.cloudmckeys.logging.SecretRedactor;
import io.github.cloudmckeys.portal.ServiceEntry;
import io.github.cloudmckeys.render.script.ExportFormat;
import io.github.cloudmckeys.render.script.PasswordMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The whole flow in the real window under Monocle, wired as the app wires it (the demo
 * portal opened in the background), with only the dialogs answered by the test.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowFlowTest {
    @TempDir
    Path folder;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private FxBackgroundRunner runner;
    private MainWindow window;
    /** A second demo portal, only to read the same sample data for the expected scripts. */
    private DemoPortal reference;

    @Start
    void start(Stage stage) {
        runner = new FxBackgroundRunner();
        window = MainWindow.show(stage, new MainWindow.Services(runner, new FxClipboardService(), dialogs, CLOCK,
                ROLES, LABELS));
        window.model().connect(PortalToOpen.of(new PortalAccess.Demo(Optional.empty())));
    }

    @AfterEach
    void stop() {
        WindowDriver.read(() -> {
            window.model().close();
            return null;
        });
        runner.close();
        if (reference != null) {
            reference.close();
        }
    }

    @Test
    void fromThreeLettersToExportsInTheClipboardAndASavedFile(FxRobot robot) throws Exception {
        WindowDriver ui = new WindowDriver(robot);
        ui.waitFor("the services", () -> !window.model().catalog().entries().isEmpty());
        assertThat(ui.text("#portalName")).isEqualTo("Demo portal — sample data");

        robot.clickOn(ui.search()).write("obj");
        ui.waitFor("suggestions", () -> ui.suggestions() != null && !ui.suggestions().getItems().isEmpty());
        assertThat(WindowDriver.read(() -> ui.suggestions().getItems().get(0).toString()))
                .isEqualTo("Object Storage / ccontini");
        // The best match comes first and is selected: Enter alone would take it; Down and Up move.
        assertThat(WindowDriver.read(() -> ui.suggestions().getSelectionModel().getSelectedIndex())).isZero();
        robot.type(KeyCode.DOWN);
        ui.waitFor("the second suggestion", () -> ui.suggestions().getSelectionModel().getSelectedIndex() == 1);
        robot.type(KeyCode.UP).type(KeyCode.ENTER);

        ui.waitFor("the credentials", () -> ui.table().getItems().size() == 9);
        assertThat(ui.search().getText()).isEqualTo("Object Storage / ccontini");
        assertThat(robot.lookup("#serviceTitle").queryLabeled().getText()).isEqualTo("Object Storage / ccontini");
        assertThat(WindowDriver.read(() -> ((Stage) ui.search().getScene().getWindow()).getTitle()))
                .isEqualTo("CloudMC Keys — Object Storage / ccontini");
        List<String> shown = ui.shownValues();
        // The demo's own Keystone (on the demo portal's port), for v2.0 and v3.
        assertThat(shown.get(0)).matches("http://127\\.0\\.0\\.1:\\d+/identity/v2\\.0");
        assertThat(shown.subList(1, 4)).containsExactly("system-ccontini", "system-ccontini-2925", SecretRedactor.MASK);
        assertThat(shown.get(4)).matches("http://127\\.0\\.0\\.1:\\d+/identity");

        robot.clickOn(ui.revealButtonOf("Password"));
        ui.waitFor("the password shown", () -> ui.shownValues().contains("demo-Pa55w0rd!"));
        assertThat(ui.shownValues()).doesNotContain(SecretRedactor.MASK);
        assertThat(window.model().rows().get(8).displayedValue().get()).isEqualTo(SecretRedactor.MASK);

        ServiceEntry swift = window.model().selectedServiceProperty().get();
        reference = DemoPortal.start();
        // Each demo portal names its own Keystone: the reference's port becomes the window's portal's.
        String referenceKeystone = "http://127.0.0.1:" + reference.endpoint().getPort() + "/identity";
        String windowKeystone = shown.get(4);
        String v3 = MainViewModelTest.expectedScript(reference, swift, ExportFormat.OPENRC_V3, PasswordMode.EMBED)
                .replace(referenceKeystone, windowKeystone);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.CONTROL);
        ui.waitFor("the v3 exports on the clipboard", () -> v3.equals(ui.clipboard()));
        assertThat(ui.clipboard()).contains("OS_PASSWORD='demo-Pa55w0rd!'").contains("OS_IDENTITY_API_VERSION='3'");
        assertThat(ui.text("#status")).isEqualTo("Copied the Keystone v3 exports for bash/zsh.");

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        TabPane tabs = robot.lookup("#exportTabs").queryAs(TabPane.class);
        ui.waitFor("the v2.0 tab", () -> "v2Tab".equals(tabs.getSelectionModel().getSelectedItem().getId()));
        String v2 = MainViewModelTest.expectedScript(reference, swift, ExportFormat.OPENRC_V2, PasswordMode.EMBED)
                .replace(referenceKeystone, windowKeystone);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.CONTROL);
        ui.waitFor("the v2.0 exports on the clipboard", () -> v2.equals(ui.clipboard()));

        Path file = folder.resolve("system-ccontini-openrc-v2.sh");
        dialogs.answerSaveWith(file);
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        ui.waitFor("the saved file", () -> ui.text("#status").startsWith("Saved"));
        assertThat(dialogs.saveRequests().get(0).fileName()).isEqualTo("system-ccontini-openrc-v2.sh");
        assertThat(Files.readString(file)).isEqualTo(v2);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(ui.text("#status")).isEqualTo("Saved " + file + " (readable by you only).");

        Tab v3Tab = tabs.getTabs().get(0);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        ui.waitFor("the v3 tab", () -> tabs.getSelectionModel().getSelectedItem() == v3Tab);
    }

    @Test
    void aClickedSuggestionThenReplacingAFileAsksFirstAndDecliningKeepsIt(FxRobot robot) throws Exception {
        WindowDriver ui = new WindowDriver(robot);
        ui.waitFor("the services", () -> !window.model().catalog().entries().isEmpty());
        robot.clickOn(ui.search()).write("sand");
        ui.waitFor("suggestions", () -> ui.suggestions() != null && !ui.suggestions().getItems().isEmpty());
        ListCell<?> sandbox = robot.lookup(".auto-complete-popup .list-cell").match(
                (ListCell<?> cell) -> "Object Storage / sandbox".equals(cell.getText())).query();
        robot.clickOn(sandbox);
        ui.waitFor("the credentials", () -> ui.table().getItems().size() == 9);
        assertThat(ui.text("#serviceTitle")).isEqualTo("Object Storage / sandbox");
        Path file = Files.writeString(folder.resolve("openrc.sh"), "# an older script\n");

        dialogs.answerSaveWith(file).answerReplaceWith(false);
        robot.clickOn("#saveExports");

        ui.waitFor("the answer", () -> ui.text("#status").startsWith("Not saved"));
        assertThat(dialogs.replaceQuestions()).containsExactly(file);
        assertThat(Files.readString(file)).isEqualTo("# an older script\n");

        dialogs.answerSaveWith(file).answerReplaceWith(true);
        robot.clickOn("#saveExports");

        ui.waitFor("the saved file", () -> ui.text("#status").startsWith("Saved"));
        assertThat(Files.readString(file)).contains("export OS_PROJECT_NAME='system-sandbox'");
    }
}
