package io.github.cloudmckeys.ui;

import io.github.cloudmckeys.app.settings.ThemeChoice;
import io.github.cloudmckeys.i18n.Language;
import io.github.cloudmckeys.i18n.Messages;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/**
 * The Preferences dialog: how long a copied secret stays on the clipboard, the language
 * (from the next start: the window is not rebuilt in place) and the appearance. Its result is the edited
 * {@link Preferences} on OK, null on Cancel. OK is disabled while the field does not hold
 * a whole number of seconds in range.
 */
public final class PreferencesDialog {
    private PreferencesDialog() {}

    /** Builds the dialog in English; the caller sets its owner and shows it. */
    public static Dialog<Preferences> create(Preferences current) {
        return create(current, Messages.english());
    }

    /** Builds the dialog in the user's language; the caller sets its owner and shows it. */
    public static Dialog<Preferences> create(Preferences current, Messages messages) {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(messages, "messages");
        Dialog<Preferences> dialog = new Dialog<>();
        dialog.setTitle(messages.get("preferences.title"));
        dialog.setHeaderText(messages.get("preferences.header"));
        dialog.getDialogPane().getStyleClass().add("preferences-dialog");
        // Our own buttons: JavaFX's built-in ones speak the JVM's locale, which may not be the chosen language.
        ButtonType okType = new ButtonType(messages.get("window.button.ok"), ButtonData.OK_DONE);
        ButtonType cancelType = new ButtonType(messages.get("window.button.cancel"), ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(okType, cancelType);

        Spinner<Integer> seconds = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(0,
                Preferences.MAX_CLIPBOARD_CLEAR_SECONDS, current.clipboardClearSeconds(), 5));
        seconds.setId("clipboardSeconds");
        seconds.setEditable(true);
        seconds.setPrefWidth(110);
        Label label = new Label(messages.get("preferences.clipboard.label"));
        label.setLabelFor(seconds);
        Label unit = new Label(messages.get("preferences.clipboard.unit"));
        Label hint = hint(messages.get("preferences.clipboard.hint"));

        ChoiceBox<Optional<Language>> language = languageChoice(current.language(), messages);
        Label languageLabel = new Label(messages.get("preferences.language.label"));
        languageLabel.setLabelFor(language);
        Label nextStart = hint(messages.get("preferences.language.nextStart"));
        nextStart.setId("languageNextStart");
        // Said as soon as another language is chosen: OK saves it, and the window stays as it is until then.
        nextStart.visibleProperty().bind(language.valueProperty().isNotEqualTo(current.language()));

        ProxyFields proxy = ProxyFields.create(current.proxy(), messages);
        ChoiceBox<ThemeChoice> theme = themeChoice(current.theme(), messages);
        Label themeLabel = new Label(messages.get("preferences.theme.label"));
        themeLabel.setLabelFor(theme);

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(10);
        grid.setPadding(new Insets(12, 12, 4, 12));
        grid.addRow(0, label, seconds, unit);
        grid.add(hint, 0, 1, 3, 1);
        grid.addRow(2, languageLabel, language);
        GridPane.setColumnSpan(language, 2);
        grid.add(nextStart, 0, 3, 3, 1);
        proxy.addTo(grid, 4);
        grid.addRow(7, themeLabel, theme);
        GridPane.setColumnSpan(theme, 2);
        dialog.getDialogPane().setContent(grid);

        Node ok = dialog.getDialogPane().lookupButton(okType);
        ok.disableProperty().bind(Bindings.createBooleanBinding(
                () -> seconds(seconds.getEditor().getText()).isEmpty(), seconds.getEditor().textProperty())
                .or(proxy.invalid()));
        dialog.setResultConverter(button -> button == okType
                ? new Preferences(seconds(seconds.getEditor().getText()).orElse(seconds.getValue()),
                        language.getValue(), proxy.chosen(), theme.getValue())
                : null);
        dialog.setOnShown(event -> seconds.getEditor().requestFocus());
        DialogSizing.fitContent(dialog);
        return dialog;
    }

    /** « System language », « English », « Français »: each language named in itself, so anyone finds their own. */
    private static ChoiceBox<Optional<Language>> languageChoice(Optional<Language> current, Messages messages) {
        ChoiceBox<Optional<Language>> choice = new ChoiceBox<>();
        choice.setId("language");
        choice.getItems().add(Optional.empty());
        for (Language language : Language.values()) {
            choice.getItems().add(Optional.of(language));
        }
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Optional<Language> language) {
                return language == null ? "" : language.map(PreferencesDialog::ownName)
                        .orElseGet(() -> messages.get("preferences.language.system"));
            }

            @Override
            public Optional<Language> fromString(String text) {
                throw new UnsupportedOperationException("a choice box is not edited");
            }
        });
        choice.setValue(current);
        return choice;
    }

    private static ChoiceBox<ThemeChoice> themeChoice(ThemeChoice current, Messages messages) {
        ChoiceBox<ThemeChoice> choice = new ChoiceBox<>();
        choice.setId("theme");
        choice.getItems().setAll(ThemeChoice.values());
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(ThemeChoice theme) {
                return theme == null ? "" : messages.get("preferences.theme." + theme.tag());
            }

            @Override
            public ThemeChoice fromString(String text) {
                throw new UnsupportedOperationException("a choice box is not edited");
            }
        });
        choice.setValue(current);
        return choice;
    }

    /** The language's name in the language itself. */
    static String ownName(Language language) {
        return Messages.of(language).get("preferences.language.ownName");
    }

    private static Label hint(String text) {
        Label hint = new Label(text);
        hint.setWrapText(true);
        hint.setMaxWidth(440);
        hint.setMinHeight(Region.USE_PREF_SIZE); // every line of it, never "…"
        GridPane.setFillWidth(hint, true);
        hint.getStyleClass().add("hint");
        return hint;
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
