package io.github.cloudmckeys.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudmckeys.credentials.IdentityVersion;
import io.github.cloudmckeys.demo.DemoData;
import io.github.cloudmckeys.demo.DemoPortal;
import io.github.cloudmckeys.i18n.Language;
import io.github.cloudmckeys.i18n.Messages;
import io.github.cloudmckeys.keystone.FakeKeystone;
import io.github.cloudmckeys.render.config.ConfigFormat;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * The clouds.yaml, AWS / S3 and rclone tabs and Test credentials, on the same-thread runner:
 * a demo portal serving credentials for a Keystone on 127.0.0.1, the user's files in a temp home.
 */
class ConfigTabsViewModelTest {
    private static final String PASSWORD = "p'a\"s $w!`d 1é";

    @TempDir
    Path home;
    private FakeKeystone keystone;
    private DemoPortal portal;
    private final RecordingClipboard clipboard = new RecordingClipboard();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private MainViewModel model;

    @BeforeEach
    void start() throws Exception {
        keystone = FakeKeystone.start(PASSWORD, false);
        String json = """
            {"user": {"id": "u1", "userName": "ccontini"},
             "connections": [{"id": "c", "serviceCode": "swift", "name": "Object Storage", "type": "swift"}],
             "environments": [{"id": "e1", "name": "ccontini", "connectionId": "c",
                "organization": {"id": "o1", "name": "Acme"},
                "apiInfo": {"fields": [
                  {"key": "project_name", "value": "%s"},
                  {"key": "user_name", "value": "%s"},
                  {"key": "password", "value": %s, "sensitive": true},
                  {"key": "auth_url", "value": "%s"},
                  {"key": "domain_id", "value": "default"},
                  {"key": "s3_access_key", "value": "AK01"},
                  {"key": "s3_secret_key", "value": "SK01", "sensitive": true}]}}]}
            """.formatted(FakeKeystone.PROJECT, FakeKeystone.USER,
                new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(PASSWORD), keystone.url());
        portal = DemoPortal.start(DemoData.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
        model = new MainViewModel(BackgroundRunner.inPlace(), clipboard, dialogs, MainViewModelTest.CLOCK,
                MainViewModelTest.ROLES, MainViewModelTest.LABELS,
                UiTimer.never(), new ExportSetup(Map.of("CLOUDMC_S3_ENDPOINT", "http://127.0.0.1:8080"), home),
                Messages.of(Language.ENGLISH));
        model.connect(Portals.demo(portal));
        model.select(MainViewModelTest.entry(model, "Object Storage / ccontini"));
    }

    @AfterEach
    void stop() {
        model.close();
        portal.close();
        keystone.close();
    }

    private ConfigExportViewModel configs() {
        return model.export().configs();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cloud(String yaml, String name) {
        Map<String, Object> clouds = (Map<String, Object>) ((Map<String, Object>) new Yaml().load(yaml)).get("clouds");
        return (Map<String, Object>) clouds.get(name);
    }

    @Test
    void theTabsShowTheFilesForTheEnvironmentsName() {
        assertThat(configs().entryNameProperty().get()).isEqualTo("ccontini");
        assertThat(cloud(configs().clouds().textProperty().get(), "ccontini")).containsKey("auth");
        assertThat(configs().secureYamlProperty().get()).isEmpty();
        assertThat(configs().aws().textProperty().get()).contains("[ccontini]\naws_access_key_id = AK01\n");
        assertThat(configs().rclone().textProperty().get()).contains("[ccontini]\ntype = swift\n");

        configs().entryNameProperty().set("prod");
        configs().passwordInSecureYamlProperty().set(true);
        configs().awsFormatProperty().set(ConfigFormat.AWS_CONFIG);
        configs().rcloneFormatProperty().set(ConfigFormat.RCLONE_S3);
        assertThat(cloud(configs().clouds().textProperty().get(), "prod").get("auth").toString())
                .doesNotContain("password");
        assertThat(configs().secureYamlProperty().get()).contains("prod");
        assertThat(configs().aws().textProperty().get()).contains("[services prod]")
                .contains("endpoint_url = http://127.0.0.1:8080");
        assertThat(configs().rclone().textProperty().get()).contains("[prod-s3]");

        configs().entryNameProperty().set("bad name");
        assertThat(configs().clouds().reasonProperty().get()).contains("can hold ASCII letters");
        assertThat(configs().aws().textProperty().get()).isEmpty();
    }

    @Test
    void copyPutsTheTabsTextOnTheClipboard() {
        model.configFiles().copyCloudsYaml();
        assertThat(clipboard.current()).isEqualTo(configs().clouds().textProperty().get());
        configs().awsFormatProperty().set(ConfigFormat.S3_ENV_SH);
        model.configFiles().copyAws();
        assertThat(clipboard.current()).contains("export AWS_SECRET_ACCESS_KEY='SK01'");
        assertThat(model.statusProperty().get()).isEqualTo("Copied the s3-env-sh text.");
    }

    @Test
    void addToMyCloudsYamlKeepsTheOtherCloudsAndAsksBeforeReplacing() throws Exception {
        Path clouds = Files.createDirectories(home.resolve(".config/openstack")).resolve("clouds.yaml");
        Files.writeString(clouds, "# mine\nclouds:\n  lab:\n    auth: {auth_url: 'https://lab'}\n");

        model.configFiles().addToCloudsYaml();

        assertThat(dialogs.entryQuestions()).isEmpty();
        assertThat(cloud(Files.readString(clouds), "lab")).isEqualTo(Map.of("auth", Map.of("auth_url", "https://lab")));
        assertThat(cloud(Files.readString(clouds), "ccontini").get("auth").toString()).contains(PASSWORD);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(clouds))).isEqualTo("rw-------");
        assertThat(model.statusProperty().get()).startsWith("Added \"ccontini\" in " + clouds)
                .contains("the previous version is kept as clouds.yaml.bak-20250304-050607");
        String afterFirst = Files.readString(clouds);

        model.configFiles().addToCloudsYaml(); // the same name again: asked, refused
        assertThat(dialogs.entryQuestions()).containsExactly(List.of("cloud \"ccontini\" in " + clouds));
        assertThat(Files.readString(clouds)).isEqualTo(afterFirst);
        assertThat(model.statusProperty().get()).isEqualTo("Not added: " + clouds + " left as it was.");

        dialogs.answerReplaceEntriesWith(true);
        configs().passwordInSecureYamlProperty().set(true);
        model.configFiles().addToCloudsYaml();
        assertThat(dialogs.entryQuestions()).hasSize(2);
        assertThat(Files.readString(clouds)).doesNotContain(PASSWORD);
        assertThat(cloud(Files.readString(clouds.resolveSibling("secure.yaml")), "ccontini").toString())
                .contains(PASSWORD);
        assertThat(model.statusProperty().get()).startsWith("Replaced \"ccontini\"");
    }

    @Test
    void addToMyAwsProfilesWritesBothFiles() throws Exception {
        configs().awsFormatProperty().set(ConfigFormat.S3_ENV_FISH); // whatever is shown, both files are added
        model.configFiles().addToAwsProfiles();

        assertThat(Files.readString(home.resolve(".aws/credentials"))).isEqualTo(
                "[ccontini]\naws_access_key_id = AK01\naws_secret_access_key = SK01\n");
        assertThat(Files.readString(home.resolve(".aws/config"))).contains("[profile ccontini]")
                .contains("endpoint_url = http://127.0.0.1:8080");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve(".aws"))))
                .isEqualTo("rwx------");
        model.configFiles().addToRcloneConf();
        assertThat(Files.readString(home.resolve(".config/rclone/rclone.conf"))).startsWith("[ccontini]\ntype = swift");
    }

    @Test
    void aBrokenFileIsReportedInTheBannerAndLeftAlone() throws Exception {
        Path clouds = Files.createDirectories(home.resolve(".config/openstack")).resolve("clouds.yaml");
        Files.writeString(clouds, "clouds: [not, a, mapping]\n");
        model.configFiles().addToCloudsYaml();
        assertThat(model.banner().messageProperty().get()).contains("is not a mapping of clouds");
        assertThat(Files.readString(clouds)).isEqualTo("clouds: [not, a, mapping]\n");
    }

    @Test
    void testCredentialsAsksKeystoneForTheSelectedVersion() {
        CredentialsCheck check = model.credentialsCheck();
        check.test();
        assertThat(check.outcomeProperty().get()).isEqualTo(CredentialsCheck.Outcome.TOKEN);
        assertThat(check.sentenceProperty().get()).startsWith("OK: Keystone v3 at 127.0.0.1 issued a token for");

        model.export().identityVersionProperty().set(IdentityVersion.V2_0);
        check.test();
        assertThat(check.outcomeProperty().get()).isEqualTo(CredentialsCheck.Outcome.REFUSED);
        assertThat(check.sentenceProperty().get()).contains("does not offer the v2.0 API");
        assertThat(keystone.requests()).extracting(FakeKeystone.Request::path)
                .containsExactly("/v3/auth/tokens", "/v2.0/tokens");

        model.connect(Portals.demo(portal)); // another portal: the result no longer applies
        assertThat(check.outcomeProperty().get()).isEqualTo(CredentialsCheck.Outcome.NONE);
        assertThat(check.sentenceProperty().get()).isEmpty();
    }
}
