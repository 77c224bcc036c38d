package io.github.cloudmckeys.ui;

import io.github.cloudmckeys.i18n.Messages;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Help (F1): the three steps and the keyboard shortcuts; About: version, licence, the
 * project's page and how to report a problem. The addresses are in read-only fields, so
 * that they can be selected and copied (the app opens no browser itself).
 */
public final class HelpDialogs {
    /** The project's page. */
    public static final String PROJECT_URL = "https://github.com/cloudmckeys/cloudmc-keys";
    /** Where problems are reported. */
    public static final String ISSUES_URL = PROJECT_URL + "/issues";

    private HelpDialogs() {
    }

    /** "development" when run from classes rather than from the jar. */
    public static String version() {
        String version = HelpDialogs.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    public static Dialog<ButtonType> about(Messages messages) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(messages.get("about.version")), selectable("aboutVersion", version()));
        grid.addRow(1, new Label(messages.get("about.licence")), selectable("aboutLicence", "Apache-2.0"));
        grid.addRow(2, new Label(messages.get("about.project")), selectable("aboutProject", PROJECT_URL));
        Label report = paragraph(messages.get("about.report", ISSUES_URL));
        report.setId("aboutReport");
        grid.add(report, 0, 3, 2, 1);
        return dialog("aboutDialog", messages.get("about.title"), messages.get("app.name"), grid, messages);
    }

    public static Dialog<ButtonType> help(Messages messages) {
        VBox box = new VBox(8, paragraph(messages.get("help.steps")), paragraph(messages.get("help.shortcuts")));
        return dialog("helpDialog", messages.get("help.title"), messages.get("help.header"), box, messages);
    }

    static void showAbout(Window owner, Messages messages) {
        show(about(messages), owner);
    }

    static void showHelp(Window owner, Messages messages) {
        show(help(messages), owner);
    }

    private static void show(Dialog<ButtonType> dialog, Window owner) {
        dialog.initOwner(owner);
        dialog.show();
    }

    private static Dialog<ButtonType> dialog(String id, String title, String header, Node content,
                                             Messages messages) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.getDialogPane().setId(id);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setPadding(new Insets(0));
        // Our own button: JavaFX's built-in one speaks the JVM's locale, which may not be the chosen language.
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(messages.get("help.close"), ButtonData.OK_DONE));
        dialog.getDialogPane().getStylesheets().add(MainView.STYLESHEET);
        DialogSizing.fitContent(dialog);
        return dialog;
    }

    private static TextField selectable(String id, String text) {
        TextField field = new TextField(text);
        field.setId(id);
        field.setEditable(false);
        field.setPrefColumnCount(Math.max(12, text.length()));
        field.getStyleClass().add("selectable-text");
        GridPane.setHgrow(field, Priority.ALWAYS);
        return field;
    }

    private static Label paragraph(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(460);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
