package io.github.cloudmckeys.credentials;

/** How a field's role was decided: shown next to the field, so that no guess is silent. */
public enum RoleSource {
    /** Nobody decided: the key is unknown and no rule fits it alone. */
    NONE,
    /** The alias table {@code field-roles.tsv} knows the key. */
    TABLE,
    /** {@link RoleInference} read it from the key's words and the value's shape. */
    INFERRED,
    /** The user said so ({@code roles --set} or "Use as…"), a role or "Not used". */
    ASSIGNED
}
