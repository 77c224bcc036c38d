package io.github.cloudmckeys.ui;

import io.github.cloudmckeys.i18n.Messages;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.TableCell;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/** A row's buttons: reveal (secret rows only) and copy. */
final class RowActionsCell extends TableCell<CredentialRow, CredentialRow> {
    private final ToggleButton reveal = new ToggleButton();
    private final Button copy = new Button();
    private final Region revealSlot = new Region();
    private final HBox box = new HBox(4);
    private final Tooltip revealTip = new Tooltip();
    private final Messages messages;
    private CredentialRow shown;

    RowActionsCell(MainViewModel model) {
        this.messages = model.messages();
        getStyleClass().add("row-actions");
        reveal.getStyleClass().addAll("row-button", "reveal");
        reveal.setTooltip(revealTip);
        reveal.selectedProperty().addListener((o, was, now) -> showRevealState(now));
        showRevealState(false);
        copy.getStyleClass().addAll("row-button", "copy");
        copy.setGraphic(Icons.copy());
        copy.setTooltip(new Tooltip(messages.get("window.row.copyTooltip")));
        copy.setOnAction(e -> {
            if (shown != null) {
                model.copyValue(shown);
            }
        });
        revealSlot.setMinWidth(28);
        revealSlot.setPrefWidth(28);
        revealSlot.setMaxWidth(28);
        box.setAlignment(Pos.CENTER_LEFT); // next to the value, however wide the window
        setGraphic(null);
    }

    private void showRevealState(boolean revealed) {
        reveal.setGraphic(revealed ? Icons.eyeOff() : Icons.eye());
        if (shown == null) {
            revealTip.setText(messages.get(revealed ? "window.row.hideValue" : "window.row.showValue"));
        } else {
            revealTip.setText(messages.get(revealed ? "window.row.hide" : "window.row.show", shown.label()));
        }
        reveal.setAccessibleText(revealTip.getText());
    }

    @Override
    protected void updateItem(CredentialRow row, boolean empty) {
        super.updateItem(row, empty);
        if (shown != null && shown.isSensitive()) {
            reveal.selectedProperty().unbindBidirectional(shown.revealedProperty());
        }
        shown = null;
        if (empty || row == null) {
            setGraphic(null);
            return;
        }
        shown = row;
        copy.setAccessibleText(messages.get("window.row.copy", row.label()));
        if (row.isSensitive()) {
            reveal.selectedProperty().bindBidirectional(row.revealedProperty());
            showRevealState(reveal.isSelected());
            box.getChildren().setAll(reveal, copy);
        } else {
            reveal.setSelected(false);
            box.getChildren().setAll(revealSlot, copy);
        }
        setGraphic(box);
    }
}
