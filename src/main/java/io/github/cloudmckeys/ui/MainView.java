package io.github.cloudmckeys.ui;

import io.github.cloudmckeys.credentials.IdentityVersion;
import io.github.cloudmckeys.i18n.Messages;
import io.github.cloudmckeys.portal.ServiceEntry;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The main window's content: connection bar and search on top, the credentials table in
 * the middle, the exports below, a status line at the bottom. Builds controls, binds them
 * to the {@link MainViewModel} and forwards actions to it, nothing more.
 */
public final class MainView {
    /** Rows the table always has room for, at the window's minimum size. */
    static final int MIN_TABLE_ROWS = 4;
    /** The style sheet, for the scene and for dialogs that should look the same. */
    public static final String STYLESHEET = MainView.class.getResource("app.css").toExternalForm();
    /** The table's and the exports' looks. */
    static final String CONTENT_STYLESHEET = MainView.class.getResource("content.css").toExternalForm();

    private final MainViewModel model;
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final SearchBar searchBar;
    private final ExportPane exportPane;

    public MainView(MainViewModel model) {
        this(model, null);
    }

    /** @param switcher the header's portal switcher; null for none */
    public MainView(MainViewModel model, PortalSwitcherModel switcher) {
        this.model = model;
        this.messages = model.messages();
        root.getStyleClass().add("main-window");
        root.getStylesheets().addAll(STYLESHEET, CONTENT_STYLESHEET);

        searchBar = new SearchBar(model);
        VBox top = new VBox(new ConnectionBar(model, switcher), searchBar, new BannerView(model.banner(), messages));
        top.getStyleClass().add("top");

        exportPane = new ExportPane(model);
        CredentialsTable table = new CredentialsTable(model);
        WholeRows tableSlot = new WholeRows(table, MIN_TABLE_ROWS);
        VBox credentials = new VBox(serviceHeading(), tableSlot);
        credentials.getStyleClass().add("credentials-pane");
        VBox.setVgrow(tableSlot, Priority.ALWAYS);
        // Neither side of the divider can be dragged below what its commands need (the table's: four rows).
        exportPane.setMinHeight(Region.USE_PREF_SIZE);
        SplitPane middle = new SplitPane(credentials, exportPane);
        middle.setOrientation(Orientation.VERTICAL);
        middle.setDividerPositions(0.55);
        middle.getStyleClass().add("middle");

        root.setTop(top);
        root.setCenter(middle);
        // Test credentials' answer, whole however long, above the status line: the exports' height stays put.
        Label answer = ConfigTabs.testAnswer(model);
        answer.getStyleClass().add("test-answer");
        root.setBottom(new VBox(answer, statusBar()));
    }

    public Parent root() {
        return root;
    }

    /**
     * Ctrl+F, Ctrl+Shift+C and Ctrl+S (on the tab shown), Ctrl+1, Ctrl+2, Ctrl+, (Preferences) and
     * Ctrl+Q (Cmd+Q on macOS: the shortcut key is the platform's) on the scene that shows this view.
     */
    public void installShortcuts(Scene scene) {
        Map<KeyCombination, Runnable> shortcuts = Map.of(
                new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), searchBar::focusSearch,
                new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                model.shownTab()::copy,
                new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), model.shownTab()::save,
                new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), () -> quit(scene),
                new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN),
                () -> exportPane.showVersion(IdentityVersion.V3),
                new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN),
                () -> exportPane.showVersion(IdentityVersion.V2_0));
        scene.getAccelerators().putAll(shortcuts);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN),
                model.preferences()::edit);
    }

    /** Ctrl+Q: closes the window, so that the app ends and remembers where the window was. */
    private static void quit(Scene scene) {
        scene.getWindow().hide();
    }

    /** What the first frame does not show, set up once it is on its way (see {@link MainWindow#show()}). */
    void afterFirstFrame() {
        searchBar.enableSuggestions();
    }

    /** Where the window starts: typing goes to the search field. */
    public void focusSearch() {
        searchBar.focusSearch();
    }

    private HBox serviceHeading() {
        Label name = new Label();
        name.setId("serviceTitle");
        name.getStyleClass().add("service-title");
        name.textProperty().bind(Bindings.createStringBinding(() -> {
            ServiceEntry shown = model.selectedServiceProperty().get();
            return shown == null ? messages.get("window.service.none") : shown.label();
        }, model.selectedServiceProperty()));

        Label details = new Label();
        details.setId("serviceDetails");
        details.getStyleClass().add("service-details");
        details.textProperty().bind(Bindings.createStringBinding(() -> {
            ServiceEntry shown = model.selectedServiceProperty().get();
            if (shown == null) {
                return model.catalog().entries().isEmpty() ? ""
                        : messages.get("window.service.count", model.catalog().entries().size());
            }
            String fields = messages.get("window.service.fields", model.rows().size());
            return shown.organizationName() == null ? fields
                    : messages.get("window.service.organizationAndFields", shown.organizationName(), fields);
        }, model.selectedServiceProperty(), model.rows(), model.catalog().entries()));

        // One line: the table keeps the height for its rows.
        HBox heading = new HBox(12, name, details);
        heading.setAlignment(Pos.BASELINE_LEFT);
        name.setMinWidth(0);
        details.setMinWidth(Region.USE_PREF_SIZE);
        heading.getStyleClass().add("service-heading");
        return heading;
    }

    private HBox statusBar() {
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(model.statusProperty());
        status.setMaxWidth(Double.MAX_VALUE);
        // The status says what just happened: it wraps rather than being cut; the hints give way first.
        status.setWrapText(true);
        status.setMinWidth(Region.USE_PREF_SIZE);
        status.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(status, Priority.ALWAYS);
        Label hints = new Label(messages.get("window.hints"));
        hints.getStyleClass().add("hints");
        hints.setMinWidth(0);
        Label clipboardCountdown = new Label();
        clipboardCountdown.setId("clipboardCountdown");
        clipboardCountdown.textProperty().bind(model.clipboardCountdownProperty());
        clipboardCountdown.visibleProperty().bind(clipboardCountdown.textProperty().isNotEmpty());
        clipboardCountdown.managedProperty().bind(clipboardCountdown.visibleProperty());
        clipboardCountdown.getStyleClass().add("clipboard-countdown");
        HBox bar = new HBox(12, status, clipboardCountdown, hints);
        bar.getStyleClass().add("status-bar");
        return bar;
    }
}
