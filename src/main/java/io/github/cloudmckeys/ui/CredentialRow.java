package io.github.cloudmckeys.ui;

import io.github.cloudmckeys.credentials.CredentialField;
import io.github.cloudmckeys.logging.SecretRedactor;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableStringValue;

/**
 * One row of the credentials table: a field's label and value, masked while it is a
 * secret that the user has not revealed.
 */
public final class CredentialRow {
    private final CredentialField field;
    private final BooleanProperty revealed = new SimpleBooleanProperty(this, "revealed", false);
    private final StringBinding displayedValue;
    private final StringBinding tooltipText;

    public CredentialRow(CredentialField field) {
        this.field = Objects.requireNonNull(field, "field");
        this.displayedValue = Bindings.createStringBinding(
                () -> isShown() || field.value().isEmpty() ? field.value() : SecretRedactor.MASK, revealed);
        this.tooltipText = Bindings.createStringBinding(() -> isShown() ? field.value() : "", revealed);
    }

    public String label() {
        return field.label();
    }

    /** The value itself, revealed or not: for copying. */
    public String value() {
        return field.value();
    }

    public boolean isSensitive() {
        return field.sensitive();
    }

    public BooleanProperty revealedProperty() {
        return revealed;
    }

    /** The value, or {@link SecretRedactor#MASK} for a secret not revealed (an empty secret shows as empty). */
    public ObservableStringValue displayedValue() {
        return displayedValue;
    }

    /** The full value for a tooltip; empty for a secret not revealed. */
    public ObservableStringValue tooltipText() {
        return tooltipText;
    }

    private boolean isShown() {
        return !field.sensitive() || revealed.get();
    }

    /** Never shows a secret. */
    @Override
    public String toString() {
        return "CredentialRow[" + field + "]";
    }
}
