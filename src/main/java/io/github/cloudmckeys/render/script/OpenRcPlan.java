package io.github.cloudmckeys.render.script;

import io.github.cloudmckeys.credentials.FieldRole;
import io.github.cloudmckeys.credentials.IdentityVersion;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a script does, whatever its dialect: the variables it removes, the ones it sets
 * (in order), the password it asks for, and the comments it carries. Computed once from
 * the credentials by {@link OpenRcPlanner}, then rendered by each dialect, so the
 * OpenStack logic exists in one place only.
 *
 * @param notes comment lines for the header (missing fields …), already sanitized
 * @param unset variables removed first, so an earlier openrc or token cannot leak into this one
 * @param assignments variables set, in order
 * @param prompt the password to ask for, when the mode is {@link PasswordMode#PROMPT}
 * @param missing roles that could not be written
 */
public record OpenRcPlan(
        IdentityVersion version,
        PasswordMode passwordMode,
        List<String> notes,
        List<String> unset,
        List<Assignment> assignments,
        Optional<PasswordPrompt> prompt,
        List<FieldRole> missing) {

    public OpenRcPlan {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(passwordMode, "passwordMode");
        notes = List.copyOf(notes);
        unset = List.copyOf(unset);
        assignments = List.copyOf(assignments);
        Objects.requireNonNull(prompt, "prompt");
        missing = List.copyOf(missing);
    }

    /**
     * One variable set to one value.
     *
     * @param note a comment written just before it (sanitized), empty for none
     */
    public record Assignment(String variable, String value, String note) {
        public Assignment {
            Objects.requireNonNull(variable, "variable");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(note, "note");
        }

        /** Values can be passwords: never shown. */
        @Override
        public String toString() {
            return "Assignment[" + variable + "]";
        }
    }

    /**
     * A password the script asks for when it is sourced.
     *
     * @param promptText what the user reads, without the trailing colon (sanitized: one line)
     */
    public record PasswordPrompt(String variable, String promptText) {
        public PasswordPrompt {
            Objects.requireNonNull(variable, "variable");
            Objects.requireNonNull(promptText, "promptText");
        }
    }
}
