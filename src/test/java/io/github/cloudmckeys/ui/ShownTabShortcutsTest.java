package io.github.cloudmckeys.ui;

import static io.github.cloudmckeys.ui.MainViewModelTest.CLOCK;
import static io.github.cloudmckeys.ui.MainViewModelTest.LABELS;
import static io.github.cloudmckeys.ui.MainViewModelTest.ROLES;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudmckeys.demo.DemoPortal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Ctrl+Shift+C and Ctrl+S in the real window under Monocle: each acts on the export tab shown
 * (Keystone v3, v2.0, clouds.yaml, AWS / S3, rclone) and puts on the clipboard, or in the file,
 * what that tab shows; where the tab has nothing, the status line says so.
 */
@ExtendWith(ApplicationExtension.class)
class ShownTabShortcutsTest {
    @TempDir
    Path home;
    private final DemoPortal portal = DemoPortal.start();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private FxBackgroundRunner runner;
    private MainWindow window;
    private WindowDriver ui;
    private FxRobot robot;

    @Start
    void start(Stage stage) {
        runner = new FxBackgroundRunner();
        window = MainWindow.show(stage, new MainWindow.Services(runner, new FxClipboardService(), dialogs, CLOCK,
                ROLES, LABELS, new ExportSetup(Map.of(), home)));
        window.model().connect(Portals.demo(portal));
    }

    @BeforeEach
    void services(FxRobot fxRobot) {
        robot = fxRobot;
        ui = new WindowDriver(robot);
        ui.waitFor("the services", () -> !window.model().catalog().entries().isEmpty());
    }

    @AfterEach
    void stop() {
        WindowDriver.close(window, runner);
        portal.close();
    }

    private void pick(String search, int rows) {
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL).write(search).type(KeyCode.ENTER);
        ui.waitFor("the credentials", () -> ui.table().getItems().size() == rows);
    }

    private void showTab(String id) {
        TabPane tabs = robot.lookup("#exportTabs").queryAs(TabPane.class);
        Node header = robot.lookup("#exportTabs .tab").match((Node tab) -> id.equals(tab.getId())).query();
        robot.clickOn(header);
        ui.waitFor(id + " shown", () -> id.equals(tabs.getSelectionModel().getSelectedItem().getId()));
    }

    private void copyShortcut() {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.CONTROL);
    }

    private void saveShortcut() {
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
    }

    private String shown(String textAreaId) {
        return WindowDriver.read(() -> robot.lookup(textAreaId).queryAs(TextArea.class).getText());
    }

    /** The lines of a script that set a variable, in their order. */
    private static List<String> settingLines(String script) {
        return script.lines().filter(line -> line.startsWith("export ")).toList();
    }

    /** A new user file gets the tab's entry; the comments above it are for pasting only. */
    private static String withoutComments(String text) {
        return text.lines().filter(line -> !line.startsWith("#")).map(line -> line + "\n")
                .collect(java.util.stream.Collectors.joining());
    }

    /** The preview shows the setting lines first, then the header: the same lines as the clipboard's, reordered. */
    private static void assertSameScript(String clipboard, String preview) {
        assertThat(settingLines(clipboard)).isNotEmpty().isEqualTo(settingLines(preview));
        assertThat(preview.lines().filter(line -> !line.isEmpty()).toList())
                .containsAll(clipboard.lines().filter(line -> !line.isEmpty()).toList());
    }

    @Test
    void ctrlShiftCCopiesWhatEachTabShows() {
        pick("cco", 9);
        // Revealed, so that the preview shows the password the clipboard gets.
        robot.clickOn(ui.revealButtonOf("Password"));
        ui.waitFor("the password in the preview", () -> shown("#script").contains("demo-Pa55w0rd!"));

        copyShortcut();
        ui.waitFor("the v3 exports", () -> ui.clipboard() != null && ui.clipboard().contains("OS_IDENTITY_API_VERSION='3'"));
        assertSameScript(ui.clipboard(), shown("#script"));
        assertThat(ui.text("#status")).isEqualTo("Copied the Keystone v3 exports for bash/zsh.");

        showTab("v2Tab");
        ui.waitFor("the v2.0 preview", () -> shown("#script").contains("OS_IDENTITY_API_VERSION='2.0'"));
        copyShortcut();
        ui.waitFor("the v2.0 exports", () -> ui.clipboard().contains("OS_IDENTITY_API_VERSION='2.0'"));
        assertSameScript(ui.clipboard(), shown("#script"));

        showTab("cloudsYamlTab");
        copyShortcut();
        ui.waitFor("clouds.yaml", () -> ui.text("#status").equals("Copied clouds.yaml."));
        assertThat(ui.clipboard()).isEqualTo(shown("#cloudsYamlText")).contains("clouds:");

        showTab("awsTab");
        copyShortcut();
        ui.waitFor("the AWS text", () -> ui.text("#status").equals("Copied the aws-credentials text."));
        assertThat(ui.clipboard()).isEqualTo(shown("#awsText")).contains("aws_secret_access_key");

        showTab("rcloneTab");
        copyShortcut();
        ui.waitFor("the rclone remote", () -> ui.text("#status").equals("Copied the rclone remote."));
        assertThat(ui.clipboard()).isEqualTo(shown("#rcloneText")).contains("type = swift");
    }

    @Test
    void ctrlSSavesWhatEachTabShows() throws Exception {
        pick("cco", 9);
        showTab("v2Tab");
        Path openrc = home.resolve("openrc-v2.sh");
        dialogs.answerSaveWith(openrc);
        saveShortcut();
        ui.waitFor("the openrc saved", () -> ui.text("#status").startsWith("Saved"));
        assertThat(Files.readString(openrc)).isEqualTo(window.model().export().scriptProperty().get())
                .contains("OS_IDENTITY_API_VERSION='2.0'");
        assertThat(settingLines(Files.readString(openrc))).hasSameSizeAs(settingLines(shown("#script")));

        showTab("cloudsYamlTab");
        String clouds = shown("#cloudsYamlText");
        saveShortcut();
        ui.waitFor("clouds.yaml added", () -> ui.text("#status").startsWith("Added \"ccontini\""));
        assertThat(Files.readString(home.resolve(".config/openstack/clouds.yaml"))).isEqualTo(withoutComments(clouds)).contains("password: \"demo-Pa55w0rd!\"");

        showTab("awsTab");
        String aws = shown("#awsText");
        saveShortcut();
        ui.waitFor("the AWS profile added", () -> ui.text("#status").startsWith("Added \"ccontini\""));
        assertThat(Files.readString(home.resolve(".aws/credentials"))).isEqualTo(withoutComments(aws)).contains("aws_secret_access_key");

        showTab("rcloneTab");
        String rclone = shown("#rcloneText");
        saveShortcut();
        ui.waitFor("the rclone remote added", () -> ui.text("#status").startsWith("Added \"ccontini\""));
        assertThat(Files.readString(home.resolve(".config/rclone/rclone.conf"))).isEqualTo(withoutComments(rclone)).contains("type = swift");
        assertThat(dialogs.saveRequests()).hasSize(1);
    }

    @Test
    void onAServiceWithoutExportsTheShortcutsSaySoInTheStatusLine() {
        pick("cco", 9);
        copyShortcut();
        ui.waitFor("the exports", () -> ui.clipboard() != null && ui.clipboard().contains("OS_PASSWORD"));
        String before = ui.clipboard();

        pick("mont prod", 4);
        String reason = WindowDriver.read(() -> window.model().export().reasonProperty().get());
        assertThat(reason).isNotBlank();
        copyShortcut();
        ui.waitFor("the reason", () -> ui.text("#status").equals("Nothing to copy or save in this tab: " + reason));
        saveShortcut();
        assertThat(ui.text("#status")).isEqualTo("Nothing to copy or save in this tab: " + reason);

        showTab("cloudsYamlTab");
        String cloudsReason = WindowDriver.read(() -> window.model().export().configs().clouds().reasonProperty().get());
        assertThat(cloudsReason).isNotBlank();
        copyShortcut();
        ui.waitFor("the clouds.yaml reason",
                () -> ui.text("#status").equals("Nothing to copy or save in this tab: " + cloudsReason));
        assertThat(ui.clipboard()).isEqualTo(before);
        assertThat(dialogs.saveRequests()).isEmpty();
        assertThat(home.resolve(".config/openstack/clouds.yaml")).doesNotExist();
    }
}
