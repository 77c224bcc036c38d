package io.github.cloudmckeys.app;

import static io.github.cloudmckeys.app.SessionWindow.fx;
import static io.github.cloudmckeys.app.SessionWindow.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudmckeys.app.cli.PrivatePortal;
import io.github.cloudmckeys.app.settings.XdgSettingsStore;
import io.github.cloudmckeys.credentials.IdentityVersion;
import io.github.cloudmckeys.demo.DemoPortal;
import io.github.cloudmckeys.net.TestCa;
import io.github.cloudmckeys.render.config.ConfigFormat;
import io.github.cloudmckeys.session.PortalAccess;
import io.github.cloudmckeys.ui.MainViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * The window's exports on a portal whose CA file was remembered with it (Connect…), the portal
 * and its Keystone behind a private CA on loopback: like the command line's, the openrc sets
 * OS_CACERT and clouds.yaml has cacert, each with the comment saying why; the AWS profile of an
 * S3 endpoint that the CA file does not concern has no ca_bundle.
 */
@ExtendWith(ApplicationExtension.class)
class PrivateCaExportsWindowTest {
    @TempDir
    Path dir;
    private SessionWindow window;

    @Start
    void start(Stage stage) {
        window = new SessionWindow(stage);
    }

    @AfterEach
    void stop() throws Exception {
        window.close();
    }

    private MainViewModel model() {
        return window.model();
    }

    @Test
    void theRememberedCaFileGoesIntoTheOpenrcAndCloudsYaml(FxRobot robot) throws Exception {
        TestCa ca = TestCa.create(dir);
        try (PrivatePortal portal = PrivatePortal.start(ca, List.of("127.0.0.1"))) {
            String endpoint = portal.endpoint("127.0.0.1");
            String root = ca.rootPem().toAbsolutePath().toString();
            XdgSettingsStore store = new XdgSettingsStore(dir.resolve("config"));
            store.save(store.load().withEndpoint(endpoint)
                    .withNetwork(store.load().network().withCaFile(Optional.of(ca.rootPem()))));
            Map<String, String> env = Map.of(PortalAccess.ENDPOINT_VARIABLE, endpoint,
                    PortalAccess.API_KEY_VARIABLE, DemoPortal.API_KEY);
            window.start(env, store);
            waitFor("the portal's service", () -> model().catalog().entries().size() == 1);
            fx(() -> {
                model().select(model().catalog().entries().get(0));
                return null;
            });
            waitFor("its credentials", () -> model().rows().size() == 8);

            String script = fx(() -> model().export().scriptProperty().get());
            assertThat(script).contains("# OS_CACERT names the CA file given to CloudMC Keys: without it, the"
                    + " certificate of 127.0.0.1 is not trusted.\nexport OS_CACERT='" + root + "'\n");
            assertThat(robot.lookup("#script").queryAs(TextArea.class).getText())
                    .contains("export OS_CACERT='" + root + "'");
            String clouds = fx(() -> model().export().configs().clouds().textProperty().get());
            assertThat(clouds).contains("# cacert names the CA file given to CloudMC Keys: without it, the"
                    + " certificate of 127.0.0.1 is not trusted.\n").contains("\n    cacert: \"" + root + "\"\n");

            fx(() -> {
                model().export().identityVersionProperty().set(IdentityVersion.V2_0);
                model().export().configs().awsFormatProperty().set(ConfigFormat.AWS_CONFIG);
                return null;
            });
            assertThat(fx(() -> model().export().scriptProperty().get()))
                    .contains("OS_IDENTITY_API_VERSION='2.0'").contains("export OS_CACERT='" + root + "'\n");
            assertThat(fx(() -> model().export().configs().aws().textProperty().get()))
                    .contains("endpoint_url").doesNotContain("ca_bundle");
        }
    }
}
