package io.github.cloudmckeys.ui;

import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;

/**
 * Holds a table of fixed-height rows at a height that shows whole rows only: a row is
 * never cut in half at the bottom edge, whatever the window's size; what is left over
 * stays empty below the table. Its minimum shows the header and {@code minRows} rows.
 */
final class WholeRows extends Region {
    /** The header's height before the table's skin exists (the style sheet's column header size). */
    private static final double HEADER_BEFORE_SKIN = 30;

    private final TableView<?> table;
    private final int minRows;

    WholeRows(TableView<?> table, int minRows) {
        if (table.getFixedCellSize() <= 0) {
            throw new IllegalArgumentException("the table needs a fixed cell size");
        }
        this.table = table;
        this.minRows = minRows;
        getChildren().add(table);
        getStyleClass().add("whole-rows");
    }

    /** The height of the table's frame and header, without its rows. */
    private double chrome() {
        Node header = table.lookup(".column-header-background");
        double headerHeight = header == null ? HEADER_BEFORE_SKIN : header.prefHeight(-1);
        return table.snappedTopInset() + table.snappedBottomInset() + headerHeight;
    }

    /** The height of a table showing {@code rows} whole rows. */
    private double tableHeight(int rows) {
        return Math.ceil(chrome() + rows * table.getFixedCellSize());
    }

    @Override
    protected double computeMinHeight(double width) {
        return snappedTopInset() + tableHeight(minRows) + snappedBottomInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + tableHeight(Math.max(minRows, table.getItems().size())) + snappedBottomInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + table.minWidth(-1) + snappedRightInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + table.prefWidth(-1) + snappedRightInset();
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth() - snappedLeftInset() - snappedRightInset();
        double room = getHeight() - snappedTopInset() - snappedBottomInset();
        int rows = (int) Math.max(minRows, Math.floor((room - chrome()) / table.getFixedCellSize()));
        double height = table.getItems().isEmpty() ? room : Math.min(room, tableHeight(rows));
        table.resizeRelocate(snappedLeftInset(), snappedTopInset(), width, height);
    }
}
