package io.github.cloudmckeys.ui;

import javafx.beans.value.ChangeListener;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/**
 * A credential's value: masked until revealed, elided in the middle when too long (both
 * ends of a key or URL say the most), the whole value in a tooltip (a secret's only when
 * revealed).
 */
final class ValueCell extends TableCell<CredentialRow, CredentialRow> {
    private final Tooltip tooltip = new Tooltip();
    private final ChangeListener<String> tooltipFollower = (o, was, now) -> updateTooltip(now);
    /** The dots of a masked secret are muted; a revealed secret is text like any other. */
    private final ChangeListener<Boolean> maskFollower = (o, was, revealed) -> showMasked(!revealed);
    private CredentialRow shown;

    ValueCell() {
        getStyleClass().add("value-cell");
        setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
        tooltip.setShowDelay(Duration.millis(400));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(640);
    }

    @Override
    protected void updateItem(CredentialRow row, boolean empty) {
        super.updateItem(row, empty);
        if (shown != null) {
            textProperty().unbind();
            shown.tooltipText().removeListener(tooltipFollower);
            shown.revealedProperty().removeListener(maskFollower);
            showMasked(false);
            shown = null;
        }
        if (empty || row == null) {
            setText(null);
            setTooltip(null);
            return;
        }
        shown = row;
        textProperty().bind(row.displayedValue());
        row.tooltipText().addListener(tooltipFollower);
        updateTooltip(row.tooltipText().get());
        if (row.isSensitive()) {
            row.revealedProperty().addListener(maskFollower);
            showMasked(!row.revealedProperty().get());
        }
    }

    private void showMasked(boolean masked) {
        getStyleClass().remove("masked");
        if (masked) {
            getStyleClass().add("masked");
        }
    }

    private void updateTooltip(String text) {
        if (text == null || text.isEmpty()) {
            setTooltip(null);
        } else {
            tooltip.setText(text);
            setTooltip(tooltip);
        }
    }
}
