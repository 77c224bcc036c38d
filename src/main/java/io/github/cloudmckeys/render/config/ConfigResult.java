package io.github.cloudmckeys.render.config;

import io.github.cloudmckeys.credentials.FieldRole;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A written configuration file or script, what to merge into the user's own file, and the
 * roles that could not be written.
 *
 * @param text the file or script as shown, copied and saved (with a header comment)
 * @param secureYaml for clouds.yaml with the password split off: the secure.yaml to go with it
 * @param entry what "Add to my …" puts into the user's file; empty for the scripts
 */
public record ConfigResult(ConfigFormat format, String text, Optional<String> secureYaml,
                           Optional<ConfigEntry> entry, List<FieldRole> missing) {

    public ConfigResult {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(secureYaml, "secureYaml");
        Objects.requireNonNull(entry, "entry");
        missing = List.copyOf(missing);
    }

    /** The text without a leading byte-order mark (PowerShell scripts), for the clipboard. */
    public String textForPasting() {
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }

    /** Never the text itself: it holds a password or a secret key. */
    @Override
    public String toString() {
        return "ConfigResult[" + format.cliName() + ", text=(" + text.length() + " chars)"
                + secureYaml.map(s -> ", secureYaml=(" + s.length() + " chars)").orElse("")
                + ", missing=" + missing + "]";
    }
}
