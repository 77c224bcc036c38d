package io.github.cloudmckeys.ui;

import io.github.cloudmckeys.i18n.Messages;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.binding.StringBinding;
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
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * The credentials of the shown service: Field (with the tag of the role it plays) and Value
 * in the portal's order, a copy button on every row and a reveal toggle on secret rows.
 * Ctrl+C copies the selected row's value, revealed or not; "Use as…" gives it a role.
 */
final class CredentialsTable extends TableView<CredentialRow> {
    /** A value wider than this is elided in the middle, its whole text in the tooltip. */
    private static final double VALUE_MAX_WIDTH = 560;
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    CredentialsTable(MainViewModel model) {
        super(model.rows());
        Messages messages = model.messages();
        setId("credentials");
        getStyleClass().add("credentials");
        getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        // The last column (the row's buttons) takes the room left: they sit right after the value, not at the far edge.
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setFixedCellSize(32);
        Label placeholder = new Label();
        placeholder.setId("tablePlaceholder");
        placeholder.textProperty().bind(whatToDo(model, messages.get("window.table.placeholder")));
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("placeholder");
        setPlaceholder(placeholder);

        TableColumn<CredentialRow, CredentialRow> field = new TableColumn<>(messages.get("window.table.field"));
        field.setId("fieldColumn");
        field.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        field.setCellFactory(column -> new FieldCell()); // the label and the tag of the role it plays
        field.setMinWidth(120);
        // As wide as the longest label with its role tag, no wider (the room left goes after the buttons), and
        // at most 45 % of the table, so that values keep room at the smallest size.
        DoubleBinding fieldTexts = Bindings.createDoubleBinding(() -> fieldWidth(model.rows()), model.rows());
        field.prefWidthProperty().bind(Bindings.createDoubleBinding(() -> Math.min(fieldTexts.get(),
                Math.max(220, 0.45 * getWidth())), fieldTexts, widthProperty())); // texts measured once per service
        field.maxWidthProperty().bind(field.prefWidthProperty());
        field.setSortable(false);
        field.setReorderable(false);

        TableColumn<CredentialRow, CredentialRow> value = new TableColumn<>(messages.get("window.table.value"));
        value.setId("valueColumn");
        value.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        value.setCellFactory(column -> new ValueCell());
        value.setMinWidth(160);
        value.prefWidthProperty().bind(Bindings.createDoubleBinding(() -> widest(model.rows(), CredentialRow::value,
                Font.font("DejaVu Sans Mono", 12.5), 160, VALUE_MAX_WIDTH), model.rows()));
        value.maxWidthProperty().bind(value.prefWidthProperty());
        value.setSortable(false);
        value.setReorderable(false);

        TableColumn<CredentialRow, CredentialRow> actions = new TableColumn<>("");
        actions.setId("actionsColumn");
        actions.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        actions.setCellFactory(column -> new RowActionsCell(model));
        actions.setMinWidth(84);
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

    /** The field column's width for its widest label and role tag (10 px text, 5 px padding, 6 px apart). */
    private static double fieldWidth(List<CredentialRow> rows) {
        Text label = new Text();
        label.setFont(Font.font(13));
        Text tag = new Text();
        tag.setFont(Font.font(10));
        double widest = 0;
        for (CredentialRow row : rows) {
            label.setText(row.label());
            tag.setText(row.roleTag());
            double tagWidth = row.roleTag().isEmpty() ? 0 : 6 + tag.getLayoutBounds().getWidth() + 12;
            widest = Math.max(widest, label.getLayoutBounds().getWidth() + tagWidth);
        }
        return Math.max(220, Math.ceil(widest) + 28);
    }

    /**
     * A column's width for its widest text in {@code font}, between {@code least} and {@code most}: the
     * value's revealed, so that the buttons stay put when a secret is shown.
     */
    private static double widest(List<CredentialRow> rows, Function<CredentialRow, String> text, Font font,
                                 double least, double most) {
        Text measure = new Text();
        measure.setFont(font);
        double widest = 0;
        for (CredentialRow row : rows) {
            measure.setText(text.apply(row));
            widest = Math.max(widest, measure.getLayoutBounds().getWidth());
        }
        return Math.min(most, Math.max(least, Math.ceil(widest) + 28));
    }

    /**
     * {@code usual} while the window works; after a failure that left no service to pick, what to do
     * about it (the banner above says what happened).
     */
    static StringBinding whatToDo(MainViewModel model, String usual) {
        return Bindings.createStringBinding(() -> model.banner().messageProperty().get().isEmpty()
                        || !model.catalog().entries().isEmpty() ? usual
                        : model.messages().get(model.banner().retryAvailableProperty().get()
                                ? "window.failed.whatToDo" : "window.failed.connect"),
                model.banner().messageProperty(), model.banner().retryAvailableProperty(),
                model.catalog().entries());
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
