package io.github.cloudmckeys.ui;

import static io.github.cloudmckeys.ui.MainViewModelTest.CLOCK;
import static io.github.cloudmckeys.ui.MainViewModelTest.LABELS;
import static io.github.cloudmckeys.ui.MainViewModelTest.ROLES;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudmckeys.session.PortalAccess;
import io.github.cloudmckeys.session.PortalToOpen;
import io.github.cloudmckeys.app.SettingsRoleKeeper;
import io.github.cloudmckeys.app.cli.CommandLineApp;
import io.github.cloudmckeys.app.settings.RoleAssignmentStore;
import io.github.cloudmckeys.app.settings.XdgSettingsStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Field roles in the real window under Monocle: the tag on each field, "Use as…" in the
 * table's menu, the preview that names the missing roles with "Use a field as…" one click
 * away; the choices kept where {@code roles --set} keeps them, in both directions.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowRolesTest {
    private static final String PASSWORD = "hunter2 'x'";
    @TempDir
    static Path dir;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private FxBackgroundRunner runner;
    private MainWindow window;
    private Path data;

    @Start
    void start(Stage stage) throws IOException {
        data = Files.writeString(dir.resolve("portal.json"), """
            {"user": {"id": "u1", "userName": "ccontini"},
             "connections": [{"id": "c", "serviceCode": "swift", "name": "Object Storage", "type": "swift"}],
             "environments": [{"id": "e1", "name": "prod", "connectionId": "c",
                "organization": {"id": "o1", "name": "Acme"},
                "apiInfo": {"fields": [
                  {"key": "swift.who", "value": "system-ccontini-2925"},
                  {"key": "swift.where", "value": "https://auth.cloud.ca"},
                  {"key": "swift.tenant", "value": "system-ccontini"},
                  {"key": "swift.secret", "value": "%s", "sensitive": true},
                  {"key": "swift.domain", "value": "default"}]}}]}
            """.formatted(PASSWORD));
        // An earlier run of the command line gave one field its role.
        assertThat(cli("roles", "--service", "prod", "--set", "swift.who=username")).startsWith("0 ");
        runner = new FxBackgroundRunner();
        window = MainWindow.show(stage, new MainWindow.Services(runner, new FxClipboardService(), dialogs, CLOCK,
                ROLES, LABELS));
        window.model().roleChoices().keepIn(new SettingsRoleKeeper(new RoleAssignmentStore(
                new XdgSettingsStore(dir.resolve("config/cloudmc-keys")))));
        window.model().connect(PortalToOpen.of(new PortalAccess.Demo(Optional.of(data))));
    }

    /** The command line with the test's settings folder: its exit code, then its output and errors. */
    private String cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--demo-data";
        all[args.length + 1] = dir.resolve("portal.json").toString();
        int code = CommandLineApp.run(all, Map.of("HOME", dir.toString(),
                "XDG_CONFIG_HOME", dir.resolve("config").toString()), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        return code + " " + out.toString(StandardCharsets.UTF_8);
    }

    @AfterEach
    void stop() {
        WindowDriver.close(window, runner);
    }

    private List<String> tags(FxRobot robot) {
        return WindowDriver.read(() -> robot.lookup("#credentials .role-tag").queryAllAs(Labeled.class).stream()
                .filter(Node::isVisible).map(Labeled::getText).toList());
    }

    @Test
    void tagsMenuAndPreviewLetTheUserSayWhatEachFieldIs(FxRobot robot) throws Exception {
        WindowDriver ui = new WindowDriver(robot);
        ui.waitFor("the services", () -> !window.model().catalog().entries().isEmpty());
        robot.interact(() -> window.model().select(window.model().catalog().entries().get(0)));
        ui.waitFor("the credentials", () -> ui.table().getItems().size() == 5);

        // Every field stays shown; each says what it feeds and how that was decided.
        assertThat(tags(robot)).containsExactlyInAnyOrder("OS_USERNAME · assigned by you",
                "OS_PROJECT_NAME · inferred", "OS_PASSWORD · inferred", "OS_*_DOMAIN_ID · inferred");
        assertThat(WindowDriver.read(() -> ui.table().getItems().stream().map(CredentialRow::label).toList()))
                .containsExactly("Swift who", "Swift where", "Swift tenant", "Swift secret", "Swift domain");

        // No script: the preview says what is missing, and the fields that could give it are one click away.
        assertThat(ui.visible("#script")).isFalse();
        assertThat(ui.text("#exportReason")).contains("Missing: auth-url.", "swift.where")
                .doesNotContain("https://auth.cloud.ca", PASSWORD);
        assertThat(ui.visible("#useFieldAs")).isTrue();
        robot.clickOn("#useFieldAs");
        MenuButton useFieldAs = robot.lookup("#useFieldAs").queryAs(MenuButton.class);
        ui.waitFor("the menu open", useFieldAs::isShowing);
        Menu where = (Menu) WindowDriver.read(() -> useFieldAs.getItems().get(0));
        assertThat(WindowDriver.read(where::getText)).isEqualTo("swift.where");
        assertThat(WindowDriver.read(() -> where.getItems().get(0).getText()))
                .isEqualTo("Authentication URL (OS_AUTH_URL)");
        robot.interact(() -> {
            where.getItems().get(0).fire();
            useFieldAs.hide();
        });

        TextArea script = robot.lookup("#script").queryAs(TextArea.class);
        ui.waitFor("the script", () -> script.isVisible()
                && script.getText().contains("OS_AUTH_URL='https://auth.cloud.ca'"));
        assertThat(script.getText()).contains("OS_USERNAME='system-ccontini-2925'");
        assertThat(tags(robot)).contains("OS_AUTH_URL · assigned by you");

        // "Use as…" in the table's context menu: the tenant is not used.
        Node tenant = robot.lookup("#credentials .table-cell").match(
                (Labeled cell) -> "Swift tenant".equals(cell.getText())).query();
        robot.clickOn(tenant);
        ui.waitFor("the tenant selected", () -> "Swift tenant".equals(
                ui.table().getSelectionModel().getSelectedItem().label()));
        WindowDriver.requestContextMenu(robot, tenant);
        ContextMenu menu = WindowDriver.read(() -> ui.table().getContextMenu());
        ui.waitFor("the context menu", menu::isShowing);
        Menu useAs = (Menu) WindowDriver.read(() -> menu.getItems().stream()
                .filter(item -> "useAs".equals(item.getId())).findFirst().orElseThrow());
        assertThat(WindowDriver.read(useAs::getText)).isEqualTo("Use as…");
        MenuItem notUsed = WindowDriver.read(() -> useAs.getItems().stream()
                .filter(item -> "useAs-not-used".equals(item.getId())).findFirst().orElseThrow());
        robot.interact(() -> {
            notUsed.fire();
            menu.hide();
        });
        ui.waitFor("the tenant not used", () -> tags(robot).contains("not used · assigned by you"));
        ui.waitFor("the script without a project", () -> !script.getText().contains("OS_PROJECT_NAME='"));

        // Kept where the command line reads them: its export now has the user's roles.
        Path kept = dir.resolve("config/cloudmc-keys/field-roles.json");
        assertThat(Files.readString(kept)).contains("\"swift.where\" : \"auth-url\"", "\"swift.tenant\" : \"not-used\"")
                .doesNotContain(PASSWORD, "system-ccontini");
        assertThat(cli("export", "--service", "prod")).startsWith("0 ")
                .contains("OS_AUTH_URL='https://auth.cloud.ca'", "OS_USERNAME='system-ccontini-2925'");
    }
}
