package io.github.cloudmckeys.ui.connect;

import io.github.cloudmckeys.i18n.Messages;
import io.github.cloudmckeys.ui.DialogSizing;
import java.util.Objects;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The Connect dialog, bound to a {@link ConnectViewModel}, in the model's language. Its
 * result is the model's request when Connect is pressed, null on Cancel. The key field is
 * a {@link PasswordField}: masked, and it refuses copy and cut.
 */
public final class ConnectDialog {
    private static final PseudoClass SUCCESS = PseudoClass.getPseudoClass("success");
    private static final PseudoClass FAILURE = PseudoClass.getPseudoClass("failure");

    private ConnectDialog() {}

    /** Builds the dialog; the caller sets its owner and shows it ({@code showAndWait()}). */
    public static Dialog<ConnectRequest> create(ConnectViewModel model) {
        Objects.requireNonNull(model, "model");
        Messages messages = model.messages();
        Dialog<ConnectRequest> dialog = new Dialog<>();
        dialog.setTitle(messages.get("connect.title"));
        dialog.setHeaderText(messages.get("connect.header"));
        dialog.setResizable(true);
        dialog.getDialogPane().getStyleClass().add("connect-dialog");
        dialog.getDialogPane().getStylesheets().add(
                Objects.requireNonNull(ConnectDialog.class.getResource("connect.css"), "connect.css").toExternalForm());

        TextField endpointField = new TextField();
        endpointField.setId("endpointField");
        endpointField.setPromptText(messages.get("connect.endpoint.prompt"));
        endpointField.setPrefColumnCount(32);
        endpointField.textProperty().bindBidirectional(model.endpointProperty());

        TextField nameField = new TextField();
        nameField.setId("portalNameField");
        nameField.setPromptText(messages.get("connect.name.prompt"));
        nameField.textProperty().bindBidirectional(model.nameProperty());
        nameField.disableProperty().bind(model.rememberProperty().not());

        PasswordField keyField = new PasswordField();
        keyField.setId("apiKeyField");
        keyField.promptTextProperty().bind(model.keyPromptProperty());
        keyField.textProperty().bindBidirectional(model.apiKeyProperty());

        Label keyHint = hint(new Label(), "keyHint");
        keyHint.textProperty().bind(model.keyHintProperty());

        CheckBox remember = new MnemonicCheckBox(messages.get("connect.remember"));
        remember.setId("rememberCheck");
        remember.selectedProperty().bindBidirectional(model.rememberProperty());
        remember.setTooltip(new Tooltip(messages.get("connect.remember.tooltip")));

        TextField caFileField = new TextField();
        caFileField.setId("caFileField");
        caFileField.setPromptText(messages.get("connect.caFile.prompt"));
        caFileField.setTooltip(new Tooltip(messages.get("connect.caFile.tooltip")));
        caFileField.textProperty().bindBidirectional(model.caFileProperty());

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.getColumnConstraints().addAll(new ColumnConstraints(), grow());
        form.addRow(0, label(messages.get("connect.endpoint"), endpointField), endpointField);
        form.addRow(1, label(messages.get("connect.apiKey"), keyField), keyField);
        form.add(keyHint, 1, 2);
        form.addRow(3, label(messages.get("connect.caFile"), caFileField), caFileField);
        form.add(remember, 1, 4);
        form.addRow(5, label(messages.get("connect.name"), nameField), nameField);
        form.add(testRow(model, messages), 1, 6);
        Label validation = hint(new Label(), "validationMessage");
        validation.textProperty().bind(model.validationMessageProperty());
        validation.visibleProperty().bind(model.validationMessageProperty().isNotEmpty());
        validation.managedProperty().bind(validation.visibleProperty());
        form.add(validation, 1, 6);
        form.setPadding(new Insets(8, 12, 4, 12));
        dialog.getDialogPane().setContent(form);

        // The dialog's own buttons, not JavaFX's Cancel: that one speaks the JVM's language, not the user's.
        ButtonType connectType = new ButtonType(messages.get("connect.button"), ButtonData.OK_DONE);
        ButtonType cancelType = new ButtonType(messages.get("window.button.cancel"), ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(connectType, cancelType);
        Node connect = dialog.getDialogPane().lookupButton(connectType);
        connect.setId("connectButton");
        connect.disableProperty().bind(model.canConnectProperty().not());
        dialog.getDialogPane().lookupButton(cancelType).setId("cancelButton");
        dialog.setResultConverter(button -> button == connectType ? model.request().orElse(null) : null);

        // The field still to fill gets the focus: the key when only the key is missing.
        dialog.addEventHandler(DialogEvent.DIALOG_SHOWN, event -> Platform.runLater(() ->
                (model.onlyTheKeyIsMissing() ? keyField : endpointField).requestFocus()));
        DialogSizing.fitContent(dialog);
        return dialog;
    }

    private static Node testRow(ConnectViewModel model, Messages messages) {
        Button test = new Button(messages.get("connect.test"));
        test.setId("testButton");
        test.setTooltip(new Tooltip(messages.get("connect.test.tooltip")));
        test.setMinWidth(Region.USE_PREF_SIZE);
        // Disabled while the fields are unusable, but not while busy (a second press is ignored):
        // disabling it mid-test would drop the keyboard focus.
        test.disableProperty().bind(model.canConnectProperty().not());
        test.setOnAction(event -> model.test());

        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("testBusy");
        busy.setAccessibleText(messages.get("connect.test.busy"));
        busy.setPrefSize(18, 18);
        busy.setMaxSize(18, 18);
        busy.visibleProperty().bind(model.busyProperty());
        busy.managedProperty().bind(busy.visibleProperty());

        Label result = new Label();
        result.setId("testResult");
        result.getStyleClass().add("connect-result");
        result.setWrapText(true);
        wrapInColumn(result);
        result.textProperty().bind(model.testResultProperty());
        Runnable restyle = () -> {
            boolean answered = !model.busyProperty().get() && !model.testResultProperty().get().isEmpty();
            result.pseudoClassStateChanged(SUCCESS, answered && model.testSucceededProperty().get());
            result.pseudoClassStateChanged(FAILURE, answered && !model.testSucceededProperty().get());
        };
        model.testResultProperty().addListener((o, before, after) -> restyle.run());
        model.testSucceededProperty().addListener((o, before, after) -> restyle.run());
        model.busyProperty().addListener((o, before, after) -> restyle.run());

        HBox row = new HBox(8, test, busy, result);
        row.setAlignment(Pos.BASELINE_LEFT);
        HBox.setHgrow(result, Priority.ALWAYS);
        return row;
    }

    /**
     * A check box that its mnemonic toggles. JavaFX's mnemonic only fires an action event
     * at the control, which a check box does not act on: the box would just take the focus.
     */
    private static final class MnemonicCheckBox extends CheckBox {
        private boolean firing;

        MnemonicCheckBox(String text) {
            super(text);
            addEventHandler(ActionEvent.ACTION, event -> {
                if (!firing && !isDisabled()) {
                    setSelected(!isSelected());
                }
            });
        }

        @Override
        public void fire() {
            firing = true;
            try {
                super.fire();
            } finally {
                firing = false;
            }
        }
    }

    private static Label label(String text, Node field) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        return label;
    }

    private static Label hint(Label label, String id) {
        label.setId(id);
        label.getStyleClass().add("connect-hint");
        wrapInColumn(label);
        return label;
    }

    /** Long sentences wrap within the fields' width instead of widening the dialog. */
    private static void wrapInColumn(Label label) {
        label.setWrapText(true);
        label.setMinWidth(0);
        label.setPrefWidth(1);
        label.setMaxWidth(Double.MAX_VALUE);
    }

    private static ColumnConstraints grow() {
        ColumnConstraints column = new ColumnConstraints();
        column.setHgrow(Priority.ALWAYS);
        column.setMinWidth(260);
        return column;
    }
}
