package io.github.cloudmckeys.app;

import io.github.cloudmckeys.ui.MainWindow;
import javafx.application.Application;
import javafx.collections.FXCollections;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * A second baseline for the start-up and memory benchmarks: the controls the main window's first
 * frame shows (header buttons and menus, the search field, an empty table with its placeholder,
 * the five export tabs with the first one's shell choice and check box, the bottom buttons, the
 * status line), in plain JavaFX with its default stylesheet, at the main window's size, and
 * nothing else: no stylesheet, model or code of the app's, no tab content beyond the first's.
 * What JavaFX itself needs to paint such a window; beyond it is the app's own cost.
 */
public final class SameControlsWindow {
    private SameControlsWindow() {}

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The window; public for {@code Application.launch}. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            HBox header = new HBox(8, new Label("CloudMC Keys"), new Label("Demo portal"), new MenuButton("Portals"),
                    new Button("Connect…"), new Button("Preferences…"), new MenuButton("Help"));
            TextField search = new TextField();
            search.setPromptText("Find a service");
            TableView<String> table = new TableView<>(FXCollections.observableArrayList());
            table.getColumns().add(new TableColumn<String, String>("Field"));
            table.getColumns().add(new TableColumn<String, String>("Value"));
            table.setPlaceholder(new Label("Pick a service above: its keys show here."));
            VBox credentials = new VBox(4, new HBox(8, new Label("No service selected"), new Label("7 services")),
                    table);
            ComboBox<String> shell = new ComboBox<>(FXCollections.observableArrayList("bash/zsh", "fish"));
            shell.getSelectionModel().selectFirst();
            VBox first = new VBox(8, new HBox(8, new Label("Shell"), shell, new CheckBox("Ask for the password")),
                    new Label("Pick a service above to see its exports."));
            TabPane tabs = new TabPane(new Tab("Keystone v3", first), new Tab("Keystone v2.0"),
                    new Tab("clouds.yaml"), new Tab("AWS / S3"), new Tab("rclone"));
            SplitPane middle = new SplitPane(credentials, tabs);
            middle.setOrientation(Orientation.VERTICAL);
            VBox.setVgrow(middle, Priority.ALWAYS);
            HBox bottom = new HBox(8, new Button("Test credentials"), new Button("Save openrc.sh…"),
                    new Button("Copy exports"));
            HBox status = new HBox(8, new Label("7 services"), new Label("Ctrl+F search"));
            stage.setScene(new Scene(new VBox(8, header, search, middle, bottom, status),
                    MainWindow.DEFAULT_WIDTH, MainWindow.DEFAULT_HEIGHT));
            stage.setTitle("Same controls");
            stage.show();
            search.requestFocus();
        }
    }
}
