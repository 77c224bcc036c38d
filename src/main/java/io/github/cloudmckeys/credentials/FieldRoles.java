package io.github.cloudmckeys.credentials;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Maps the portal's field keys to {@link FieldRole}s through one alias table, the
 * bundled resource {@value #RESOURCE}. Each line of the table is a role name followed
 * by its aliases, all separated by tabs; blank lines and lines starting with
 * {@code #} are ignored. An alias can be written any way (a portal label, an
 * environment variable name, a snake_case or camelCase key): aliases and keys are
 * compared after {@link #normalizeKey(String) normalization}.
 *
 * <p>The table is checked when it is loaded: an unknown role, a role on two lines or
 * an alias claimed by two roles fails loudly, naming the line and the alias.
 */
public final class FieldRoles {
    static final String RESOURCE = "/io/github/cloudmckeys/credentials/field-roles.tsv";

    private final Map<String, FieldRole> roleByNormalizedAlias;
    private final Map<FieldRole, List<String>> aliasesByRole;

    private FieldRoles(Map<String, FieldRole> roleByNormalizedAlias, Map<FieldRole, List<String>> aliasesByRole) {
        this.roleByNormalizedAlias = roleByNormalizedAlias;
        this.aliasesByRole = aliasesByRole;
    }

    /** The bundled table. @throws IllegalStateException when it is missing or invalid (a build defect) */
    public static FieldRoles load() {
        InputStream in = FieldRoles.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("The field role table " + RESOURCE + " is missing from the application.");
        }
        try (in) {
            return parse(in, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the field role table " + RESOURCE, e);
        }
    }

    /** Reads a table in UTF-8; {@code source} names it in error messages. */
    static FieldRoles parse(InputStream in, String source) throws IOException {
        return parse(new InputStreamReader(in, StandardCharsets.UTF_8), source);
    }

    /** Reads a table; {@code source} names it in error messages. @throws IllegalStateException when invalid */
    static FieldRoles parse(Reader reader, String source) throws IOException {
        Map<String, FieldRole> roleByAlias = new HashMap<>();
        Map<String, Integer> lineOfAlias = new HashMap<>();
        Map<FieldRole, List<String>> aliasesByRole = new EnumMap<>(FieldRole.class);
        Map<FieldRole, Integer> lineOfRole = new EnumMap<>(FieldRole.class);
        BufferedReader lines = new BufferedReader(reader);
        int lineNumber = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            lineNumber++;
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            String roleName = cells[0].strip();
            FieldRole role = roleNamed(roleName, source, lineNumber);
            Integer earlier = lineOfRole.putIfAbsent(role, lineNumber);
            if (earlier != null) {
                throw invalid(source, lineNumber, "role " + role + " is already listed on line " + earlier);
            }
            List<String> aliases = new ArrayList<>();
            for (int i = 1; i < cells.length; i++) {
                String alias = cells[i].strip();
                if (alias.isEmpty()) {
                    continue; // two tabs in a row: harmless
                }
                String normalized = normalizeKey(alias);
                if (normalized.isEmpty()) {
                    throw invalid(source, lineNumber, "alias \"" + alias + "\" has no letter or digit");
                }
                FieldRole claimed = roleByAlias.putIfAbsent(normalized, role);
                if (claimed != null && claimed != role) {
                    throw invalid(source, lineNumber, "alias \"" + alias + "\" of " + role
                            + " is already an alias of " + claimed + " (line " + lineOfAlias.get(normalized)
                            + "); keys are compared as \"" + normalized + "\"");
                }
                lineOfAlias.putIfAbsent(normalized, lineNumber);
                aliases.add(alias);
            }
            if (aliases.isEmpty()) {
                throw invalid(source, lineNumber, "role " + role + " has no alias (aliases are separated by tabs)");
            }
            aliasesByRole.put(role, Collections.unmodifiableList(aliases));
        }
        return new FieldRoles(Map.copyOf(roleByAlias), Collections.unmodifiableMap(aliasesByRole));
    }

    private static FieldRole roleNamed(String name, String source, int lineNumber) {
        try {
            return FieldRole.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw invalid(source, lineNumber, "\"" + name + "\" is not a field role (expected a name of "
                    + FieldRole.class.getSimpleName() + " followed by tab-separated aliases)");
        }
    }

    private static IllegalStateException invalid(String source, int lineNumber, String what) {
        return new IllegalStateException("Invalid field role table " + source + ", line " + lineNumber + ": " + what);
    }

    /** The role of a portal key, empty when the table does not know the key. */
    public Optional<FieldRole> roleOf(String key) {
        if (key == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(roleByNormalizedAlias.get(normalizeKey(key)));
    }

    /** The aliases of a role as the table writes them, in table order; empty when the table has none. */
    public List<String> aliases(FieldRole role) {
        return aliasesByRole.getOrDefault(role, List.of());
    }

    /**
     * The form in which keys and aliases are compared: accents stripped, lower case,
     * and everything that is not a letter or digit dropped, so that {@code user_name},
     * {@code userName}, {@code User name} and {@code USER-NAME} are one key.
     */
    static String normalizeKey(String key) {
        String decomposed = Normalizer.normalize(key, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        decomposed.toLowerCase(Locale.ROOT).codePoints()
                .filter(Character::isLetterOrDigit)
                .forEach(out::appendCodePoint);
        return out.toString();
    }
}
