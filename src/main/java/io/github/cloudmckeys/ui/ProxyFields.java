package io.github.cloudmckeys.ui;

import io.github.cloudmckeys.i18n.Messages;
import io.github.cloudmckeys.net.NetException;
import io.github.cloudmckeys.net.ProxyPreference;
import io.github.cloudmckeys.net.ProxyRules;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;

/**
 * The proxy in Preferences…: the system's setting, none, or a URL typed here, checked as it is
 * typed (the sentence says what is wrong, never quoting the URL, which may hold a login).
 */
final class ProxyFields {
    private final ChoiceBox<ProxyPreference.Mode> mode;
    private final TextField url;
    private final Label label;
    private final Label problem;
    private final Label hint;
    private final Messages messages;

    private ProxyFields(ChoiceBox<ProxyPreference.Mode> mode, TextField url, Label label, Label problem, Label hint,
                        Messages messages) {
        this.mode = mode;
        this.url = url;
        this.label = label;
        this.problem = problem;
        this.hint = hint;
        this.messages = messages;
    }

    static ProxyFields create(ProxyPreference current, Messages messages) {
        ChoiceBox<ProxyPreference.Mode> mode = new ChoiceBox<>();
        mode.setId("proxyMode");
        mode.getItems().setAll(ProxyPreference.Mode.values());
        mode.setConverter(new StringConverter<>() {
            @Override
            public String toString(ProxyPreference.Mode value) {
                return value == null ? "" : messages.get("preferences.proxy." + value.name().toLowerCase(
                        java.util.Locale.ROOT));
            }

            @Override
            public ProxyPreference.Mode fromString(String text) {
                throw new UnsupportedOperationException("a choice box is not edited");
            }
        });
        mode.setValue(current.mode());
        TextField url = new TextField(current.manualUrl().orElse(""));
        url.setId("proxyUrl");
        url.setPromptText(messages.get("preferences.proxy.prompt"));
        url.disableProperty().bind(mode.valueProperty().isNotEqualTo(ProxyPreference.Mode.MANUAL));
        Label label = new Label(messages.get("preferences.proxy.label"));
        label.setLabelFor(mode);
        Label problem = new Label();
        problem.setId("proxyProblem");
        problem.setWrapText(true);
        problem.setMaxWidth(440);
        problem.getStyleClass().add("hint");
        Label hint = new Label(messages.get("preferences.proxy.hint"));
        hint.setWrapText(true);
        hint.setMaxWidth(440);
        hint.getStyleClass().add("hint");
        ProxyFields fields = new ProxyFields(mode, url, label, problem, hint, messages);
        problem.textProperty().bind(Bindings.createStringBinding(fields::problemText, mode.valueProperty(),
                url.textProperty()));
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        return fields;
    }

    void addTo(GridPane grid, int row) {
        grid.addRow(row, label, mode, url);
        grid.add(problem, 0, row + 1, 3, 1);
        grid.add(hint, 0, row + 2, 3, 1);
    }

    /** True while Manual is chosen with a URL that cannot be used. */
    BooleanBinding invalid() {
        return problem.textProperty().isNotEmpty();
    }

    ProxyPreference chosen() {
        return new ProxyPreference(mode.getValue(), Optional.of(url.getText()));
    }

    private String problemText() {
        if (mode.getValue() != ProxyPreference.Mode.MANUAL) {
            return "";
        }
        try {
            ProxyRules.of(Map.of(), ProxyPreference.manual(url.getText() == null ? "" : url.getText()));
            return url.getText() == null || url.getText().isBlank() ? messages.get("preferences.proxy.missing") : "";
        } catch (NetException e) {
            return messages.sentence(e);
        }
    }
}
