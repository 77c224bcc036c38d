package io.github.cloudmckeys.render.config;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What "Add to my …" puts into the user's own configuration file: one named entry,
 * replacing an entry of the same name (only once the user agreed, see {@link ConfigMerger}).
 */
public sealed interface ConfigEntry {

    /** The cloud, profile or remote name. */
    String name();

    /**
     * One openstacksdk cloud.
     *
     * @param cloudsYaml a clouds.yaml holding this cloud only, as the YAML library wrote it
     * @param secureYaml the secure.yaml holding its password, when the password is split off
     */
    record Cloud(String name, String cloudsYaml, Optional<String> secureYaml) implements ConfigEntry {
        public Cloud {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(cloudsYaml, "cloudsYaml");
            Objects.requireNonNull(secureYaml, "secureYaml");
        }

        /** Never the YAML: it may hold the password. */
        @Override
        public String toString() {
            return "Cloud[" + name + (secureYaml.isPresent() ? ", password in secure.yaml" : "") + "]";
        }
    }

    /** Sections of an INI file (AWS credentials or config, rclone.conf), written in this order. */
    record Ini(String name, List<IniSection> sections) implements ConfigEntry {
        public Ini {
            Objects.requireNonNull(name, "name");
            sections = List.copyOf(sections);
        }
    }

    /**
     * One {@code [header]} and its lines, each already written as the file's reader expects.
     *
     * @param header the text between the brackets, e.g. {@code profile ccontini}
     * @param aliases other headers that name the same entry (the AWS config's {@code [profile default]}
     *     is its {@code [default]}), replaced as well
     */
    record IniSection(String header, List<String> aliases, List<String> lines) {
        public IniSection {
            Objects.requireNonNull(header, "header");
            aliases = List.copyOf(aliases);
            lines = List.copyOf(lines);
        }

        /** Never the lines: they hold secret keys. */
        @Override
        public String toString() {
            return "IniSection[" + header + ", " + lines.size() + " lines]";
        }
    }
}
