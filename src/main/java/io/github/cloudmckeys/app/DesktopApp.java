package io.github.cloudmckeys.app;

import io.github.cloudmckeys.portal.ServiceEntries;
import io.github.cloudmckeys.portal.ServiceEntry;
import io.github.cloudmckeys.ui.FxBackgroundRunner;
import io.github.cloudmckeys.ui.ServiceListView;
import io.github.cloudmckeys.ui.ServiceListViewModel;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The window. The portal is opened and read in the background, after the window shows. */
public final class DesktopApp extends Application {
    private final AtomicReference<PortalSession> session = new AtomicReference<>();
    private FxBackgroundRunner runner;

    static void launchWindow(String[] args) {
        Application.launch(DesktopApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        runner = new FxBackgroundRunner();
        PortalChoice choice;
        String choiceProblem = null;
        try {
            choice = PortalChoice.decide(false, null, null, null, System.getenv());
        } catch (PortalChoice.ChoiceException e) {
            choice = null;
            choiceProblem = e.getMessage();
        }
        PortalChoice chosen = choice;
        ServiceListViewModel model = new ServiceListViewModel(() -> loadServices(chosen), runner);
        model.setPortalName(chosen == null ? "" : chosen.displayName());

        stage.setTitle("CloudMC Keys");
        stage.setScene(new Scene(new ServiceListView(model).root(), 640, 420));
        stage.setMinWidth(420);
        stage.setMinHeight(300);
        stage.show();
        if (chosen != null) {
            model.load();
        } else {
            model.setPortalName(choiceProblem);
        }
    }

    private List<ServiceEntry> loadServices(PortalChoice choice) throws Exception {
        PortalSession open = session.get();
        if (open == null) {
            open = PortalSession.open(choice);
            session.set(open);
        }
        return ServiceEntries.from(open.api().environments());
    }

    @Override
    public void stop() {
        if (runner != null) {
            runner.close();
        }
        PortalSession open = session.getAndSet(null);
        if (open != null) {
            open.close();
        }
    }
}
