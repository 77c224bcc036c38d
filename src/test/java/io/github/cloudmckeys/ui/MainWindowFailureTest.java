package io.github.cloudmckeys.ui;

import io.github.cloudmckeys.session.PortalToOpen;
import static io.github.cloudmckeys.ui.MainViewModelTest.CLOCK;
import static io.github.cloudmckeys.ui.MainViewModelTest.LABELS;
import static io.github.cloudmckeys.ui.MainViewModelTest.ROLES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.cloudmckeys.demo.DemoPortal;
import io.github.cloudmckeys.portal.PortalException;
import io.github.cloudmckeys.portal.RawHttpScripts;
import io.github.cloudmckeys.portal.RawHttpTestServer;
import java.time.Duration;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A portal that stops, refuses the key or does not answer, in the real window: the banner
 * shows the client's sentence, what was shown stays, the search field keeps taking
 * typing, and Retry recovers once the portal is back.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowFailureTest {
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final DemoPortal portal = DemoPortal.start();
    private final LoopbackRelay relay = LoopbackRelay.to(portal.endpoint().getPort());
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
        relay.close();
        portal.close();
    }

    private PortalToOpen throughRelay(String key) {
        return Portals.remote("127.0.0.1", false, relay.endpointFor(portal.endpoint()), key, Duration.ofSeconds(5));
    }

    private void connect(PortalToOpen target) {
        WindowDriver.read(() -> {
            window.model().connect(target);
            return null;
        });
    }

    /** Types into the search field while the banner shows, and checks that the text arrived. */
    private static void typeWhileTheBannerShows(FxRobot robot, WindowDriver ui) {
        robot.clickOn(ui.search()).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .type(KeyCode.BACK_SPACE).write("still typing");
        assertThat(ui.search().getText()).isEqualTo("still typing");
        assertThat(ui.visible("#banner")).isTrue();
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void theDemoServerStoppingMidSessionShowsTheSentenceAndKeepsWhatWasShown(FxRobot robot) throws Exception {
        WindowDriver ui = new WindowDriver(robot);
        connect(Portals.demo(portal));
        ui.waitFor("the services", () -> !window.model().catalog().entries().isEmpty());
        robot.clickOn(ui.search()).write("cco").type(KeyCode.ENTER);
        ui.waitFor("the credentials", () -> ui.table().getItems().size() == 9);

        portal.close();
        String sentence = MainViewModelTest.clientSentenceFor(portal.endpoint());
        robot.doubleClickOn(ui.search()).write("sandbox").type(KeyCode.ENTER);

        ui.waitFor("the banner", () -> ui.visible("#banner"));
        assertThat(ui.text("#bannerMessage")).isEqualTo(sentence);
        assertThat(ui.visible("#retry")).isTrue();
        assertThat(ui.text("#serviceTitle")).isEqualTo("Object Storage / ccontini");
        assertThat(ui.shownValues()).contains("system-ccontini");
        typeWhileTheBannerShows(robot, ui);
    }

    @Test
    void retryRecoversOnceThePortalIsBack(FxRobot robot) throws Exception {
        WindowDriver ui = new WindowDriver(robot);
        connect(throughRelay(DemoPortal.API_KEY));
        ui.waitFor("the services", () -> !window.model().catalog().entries().isEmpty());
        robot.clickOn(ui.search()).write("cco").type(KeyCode.ENTER);
        ui.waitFor("the credentials", () -> ui.table().getItems().size() == 9);

        relay.stop();
        robot.doubleClickOn(ui.search()).write("sandbox").type(KeyCode.ENTER);
        ui.waitFor("the banner", () -> ui.visible("#banner"));
        assertThat(ui.text("#bannerMessage"))
                .isEqualTo(MainViewModelTest.clientSentenceFor(relay.endpointFor(portal.endpoint())));
        typeWhileTheBannerShows(robot, ui);

        relay.resume();
        robot.clickOn("#retry");

        ui.waitFor("the service picked before the outage", () -> "Object Storage / sandbox".equals(ui.text("#serviceTitle")));
        assertThat(ui.visible("#banner")).isFalse();
        assertThat(ui.shownValues()).contains("system-sandbox");
    }

    @Test
    void aWrongKeyShowsTheSentenceAndConnectingWithTheRightOneRecovers(FxRobot robot) throws Exception {
        WindowDriver ui = new WindowDriver(robot);
        dialogs.answerPortalWith(throughRelay("a-wrong-key"));
        robot.clickOn("#connect");

        ui.waitFor("the banner", () -> ui.visible("#banner"));
        PortalException refused = assertThrows(PortalException.class,
                () -> throughRelay("a-wrong-key").opener().call().api().environments());
        assertThat(refused.kind()).isEqualTo(PortalException.Kind.UNAUTHORIZED);
        assertThat(ui.text("#bannerMessage")).isEqualTo(refused.getMessage());
        typeWhileTheBannerShows(robot, ui);

        dialogs.answerPortalWith(throughRelay(DemoPortal.API_KEY));
        robot.clickOn("#connect");

        ui.waitFor("the services", () -> !window.model().catalog().entries().isEmpty());
        assertThat(ui.visible("#banner")).isFalse();
    }

    @Test
    void aPortalThatNeverAnswersDoesNotFreezeTheWindow(FxRobot robot) throws Exception {
        WindowDriver ui = new WindowDriver(robot);
        try (RawHttpTestServer silent = RawHttpTestServer.start(RawHttpScripts.neverAnswer())) {
            connect(Portals.remote("127.0.0.1", false, silent.uri("/api/v2"), "any-key", Duration.ofSeconds(6)));
            ui.waitFor("the request", () -> silent.requests().size() == 1);
            assertThat(ui.visible("#busy")).isTrue();

            robot.clickOn(ui.search()).write("obj");

            assertThat(ui.search().getText()).isEqualTo("obj");
            assertThat(window.model().busyProperty().get()).isTrue();
            ui.waitFor("the timeout", () -> ui.visible("#banner"));
            assertThat(ui.text("#bannerMessage")).isEqualTo(
                    "127.0.0.1 did not answer within 6 seconds: check your network, or try again later.");
            assertThat(ui.visible("#busy")).isFalse();
        }
    }
}
