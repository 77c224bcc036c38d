package io.github.cloudmckeys.app;

import static io.github.cloudmckeys.app.SessionWindow.fx;
import static io.github.cloudmckeys.app.SessionWindow.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudmckeys.app.cli.PrivatePortal;
import io.github.cloudmckeys.app.cli.Squid;
import io.github.cloudmckeys.app.settings.XdgSettingsStore;
import io.github.cloudmckeys.credentials.IdentityVersion;
import io.github.cloudmckeys.demo.DemoPortal;
import io.github.cloudmckeys.net.ProxyPreference;
import io.github.cloudmckeys.net.TestCa;
import io.github.cloudmckeys.render.config.ConfigFormat;
import io.github.cloudmckeys.session.PortalAccess;
import io.github.cloudmckeys.ui.MainViewModel;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javafx.scene.control.Labeled;
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
 * The window on a corporate network, as the app wires it, under Monocle: the portal and its
 * Keystone behind a private CA on loopback, the CA file remembered with the portal (Connect…).
 * The exports name the CA file like the command line's; and behind a real Squid (Debian's squid,
 * .ci/proxy-e2e.sh) whose hosts_file alone resolves the portal's name, with Preferences' Manual
 * proxy and none in the environment, the window lists the service and shows its exports through
 * the proxy alone. Without squid installed that test is skipped, unless {@value Squid#REQUIRE} is set.
 */
@ExtendWith(ApplicationExtension.class)
class CorporateNetworkWindowTest {
    private static final String PORTAL_HOST = "portal.internal.test";
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

    /** The window opened on {@code endpoint} with the CA file remembered with it, its first service shown. */
    private void showTheService(String endpoint, TestCa ca, ProxyPreference proxy) throws Exception {
        XdgSettingsStore store = new XdgSettingsStore(dir.resolve("config"));
        store.save(store.load().withEndpoint(endpoint).withNetwork(store.load().network()
                .withCaFile(Optional.of(ca.rootPem())).withProxy(proxy)));
        window.start(Map.of(PortalAccess.ENDPOINT_VARIABLE, endpoint, PortalAccess.API_KEY_VARIABLE,
                DemoPortal.API_KEY), store);
        waitFor("the portal's service", () -> model().catalog().entries().size() == 1);
        fx(() -> {
            model().select(model().catalog().entries().get(0));
            return null;
        });
        waitFor("the service's exports", () -> model().export().scriptProperty().get().contains("export OS_USERNAME="));
    }

    @Test
    void theRememberedCaFileGoesIntoTheOpenrcAndCloudsYaml(FxRobot robot) throws Exception {
        TestCa ca = TestCa.create(dir);
        try (PrivatePortal portal = PrivatePortal.start(ca, List.of("127.0.0.1"))) {
            String endpoint = portal.endpoint("127.0.0.1");
            String root = ca.rootPem().toAbsolutePath().toString();
            showTheService(endpoint, ca, ProxyPreference.NONE);
            assertThat(fx(() -> model().rows().size())).isEqualTo(8);

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

    @Test
    void theWindowReachesThePortalOnlyThroughTheManualProxy(FxRobot robot) throws Exception {
        try (Squid squid = Squid.start(List.of("127.0.0.1 " + PORTAL_HOST), Optional.empty())) {
            TestCa ca = TestCa.create(dir);
            String port;
            try (PrivatePortal portal = PrivatePortal.start(ca, List.of(PORTAL_HOST))) {
                assertThat(resolves(PORTAL_HOST)).as("only Squid's hosts_file names " + PORTAL_HOST).isFalse();
                String endpoint = portal.endpoint(PORTAL_HOST);
                showTheService(endpoint, ca, ProxyPreference.manual(squid.url()));
                assertThat(robot.lookup("#serviceTitle").queryAs(Labeled.class).getText())
                        .isEqualTo("Object Storage / ccontini");

                port = String.valueOf(URI.create(endpoint).getPort());
            }
            // Squid logs a CONNECT when its tunnel closes: the portal, closed above, ended the window's.
            Pattern connect = Pattern.compile("CONNECT " + Pattern.quote(PORTAL_HOST + ":" + port) + " ");
            String log = squid.awaitAccessLog(connect);
            assertThat(log).containsPattern(connect);
            // Nothing else went through the proxy: Keystone on 127.0.0.1 is never proxied, and nothing left the machine.
            assertThat(log.lines().filter(line -> !connect.matcher(line).find()).toList()).isEmpty();
        }
    }

    private static boolean resolves(String host) {
        try {
            InetAddress.getByName(host);
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
