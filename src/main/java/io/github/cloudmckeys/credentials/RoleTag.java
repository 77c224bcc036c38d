package io.github.cloudmckeys.credentials;

import io.github.cloudmckeys.i18n.Messages;

/**
 * The small tag that says, next to a field, what it feeds and how that was decided:
 * {@code OS_USERNAME · inferred}. One wording for the window and the command line.
 */
public final class RoleTag {
    private RoleTag() {}

    /** The tag of {@code field}; empty for a field nobody decided. */
    public static String of(CredentialField field, Messages messages) {
        if (field.source() == RoleSource.NONE) {
            return "";
        }
        String role = field.role().map(FieldRole::feeds).orElseGet(() -> messages.get("roles.notUsed"));
        return role + " · " + source(field.source(), messages);
    }

    /** How a role was decided, in a word or two: table, inferred, assigned by you. */
    public static String source(RoleSource source, Messages messages) {
        return messages.get("roles.source." + source.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** The role's name as {@code roles --set} takes it, or {@code not-used}; empty for a field nobody decided. */
    public static String roleName(CredentialField field) {
        if (field.source() == RoleSource.NONE) {
            return "";
        }
        return field.role().map(FieldRole::kebabName).orElse(NOT_USED);
    }

    /** What {@code roles --set KEY=not-used} and the settings write for "Not used". */
    public static final String NOT_USED = "not-used";
}
