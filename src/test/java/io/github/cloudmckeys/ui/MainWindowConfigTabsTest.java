package io.github.cloudmckeys.ui;

import static io.github.cloudmckeys.ui.MainViewModelTest.CLOCK;
import static io.github.cloudmckeys.ui.MainViewModelTest.LABELS;
import static io.github.cloudmckeys.ui.MainViewModelTest.ROLES;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudmckeys.demo.DemoData;
import io.github.cloudmckeys.demo.DemoPortal;
import io.github.cloudmckeys.render.config.ConfigFormat;
import io.github.cloudmckeys.keystone.FakeKeystone;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
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
 * The tabs after the Keystone ones and Test credentials in the real window under Monocle:
 * a demo portal whose credentials point at a Keystone on 127.0.0.1, the user's files in a temp home.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowConfigTabsTest {
    private static final String PASSWORD = "s3cret 'é'";
    @TempDir
    static Path home;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private FakeKeystone keystone;
    private DemoPortal portal;
    private FxBackgroundRunner runner;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        keystone = FakeKeystone.start(PASSWORD, false);
        String json = """
            {"user": {"id": "u1", "userName": "ccontini"},
             "connections": [{"id": "c", "serviceCode": "swift", "name": "Object Storage", "type": "swift"}],
             "environments": [{"id": "e1", "name": "ccontini", "connectionId": "c",
                "organization": {"id": "o1", "name": "Acme"},
                "apiInfo": {"fields": [
                  {"key": "project_name", "value": "%s"}, {"key": "user_name", "value": "%s"},
                  {"key": "password", "value": "%s", "sensitive": true}, {"key": "auth_url", "value": "%s"},
                  {"key": "domain_id", "value": "default"},
                  {"key": "s3_access_key", "value": "AK01"}, {"key": "s3_secret_key", "value": "SK01"}]}}]}
            """.formatted(FakeKeystone.PROJECT, FakeKeystone.USER, PASSWORD, keystone.url());
        portal = DemoPortal.start(DemoData.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
        runner = new FxBackgroundRunner();
        window = MainWindow.show(stage, new MainWindow.Services(runner, new FxClipboardService(), dialogs, CLOCK,
                ROLES, LABELS, new ExportSetup(Map.of(), home)));
        window.model().connect(Portals.demo(portal));
    }

    @AfterEach
    void stop() {
        WindowDriver.read(() -> {
            window.model().close();
            return null;
        });
        runner.close();
        portal.close();
        keystone.close();
    }

    @Test
    void testTheCredentialsThenAddTheCloudAndTheAwsProfile(FxRobot robot) throws Exception {
        WindowDriver ui = new WindowDriver(robot);
        ui.waitFor("the services", () -> !window.model().catalog().entries().isEmpty());
        robot.interact(() -> window.model().select(window.model().catalog().entries().get(0)));
        ui.waitFor("the credentials", () -> ui.table().getItems().size() == 7);

        TabPane tabs = robot.lookup("#exportTabs").queryAs(TabPane.class);
        assertThat(WindowDriver.read(() -> tabs.getTabs().stream().map(Tab::getText).toList())).containsExactly(
                "Keystone v3", "Keystone v2.0 (deprecated)", "clouds.yaml", "AWS / S3", "rclone");

        robot.clickOn("#testCredentials");
        ui.waitFor("Keystone's answer", () -> ui.text("#testResult").startsWith("OK: Keystone v3 at 127.0.0.1"));
        assertThat(ui.text("#testResult")).contains("valid until 2026-01-02T04:04:05Z");

        robot.interact(() -> tabs.getSelectionModel().select(2));
        TextArea clouds = robot.lookup("#cloudsYamlText").queryAs(TextArea.class);
        ui.waitFor("clouds.yaml shown", () -> clouds.isVisible() && clouds.getText().contains("ccontini:"));
        robot.clickOn("#addToCloudsYaml");
        Path cloudsYaml = home.resolve(".config/openstack/clouds.yaml");
        ui.waitFor("clouds.yaml written", () -> ui.text("#status").startsWith("Added \"ccontini\""));
        assertThat(Files.readString(cloudsYaml)).contains(FakeKeystone.USER);

        robot.clickOn("#passwordInSecureYaml");
        ui.waitFor("secure.yaml shown", () -> robot.lookup("#secureYamlText").queryAs(TextArea.class).isVisible());
        robot.clickOn("#addToCloudsYaml");
        ui.waitFor("the question", () -> dialogs.entryQuestions().size() == 1);
        ui.waitFor("nothing replaced", () -> ui.text("#status").startsWith("Not added"));
        assertThat(dialogs.entryQuestions().get(0)).containsExactly("cloud \"ccontini\" in " + cloudsYaml);
        assertThat(Files.readString(cloudsYaml)).contains("password");

        robot.interact(() -> tabs.getSelectionModel().select(3));
        ComboBox<?> shown = robot.lookup("#awsFormat").queryAs(ComboBox.class);
        assertThat(WindowDriver.read(() -> shown.getItems().size())).isEqualTo(7);
        robot.clickOn("#addToAwsProfiles");
        ui.waitFor("the AWS profile written", () -> ui.text("#status").startsWith("Added \"ccontini\""));
        assertThat(Files.readString(home.resolve(".aws/credentials"))).contains("aws_secret_access_key = SK01");
        assertThat(Files.readString(home.resolve(".aws/config"))).contains("https://objects.cloud.ca");

        robot.interact(() -> tabs.getSelectionModel().select(1));
        ui.waitFor("the v2.0 script back in its tab", () -> robot.lookup("#script").queryAs(TextArea.class)
                .getText().contains("OS_IDENTITY_API_VERSION='2.0'"));
        assertThat(WindowDriver.read(() -> List.of(tabs.getTabs().get(1).getContent() != null,
                tabs.getTabs().get(0).getContent() == null))).containsExactly(true, true);
    }

    @Test
    void theAwsTabOffersTheProfileThatFetchesTheKeysAndAddsItWithoutAnyKey(FxRobot robot) throws Exception {
        WindowDriver ui = new WindowDriver(robot);
        ui.waitFor("the services", () -> !window.model().catalog().entries().isEmpty());
        robot.interact(() -> window.model().select(window.model().catalog().entries().get(0)));
        ui.waitFor("the credentials", () -> ui.table().getItems().size() == 7);
        TabPane tabs = robot.lookup("#exportTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(3));
        assertThat(robot.lookup("#awsFetchingHint").query().isVisible()).isFalse();

        robot.interact(() -> {
            window.model().export().configs().entryNameProperty().set("fetching");
            window.model().export().configs().awsFormatProperty().set(ConfigFormat.AWS_CONFIG_PROCESS);
        });
        TextArea text = robot.lookup("#awsText").queryAs(TextArea.class);
        ui.waitFor("the fetching profile", () -> text.getText().contains("credential_process = "));
        assertThat(ui.text("#awsFetchingHint")).startsWith("Prefer it when ~/.aws should hold no secret");
        assertThat(robot.lookup("#awsFetchingHint").query().isVisible()).isTrue();
        assertThat(text.getText()).contains("credential-process --service \"Object Storage / ccontini\"")
                .doesNotContain("SK01").doesNotContain("AK01");

        Path credentials = home.resolve(".aws/credentials");
        String before = Files.exists(credentials) ? Files.readString(credentials) : null;
        robot.clickOn("#addToAwsProfiles");
        ui.waitFor("the profile added", () -> ui.text("#status").startsWith("Added \"fetching\""));
        assertThat(Files.readString(home.resolve(".aws/config"))).contains("[profile fetching]")
                .contains("credential_process = ");
        assertThat(Files.exists(credentials) ? Files.readString(credentials) : null).isEqualTo(before);
    }
}
