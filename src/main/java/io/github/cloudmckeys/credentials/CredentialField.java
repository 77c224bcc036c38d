package io.github.cloudmckeys.credentials;

import io.github.cloudmckeys.portal.ApiInfoField;
import java.util.Objects;
import java.util.Optional;

/**
 * One field of a service's credentials as shown to the user: the portal's key and
 * value (byte for byte), its flags, the role the alias table gives the key (empty for
 * a key nobody knows yet) and the label to show.
 *
 * @param sensitive true when the portal flagged the field or its role is
 *     {@linkplain FieldRole#secretByNature() secret by nature}; the constructor
 *     enforces the latter, so a secret role can never be shown unmasked by mistake
 */
public record CredentialField(
        String key,
        String value,
        boolean sensitive,
        boolean environmentSpecific,
        Optional<FieldRole> role,
        String label) {

    public CredentialField {
        key = key == null ? "" : key;
        value = value == null ? "" : value;
        role = Objects.requireNonNullElse(role, Optional.empty());
        sensitive = sensitive || role.map(FieldRole::secretByNature).orElse(false);
        label = Objects.requireNonNull(label, "label");
    }

    /** The field as the portal sent it, with its role and label looked up. */
    public static CredentialField of(ApiInfoField field, FieldRoles roles, FieldLabels labels) {
        Optional<FieldRole> role = roles.roleOf(field.key());
        String label = role.map(labels::labelFor).orElseGet(() -> labels.labelForUnknownKey(field.key()));
        return new CredentialField(field.key(), field.value(), field.sensitive(), field.environmentSpecific(),
                role, label);
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
                + ", role=" + role.map(FieldRole::name).orElse("none") + ", label=" + label + "]";
    }
}
