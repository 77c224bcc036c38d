package io.github.cloudmckeys.ui;

import io.github.cloudmckeys.portal.ServiceEntry;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/** The services of the portal in a list. Binds to its view model, nothing more. */
public final class ServiceListView {
    private final BorderPane root = new BorderPane();

    public ServiceListView(ServiceListViewModel model) {
        Label portal = new Label();
        portal.setId("portalName");
        portal.textProperty().bind(model.portalNameProperty());
        portal.setStyle("-fx-font-weight: bold;");

        ListView<ServiceEntry> list = new ListView<>(model.services());
        list.setId("serviceList");

        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(model.busyProperty());
        busy.managedProperty().bind(model.busyProperty());
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(model.statusProperty());
        HBox statusBar = new HBox(8, busy, status);

        root.setTop(portal);
        root.setCenter(list);
        root.setBottom(statusBar);
        BorderPane.setMargin(portal, new Insets(8));
        BorderPane.setMargin(statusBar, new Insets(6, 8, 6, 8));
    }

    public Parent root() {
        return root;
    }
}
