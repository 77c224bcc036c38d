package io.github.cloudmckeys.ui;

import static io.github.cloudmckeys.ui.MainViewModelTest.CLOCK;
import static io.github.cloudmckeys.ui.MainViewModelTest.LABELS;
import static io.github.cloudmckeys.ui.MainViewModelTest.ROLES;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudmckeys.portal.RawHttpScripts;
import io.github.cloudmckeys.portal.RawHttpTestServer;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The slow portal faults in the real window: while the portal trickles, stays silent or
 * sends a huge body, the search field takes typing; then the banner shows the client's
 * sentence. Prints how many cases it ran.
 */
@ExtendWith(ApplicationExtension.class)
class PortalFaultsInTheWindowTest {
    private static final AtomicInteger CASES = new AtomicInteger();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(3);
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private FxBackgroundRunner runner;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        runner = new FxBackgroundRunner();
        window = MainWindow.show(stage, new MainWindow.Services(runner, new FxClipboardService(), dialogs, CLOCK,
                ROLES, LABELS));
    }

    @AfterEach
    void stop() {
        WindowDriver.read(() -> {
            window.model().close();
            return null;
        });
        runner.close();
    }

    @AfterAll
    static void sayHowManyCasesRan() {
        System.out.println("portal fault suite in the window: " + CASES.get() + " cases");
    }

    /**
     * Connects to {@code server}, types into the search field while the request is still
     * out, then waits for the banner.
     */
    private void typeWhileThePortalIsSlow(FxRobot robot, RawHttpTestServer server, String sentence) throws Exception {
        CASES.incrementAndGet();
        WindowDriver ui = new WindowDriver(robot);
        WindowDriver.read(() -> {
            window.model().connect(Portals.remote("127.0.0.1", false, server.uri("/api/v2"), "slow-portal-key",
                    REQUEST_TIMEOUT));
            return null;
        });
        ui.waitFor("the request", () -> server.requests().size() == 1);

        robot.clickOn(ui.search()).write("obj cco");

        assertThat(ui.search().getText()).isEqualTo("obj cco");
        assertThat(WindowDriver.read(() -> window.model().busyProperty().get())).as("still waiting for the portal")
                .isTrue();
        assertThat(ui.visible("#banner")).isFalse();
        robot.type(KeyCode.BACK_SPACE, 3).write("ject");
        assertThat(ui.search().getText()).isEqualTo("obj ject");

        ui.waitFor("the banner", () -> ui.visible("#banner"));
        assertThat(ui.text("#bannerMessage")).isEqualTo(sentence);
        assertThat(ui.visible("#busy")).isFalse();
        robot.doubleClickOn(ui.search()).write("after");
        assertThat(ui.search().getText()).endsWith("after");
    }

    @Test
    void aPortalTricklingAByteASecond(FxRobot robot) throws Exception {
        String body = "{\"data\":[{\"id\":\"env-1\",\"name\":\"Production\"}]}";
        try (RawHttpTestServer server = RawHttpTestServer.start(
                RawHttpScripts.trickle(200, "application/json", body, Duration.ofSeconds(1)))) {
            typeWhileThePortalIsSlow(robot, server, "127.0.0.1 did not send its whole answer within 3 seconds:"
                    + " check your network, or try again later.");
        }
    }

    @Test
    void aPortalThatAcceptsAndNeverAnswers(FxRobot robot) throws Exception {
        try (RawHttpTestServer server = RawHttpTestServer.start(RawHttpScripts.neverAnswer())) {
            typeWhileThePortalIsSlow(robot, server,
                    "127.0.0.1 did not answer within 3 seconds: check your network, or try again later.");
        }
    }

    @Test
    void aPortalSendingFiftyMegabytes(FxRobot robot) throws Exception {
        CASES.incrementAndGet();
        WindowDriver ui = new WindowDriver(robot);
        try (RawHttpTestServer server = RawHttpTestServer.start(
                RawHttpScripts.largeBody("application/json", 50L * 1024 * 1024, false))) {
            WindowDriver.read(() -> {
                window.model().connect(Portals.remote("127.0.0.1", false, server.uri("/api/v2"), "big-portal-key",
                        REQUEST_TIMEOUT));
                return null;
            });
            robot.clickOn(ui.search()).write("obj");

            ui.waitFor("the banner", () -> ui.visible("#banner"));
            assertThat(ui.search().getText()).isEqualTo("obj");
            assertThat(ui.text("#bannerMessage")).isEqualTo("The portal's answer to /environments is larger than"
                    + " 16 MB: check that the endpoint is the one shown on the API credentials page.");
            assertThat(server.bytesWritten()).isLessThan(40L * 1024 * 1024);
        }
    }
}
