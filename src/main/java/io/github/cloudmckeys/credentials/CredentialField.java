package io.github.cloudmckeys.credentials;

import io.github.cloudmckeys.portal.ApiInfoField;
import java.util.Objects;
import java.util.Optional;

/**
 * One field of a service's credentials as shown to the user: the portal's key and
 * value (byte for byte), its flags, the role it plays (empty for a key nobody knows yet,
 * or one the user marked "Not used"), how that was decided, and the label to show.
 *
 * @param sensitive true when the portal flagged the field or its role is
 *     {@linkplain FieldRole#secretByNature() secret by nature}; the constructor
 *     enforces the latter, so a secret role can never be shown unmasked by mistake
 * @param source how the role was decided: the alias table, an inference, the user
 */
public record CredentialField(
        String key,
        String value,
        boolean sensitive,
        boolean environmentSpecific,
        Optional<FieldRole> role,
        String label,
        RoleSource source) {

    public CredentialField {
        key = key == null ? "" : key;
        value = value == null ? "" : value;
        role = Objects.requireNonNullElse(role, Optional.empty());
        sensitive = sensitive || role.map(FieldRole::secretByNature).orElse(false);
        label = Objects.requireNonNull(label, "label");
        source = Objects.requireNonNull(source, "source");
        if (role.isPresent() ? source == RoleSource.NONE : source != RoleSource.NONE && source != RoleSource.ASSIGNED) {
            throw new IllegalArgumentException("a role needs a source; only the user can say \"not used\"");
        }
    }

    /** A field whose role, if any, comes from the alias table. */
    public CredentialField(String key, String value, boolean sensitive, boolean environmentSpecific,
                           Optional<FieldRole> role, String label) {
        this(key, value, sensitive, environmentSpecific, role, label,
                role != null && role.isPresent() ? RoleSource.TABLE : RoleSource.NONE);
    }

    /** The field as the portal sent it, with its role and label looked up. */
    public static CredentialField of(ApiInfoField field, FieldRoles roles, FieldLabels labels) {
        Optional<FieldRole> role = roles.roleOf(field.key());
        String label = role.map(labels::labelFor).orElseGet(() -> labels.labelForUnknownKey(field.key()));
        return new CredentialField(field.key(), field.value(), field.sensitive(), field.environmentSpecific(),
                role, label);
    }

    /**
     * This field playing {@code newRole} (empty: not used), decided by {@code how}. The label
     * stays the one made from the portal's key when the table did not know it, so the user
     * still recognizes the field.
     */
    public CredentialField withRole(Optional<FieldRole> newRole, RoleSource how, FieldLabels labels) {
        String newLabel = source == RoleSource.TABLE ? label : labels.labelForUnknownKey(key);
        RoleSource newSource = newRole.isEmpty() && how != RoleSource.ASSIGNED ? RoleSource.NONE : how;
        return new CredentialField(key, value, sensitive, environmentSpecific, newRole, newLabel, newSource);
    }

    /** True when the value is empty or only whitespace: nothing to export. */
    public boolean isEmpty() {
        return value.isBlank();
    }

    /** Never shows a sensitive value, only whether there is one. */
    @Override
    public String toString() {
        String shown = !sensitive ? value : isEmpty() ? "(empty)" : "(secret)";
        return "CredentialField[key=" + key + ", value=" + shown + ", sensitive=" + sensitive
                + ", environmentSpecific=" + environmentSpecific
                + ", role=" + role.map(FieldRole::name).orElse("none") + ", label=" + label
                + ", source=" + source + "]";
    }
}
