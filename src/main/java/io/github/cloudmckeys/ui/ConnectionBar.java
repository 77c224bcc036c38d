package io.github.cloudmckeys.ui;

import io.github.cloudmckeys.i18n.Messages;
import io.github.cloudmckeys.session.PortalToOpen;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The top line: which portal the window reads (its name, or the demo badge), the switcher, Connect…, Preferences… and Help. */
final class ConnectionBar extends HBox {

    ConnectionBar(MainViewModel model) {
        this(model, null);
    }

    /** @param switcher the portal switcher's model; null for none */
    ConnectionBar(MainViewModel model, PortalSwitcherModel switcher) {
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

        MenuItem help = new MenuItem(messages.get("window.help.help"));
        help.setId("helpItem");
        help.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        help.setOnAction(e -> HelpDialogs.showHelp(getScene().getWindow(), messages));
        MenuItem about = new MenuItem(messages.get("window.help.about"));
        about.setId("aboutItem");
        about.setOnAction(e -> HelpDialogs.showAbout(getScene().getWindow(), messages));
        MenuButton helpMenu = new MenuButton(messages.get("window.help"), null, help, about);
        helpMenu.setId("helpMenu");

        // One row, each command a child of its own: another control can join it without reworking the others.
        for (Region command : new Region[] {connect, preferences, helpMenu}) {
            command.setMinWidth(Region.USE_PREF_SIZE);
        }
        appName.setMinWidth(Region.USE_PREF_SIZE);
        portal.setMinWidth(0);
        getChildren().addAll(appName, portal);
        if (switcher != null) {
            MenuButton portals = switcherButton(switcher, messages);
            portals.setMinWidth(Region.USE_PREF_SIZE);
            getChildren().add(portals);
        }
        getChildren().addAll(spacer, connect, preferences, helpMenu);
    }

    /** Remembered portals and the demo portal, read each time the menu opens, then "Forget this portal". */
    private static MenuButton switcherButton(PortalSwitcherModel switcher, Messages messages) {
        MenuButton button = new MenuButton(messages.get("window.portal.switch"));
        button.setId("portalSwitch");
        button.setTooltip(new Tooltip(messages.get("window.portal.switch.tooltip")));
        button.setOnShowing(event -> {
            button.getItems().clear();
            for (PortalToOpen choice : switcher.choices()) {
                MenuItem item = new MenuItem(choice.displayName());
                item.setMnemonicParsing(false); // a portal's name is the user's text, underscores and all
                item.getStyleClass().add("portal-choice");
                item.setOnAction(e -> switcher.switchTo(choice));
                button.getItems().add(item);
            }
            MenuItem forget = new MenuItem(messages.get("window.portal.forget"));
            forget.setId("forgetPortal");
            forget.setDisable(switcher.forgettable().isEmpty());
            forget.setOnAction(e -> switcher.forgetShown());
            button.getItems().addAll(new SeparatorMenuItem(), forget);
        });
        return button;
    }

    private static void showAsBadge(Label portal, boolean demo) {
        portal.getStyleClass().remove("demo-badge");
        if (demo) {
            portal.getStyleClass().add("demo-badge");
        }
    }
}
