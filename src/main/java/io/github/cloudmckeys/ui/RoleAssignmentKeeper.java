package io.github.cloudmckeys.ui;

import io.github.cloudmckeys.credentials.FieldRole;
import io.github.cloudmckeys.credentials.RoleAssignments;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where the roles the user gives fields ("Use as…") are kept, per portal origin and kind of
 * service. The app keeps them next to the settings; both calls may touch the disk, so they
 * run off the UI thread.
 */
public interface RoleAssignmentKeeper {

    RoleAssignments load(String origin, String kind);

    /** @param assignment a role, "not used" (an empty role), or empty to forget what was said of {@code key} */
    void save(String origin, String kind, String key, Optional<Optional<FieldRole>> assignment) throws IOException;

    /** Kept for this run only: until the app wires its own. */
    static RoleAssignmentKeeper inMemory() {
        Map<String, RoleAssignments> kept = new HashMap<>();
        return new RoleAssignmentKeeper() {
            @Override
            public synchronized RoleAssignments load(String origin, String kind) {
                return kept.getOrDefault(origin + "\n" + kind, RoleAssignments.none());
            }

            @Override
            public synchronized void save(String origin, String kind, String key,
                                          Optional<Optional<FieldRole>> assignment) {
                RoleAssignments now = load(origin, kind);
                kept.put(origin + "\n" + kind, assignment.map(role -> now.with(key, role)).orElseGet(() -> now.without(key)));
            }
        };
    }
}
