package io.github.cloudmckeys.ui;

import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.layout.HBox;

/** A field's label with, after it, the small tag saying what it feeds and how that was decided. */
final class FieldCell extends TableCell<CredentialRow, CredentialRow> {
    private final Label label = new Label();
    private final Label tag = new Label();
    private final HBox box = new HBox(6, label, tag);

    FieldCell() {
        tag.getStyleClass().add("role-tag");
        box.setAlignment(Pos.CENTER_LEFT);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(CredentialRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            setText(null);
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        setText(row.label()); // not drawn (the graphic is), but what the row is found by
        label.setText(row.label());
        tag.setText(row.roleTag());
        tag.setVisible(!row.roleTag().isEmpty());
        tag.setManaged(tag.isVisible());
        setAccessibleText(row.roleTag().isEmpty() ? row.label() : row.label() + ", " + row.roleTag());
        setGraphic(box);
    }
}
