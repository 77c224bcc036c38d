package io.github.cloudmckeys.ui;

import io.github.cloudmckeys.credentials.CredentialField;
import io.github.cloudmckeys.logging.SecretRedactor;
import io.github.cloudmckeys.credentials.FieldRole;
import java.util.Objects;
import java.util.Optional;
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
    private final String roleTag;
    private final BooleanProperty revealed = new SimpleBooleanProperty(this, "revealed", false);
    private final StringBinding displayedValue;
    private final StringBinding tooltipText;

    /** A row without a role tag. */
    public CredentialRow(CredentialField field) {
        this(field, "");
    }

    /** @param roleTag what the field feeds and how that was decided ({@code OS_USERNAME · inferred}), or empty */
    public CredentialRow(CredentialField field, String roleTag) {
        this.field = Objects.requireNonNull(field, "field");
        this.roleTag = Objects.requireNonNull(roleTag, "roleTag");
        this.displayedValue = Bindings.createStringBinding(
                () -> isShown() || field.value().isEmpty() ? field.value() : SecretRedactor.MASK, revealed);
        this.tooltipText = Bindings.createStringBinding(() -> isShown() ? field.value() : "", revealed);
    }

    public String label() {
        return field.label();
    }

    /** The portal's key: what "Use as…" assigns a role to. */
    public String key() {
        return field.key();
    }

    /** The small tag next to the label; empty when nobody decided the field's role. */
    public String roleTag() {
        return roleTag;
    }

    /** The field's role, empty when it has none (unknown, or marked not used). */
    public Optional<FieldRole> role() {
        return field.role();
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
