package io.github.cloudmckeys.ui;

import io.github.cloudmckeys.portal.ServiceEntry;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;

/**
 * The service search field with its suggestions, and the busy indicator. The field is
 * never disabled: the user may type while the portal is slow or failing.
 */
final class SearchBar extends HBox {
    /**
     * How long the suggestions wait after a keystroke. ControlsFX waits 250 ms by
     * default; the matcher answers in well under a millisecond, so the popup can follow
     * the typing and still show within 100 ms.
     */
    static final long SUGGESTION_DELAY_MILLIS = 40;

    private final TextField field = new TextField();
    private final MainViewModel model;
    private AutoCompletionBinding<ServiceEntry> completion;

    SearchBar(MainViewModel model) {
        getStyleClass().add("search-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);

        field.setId("serviceSearch");
        field.setPromptText(model.messages().get("window.search.prompt"));
        field.getStyleClass().add("search-field");
        field.setAccessibleText(model.messages().get("window.search.accessible"));
        HBox.setHgrow(field, Priority.ALWAYS);
        this.model = model;
        // Enter that no suggestion took: the best match for what was typed.
        field.setOnAction(event -> model.pickBestMatch(field.getText()));

        Label searchIcon = new Label();
        searchIcon.setGraphic(Icons.search());
        searchIcon.getStyleClass().add("search-icon");

        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("busy");
        busy.getStyleClass().add("busy-indicator");
        busy.visibleProperty().bind(model.busyProperty());
        StackPane busySlot = new StackPane(busy);
        busySlot.getStyleClass().add("busy-slot");

        getChildren().addAll(searchIcon, field, busySlot);
    }

    /**
     * Binds the suggestions to the field. Not in the constructor: ControlsFX and its popup take
     * a tenth of a second to load, which the first frame need not wait for (there is nothing
     * to suggest before the portal answers anyway). Once only.
     */
    void enableSuggestions() {
        if (completion != null) {
            return;
        }
        completion = TextFields.bindAutoCompletion(field, request -> model.suggest(request.getUserText()),
                new StringConverter<>() {
                    @Override
                    public String toString(ServiceEntry entry) {
                        return entry == null ? "" : model.displayText(entry);
                    }

                    @Override
                    public ServiceEntry fromString(String text) {
                        return null; // the field's text is never turned back into an entry here
                    }
                });
        completion.setDelay(SUGGESTION_DELAY_MILLIS);
        completion.setVisibleRowCount(10);
        completion.prefWidthProperty().bind(field.widthProperty());
        completion.setOnAutoCompleted(event -> model.select(event.getCompletion()));
    }

    TextField field() {
        return field;
    }

    /** Puts the cursor in the field with its text selected, so typing replaces it (Ctrl+F). */
    void focusSearch() {
        field.requestFocus();
        field.selectAll();
    }
}
