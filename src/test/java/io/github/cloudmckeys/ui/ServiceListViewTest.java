package io.github.cloudmckeys.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudmckeys.demo.DemoPortal;
import io.github.cloudmckeys.portal.ApiKey;
import io.github.cloudmckeys.portal.HttpPortalApi;
import io.github.cloudmckeys.portal.PortalEndpoint;
import io.github.cloudmckeys.portal.ServiceEntries;
import io.github.cloudmckeys.portal.ServiceEntry;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A real window under Monocle, reading the demo portal over HTTP in the background. */
@ExtendWith(ApplicationExtension.class)
class ServiceListViewTest {
    private DemoPortal portal;
    private FxBackgroundRunner runner;

    @Start
    void start(Stage stage) throws Exception {
        portal = DemoPortal.start();
        runner = new FxBackgroundRunner();
        HttpPortalApi api = HttpPortalApi.create(PortalEndpoint.parse(portal.endpoint().toString()),
                ApiKey.of(DemoPortal.API_KEY));
        ServiceListViewModel model = new ServiceListViewModel(() -> ServiceEntries.from(api.environments()), runner);
        model.setPortalName("Demo portal — sample data");
        stage.setScene(new Scene(new ServiceListView(model).root(), 600, 400));
        stage.show();
        model.load();
    }

    @AfterEach
    void stop() {
        runner.close();
        portal.close();
    }

    @Test
    void showsTheDemoPortalsServices(FxRobot robot) throws Exception {
        ListView<ServiceEntry> list = robot.lookup("#serviceList").queryListView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !list.getItems().isEmpty());

        assertThat(list.getItems()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(list.getItems()).allMatch(e -> e.label().contains(" / "));
        assertThat(robot.lookup("#portalName").queryAs(Label.class).getText()).isEqualTo("Demo portal — sample data");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#status").queryAs(Label.class).getText())
                .isEqualTo(list.getItems().size() + " services");
    }
}
