package io.github.cloudmckeys.ui;

import io.github.cloudmckeys.i18n.Messages;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The credentials of the shown service: Field (with the tag of the role it plays) and Value
 * in the portal's order, a copy button on every row and a reveal toggle on secret rows.
 * Ctrl+C copies the selected row's value, revealed or not; "Use as…" gives it a role.
 */
final class CredentialsTable extends TableView<CredentialRow> {
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    CredentialsTable(MainViewModel model) {
        super(model.rows());
        Messages messages = model.messages();
        setId("credentials");
        getStyleClass().add("credentials");
        getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        setFixedCellSize(32);
        Label placeholder = new Label(messages.get("window.table.placeholder"));
        placeholder.getStyleClass().add("placeholder");
        setPlaceholder(placeholder);

        TableColumn<CredentialRow, CredentialRow> field = new TableColumn<>(messages.get("window.table.field"));
        field.setId("fieldColumn");
        field.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        field.setCellFactory(column -> new FieldCell());
        field.setPrefWidth(220);
        field.setMinWidth(120);
        field.setMaxWidth(320);
        field.setSortable(false);
        field.setReorderable(false);

        TableColumn<CredentialRow, CredentialRow> value = new TableColumn<>(messages.get("window.table.value"));
        value.setId("valueColumn");
        value.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        value.setCellFactory(column -> new ValueCell());
        value.setMinWidth(160);
        value.setSortable(false);
        value.setReorderable(false);

        TableColumn<CredentialRow, CredentialRow> actions = new TableColumn<>("");
        actions.setId("actionsColumn");
        actions.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        actions.setCellFactory(column -> new RowActionsCell(model));
        actions.setMinWidth(84);
        actions.setMaxWidth(84);
        actions.setPrefWidth(84);
        actions.setResizable(false);
        actions.setSortable(false);
        actions.setReorderable(false);

        getColumns().setAll(List.of(field, value, actions));

        addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            CredentialRow selected = getSelectionModel().getSelectedItem();
            if (COPY.match(event) && selected != null) {
                model.copyValue(selected);
                event.consume();
            }
        });
        setContextMenu(contextMenu(model, messages));
    }

    private ContextMenu contextMenu(MainViewModel model, Messages messages) {
        MenuItem copy = new MenuItem(messages.get("window.table.copyValue"));
        copy.setAccelerator(COPY);
        copy.setOnAction(e -> {
            CredentialRow selected = getSelectionModel().getSelectedItem();
            if (selected != null) {
                model.copyValue(selected);
            }
        });
        MenuItem reveal = new MenuItem(messages.get("window.table.showOrHide"));
        reveal.setOnAction(e -> {
            CredentialRow selected = getSelectionModel().getSelectedItem();
            if (selected != null && selected.isSensitive()) {
                selected.revealedProperty().set(!selected.revealedProperty().get());
            }
        });
        Menu useAs = UseAsMenu.create(messages.get("window.table.useAs"), model.roleChoices(), messages, () -> {
            CredentialRow selected = getSelectionModel().getSelectedItem();
            return selected == null ? null : selected.key();
        }, List.of());
        useAs.setId("useAs");
        ContextMenu menu = new ContextMenu(copy, reveal, new SeparatorMenuItem(), useAs);
        menu.setOnShowing(e -> {
            CredentialRow selected = getSelectionModel().getSelectedItem();
            copy.setDisable(selected == null);
            useAs.setDisable(selected == null);
            reveal.setDisable(selected == null || !selected.isSensitive());
        });
        return menu;
    }
}
