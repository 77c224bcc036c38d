package io.github.cloudmckeys.app;

import io.github.cloudmckeys.app.settings.RoleAssignmentStore;
import io.github.cloudmckeys.credentials.FieldRole;
import io.github.cloudmckeys.credentials.RoleAssignments;
import io.github.cloudmckeys.i18n.Messages;
import io.github.cloudmckeys.ui.RoleAssignmentKeeper;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Logger;

/** The window's "Use as…" choices, kept in the same file as {@code roles --set}'s, next to the settings. */
public final class SettingsRoleKeeper implements RoleAssignmentKeeper {
    private static final Logger LOG = Logger.getLogger(SettingsRoleKeeper.class.getName());

    private final RoleAssignmentStore store;

    public SettingsRoleKeeper(RoleAssignmentStore store) {
        this.store = store;
    }

    /** Entries that name no role are ignored and said in the log (in English): keys and names, no value. */
    @Override
    public RoleAssignments load(String origin, String kind) {
        RoleAssignmentStore.Loaded loaded = store.load(origin, kind);
        loaded.problems().forEach(problem -> LOG.warning(() -> Messages.english().format(problem)));
        return loaded.assignments();
    }

    @Override
    public void save(String origin, String kind, String key, Optional<Optional<FieldRole>> assignment)
            throws IOException {
        store.save(origin, kind, key, assignment);
    }
}
