package io.github.cloudmckeys.credentials;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The roles the user gave to field keys of one kind of service on one portal: key to role,
 * or to nothing for "Not used". Keys only: an assignment never holds a value. A key the
 * portal no longer sends is kept (and reported by {@code roles}): it does no harm.
 */
public record RoleAssignments(Map<String, Optional<FieldRole>> byKey) {

    public RoleAssignments {
        byKey = Map.copyOf(Objects.requireNonNull(byKey, "byKey"));
    }

    public static RoleAssignments none() {
        return new RoleAssignments(Map.of());
    }

    /** What the user said of {@code key}: empty when nothing, a role, or "not used" (an empty role). */
    public Optional<Optional<FieldRole>> of(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** @param role the role, or empty for "Not used" */
    public RoleAssignments with(String key, Optional<FieldRole> role) {
        Map<String, Optional<FieldRole>> next = new LinkedHashMap<>(byKey);
        next.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(role, "role"));
        return new RoleAssignments(next);
    }

    public RoleAssignments without(String key) {
        Map<String, Optional<FieldRole>> next = new LinkedHashMap<>(byKey);
        next.remove(key);
        return new RoleAssignments(next);
    }

    public boolean isEmpty() {
        return byKey.isEmpty();
    }
}
