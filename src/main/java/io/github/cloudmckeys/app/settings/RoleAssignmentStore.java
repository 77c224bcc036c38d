package io.github.cloudmckeys.app.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cloudmckeys.credentials.FieldRole;
import io.github.cloudmckeys.credentials.RoleAssignments;
import io.github.cloudmckeys.credentials.RoleTag;
import io.github.cloudmckeys.files.OwnerOnlyFileWriter;
import io.github.cloudmckeys.files.SaveException;
import io.github.cloudmckeys.i18n.Message;
import io.github.cloudmckeys.portal.JsonTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The roles the user assigned to field keys, in {@value #FILE_NAME} next to the settings:
 * {@code {"portals": {ORIGIN: {KIND: {KEY: ROLE}}}}}, with ROLE a kebab-case role name or
 * {@value #NOT_USED}. Keyed by the portal endpoint's origin and by the kind of service, so
 * one assignment serves every environment of that service. Keys and role names only, never
 * a value. An entry that names no role is reported and ignored, and kept in the file: it is
 * replaced only when the user assigns that key again.
 */
public final class RoleAssignmentStore {
    static final String FILE_NAME = "field-roles.json";
    private static final String NOT_USED = RoleTag.NOT_USED;
    private static final String PORTALS = "portals";

    private final XdgSettingsStore settings;
    private final Path file;

    /** Loaded assignments, with one sentence per entry that was ignored. */
    public record Loaded(RoleAssignments assignments, List<Message> problems) {}

    public RoleAssignmentStore(XdgSettingsStore settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.file = settings.location().resolveSibling(FILE_NAME);
    }

    public Path location() {
        return file;
    }

    /** The assignments for one kind of service on one portal; a missing or unreadable file gives none. */
    public Loaded load(String origin, String kind) {
        List<Message> problems = new ArrayList<>();
        Map<String, Optional<FieldRole>> byKey = new LinkedHashMap<>();
        JsonNode entries = read(problems).path(PORTALS).path(origin).path(kind);
        entries.fields().forEachRemaining(entry -> {
            String name = entry.getValue().isTextual() ? entry.getValue().textValue() : entry.getValue().toString();
            Optional<FieldRole> role = FieldRole.ofKebabName(name);
            if (name.equals(NOT_USED)) {
                byKey.put(entry.getKey(), Optional.empty());
            } else if (role.isPresent()) {
                byKey.put(entry.getKey(), role);
            } else {
                problems.add(Message.of("roles.ignoredInSettings", file.toString(), name, entry.getKey()));
            }
        });
        return new Loaded(new RoleAssignments(byKey), List.copyOf(problems));
    }

    /**
     * Records what the user said of {@code key} ({@code role} empty for "Not used"), or forgets
     * it when {@code assignment} is empty; every other entry of the file stays as it was.
     */
    public void save(String origin, String kind, String key, Optional<Optional<FieldRole>> assignment)
            throws IOException {
        List<Message> problems = new ArrayList<>();
        ObjectNode root = read(problems).deepCopy();
        if (problems.stream().anyMatch(p -> p.key().equals("roles.unreadableSettings"))) {
            throw new SettingsSaveException(problems.get(0), null);  // never replace what could not be read
        }
        ObjectNode entries = child(child(child(root, PORTALS), origin), kind);
        if (assignment.isPresent()) {
            entries.put(key, assignment.get().map(FieldRole::kebabName).orElse(NOT_USED));
        } else {
            entries.remove(key);
        }
        settings.createFolder();
        try {
            OwnerOnlyFileWriter.write(file, JsonTree.writeIndented(root) + "\n", OwnerOnlyFileWriter.IfExists.REPLACE);
        } catch (SaveException e) {
            throw new SettingsSaveException(Message.of("settings.saveFailed", file.toString(),
                    Message.of("settings.reason.refused")), e);
        }
    }

    private static ObjectNode child(ObjectNode parent, String name) {
        JsonNode node = parent.get(name);
        return node instanceof ObjectNode object ? object : parent.putObject(name);
    }

    /** The file as a tree; an empty object when it is missing, and when it is not JSON (then kept aside, and said). */
    private ObjectNode read(List<Message> problems) {
        try {
            JsonNode root = JsonTree.readFirst(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
            if (root instanceof ObjectNode object) {
                return object;
            }
        } catch (NoSuchFileException e) {
            return JsonNodeFactory.instance.objectNode();
        } catch (JsonProcessingException e) {
            // Not JSON: handled below like any other shape that is not an object.
        } catch (IOException e) {
            problems.add(Message.of("roles.unreadableSettings", file.toString(), e.getClass().getSimpleName()));
            return JsonNodeFactory.instance.objectNode();
        }
        Path aside = file.resolveSibling(FILE_NAME + ".bad");
        try {
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            problems.add(Message.of("roles.corruptSettings", file.toString(), aside.toString()));
        } catch (IOException e) {
            problems.add(Message.of("roles.unreadableSettings", file.toString(), e.getClass().getSimpleName()));
        }
        return JsonNodeFactory.instance.objectNode();
    }
}
