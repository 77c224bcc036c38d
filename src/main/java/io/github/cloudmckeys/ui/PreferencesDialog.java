package io.github.cloudmckeys.ui;

import java.util.Objects;
import java.util.OptionalInt;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.GridPane;

/**
 * The Preferences dialog: how long a copied secret stays on the clipboard. Its result is
 * the edited {@link Preferences} on OK, null on Cancel. OK is disabled while the field does
 * not hold a whole number of seconds in range.
 */
public final class PreferencesDialog {
    private PreferencesDialog() {}

    /** Builds the dialog; the caller sets its owner and shows it. */
    public static Dialog<Preferences> create(Preferences current) {
        Objects.requireNonNull(current, "current");
        Dialog<Preferences> dialog = new Dialog<>();
        dialog.setTitle("Preferences");
        dialog.setHeaderText("CloudMC Keys preferences");
        dialog.getDialogPane().getStyleClass().add("preferences-dialog");
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);

        Spinner<Integer> seconds = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(0,
                Preferences.MAX_CLIPBOARD_CLEAR_SECONDS, current.clipboardClearSeconds(), 5));
        seconds.setId("clipboardSeconds");
        seconds.setEditable(true);
        seconds.setPrefWidth(110);
        Label label = new Label("Clear a copied secret from the clipboard after");
        label.setLabelFor(seconds);
        Label unit = new Label("seconds");
        Label hint = new Label("0 leaves it there. A secret still on the clipboard is also cleared when the"
                + " window closes; whatever you copied since is left alone.");
        hint.setWrapText(true);
        hint.setMaxWidth(440);
        hint.getStyleClass().add("hint");

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(10);
        grid.setPadding(new Insets(12, 12, 4, 12));
        grid.addRow(0, label, seconds, unit);
        grid.add(hint, 0, 1, 3, 1);
        dialog.getDialogPane().setContent(grid);

        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> seconds(seconds.getEditor().getText()).isEmpty(), seconds.getEditor().textProperty()));
        dialog.setResultConverter(button -> button == ButtonType.OK
                ? new Preferences(seconds(seconds.getEditor().getText()).orElse(seconds.getValue()))
                : null);
        dialog.setOnShown(event -> seconds.getEditor().requestFocus());
        return dialog;
    }

    /** The whole number of seconds {@code text} holds, when it is in range; the typed text counts, committed or not. */
    static OptionalInt seconds(String text) {
        String digits = text == null ? "" : text.strip();
        if (!digits.matches("\\d{1,5}")) {
            return OptionalInt.empty();
        }
        int value = Integer.parseInt(digits);
        return value <= Preferences.MAX_CLIPBOARD_CLEAR_SECONDS ? OptionalInt.of(value) : OptionalInt.empty();
    }
}
