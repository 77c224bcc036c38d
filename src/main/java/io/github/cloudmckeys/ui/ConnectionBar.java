package io.github.cloudmckeys.ui;

import io.github.cloudmckeys.i18n.Messages;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The top line: which portal the window reads (its host, or the demo badge) and "Connect…". */
final class ConnectionBar extends HBox {

    ConnectionBar(MainViewModel model) {
        getStyleClass().add("connection-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);
        Messages messages = model.messages();

        Label appName = new Label(messages.get("app.name"));
        appName.getStyleClass().add("app-name");

        Label portal = new Label();
        portal.setId("portalName");
        portal.setGraphic(Icons.cloud());
        portal.textProperty().bind(model.portalNameProperty());
        portal.getStyleClass().add("portal-name");
        portal.visibleProperty().bind(portal.textProperty().isNotEmpty());
        model.demoPortalProperty().addListener((o, was, demo) -> showAsBadge(portal, demo));
        showAsBadge(portal, model.demoPortalProperty().get());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        Button connect = new Button(messages.get("window.connect"));
        connect.setId("connect");
        connect.setTooltip(new Tooltip(messages.get("window.connect.tooltip")));
        connect.setOnAction(e -> model.openConnectDialog());

        Button preferences = new Button(messages.get("window.preferences"));
        preferences.setId("preferences");
        preferences.setTooltip(new Tooltip(messages.get("window.preferences.tooltip")));
        preferences.setOnAction(e -> model.preferences().edit());

        getChildren().addAll(appName, portal, spacer, connect, preferences);
    }

    private static void showAsBadge(Label portal, boolean demo) {
        portal.getStyleClass().remove("demo-badge");
        if (demo) {
            portal.getStyleClass().add("demo-badge");
        }
    }
}
