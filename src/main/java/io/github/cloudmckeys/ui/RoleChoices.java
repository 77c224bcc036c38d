package io.github.cloudmckeys.ui;

import io.github.cloudmckeys.session.ConnectedPortal;
import io.github.cloudmckeys.credentials.FieldLabels;
import io.github.cloudmckeys.credentials.FieldRole;
import io.github.cloudmckeys.credentials.FieldRoles;
import io.github.cloudmckeys.credentials.ServiceCredentials;
import io.github.cloudmckeys.portal.ApiInfo;
import io.github.cloudmckeys.portal.ServiceEntry;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * "Use as…" in the window: the roles a field can be given, and giving one. The choice is kept
 * (per portal origin and kind of service) off the UI thread, then the fields and exports of
 * the service shown are made again from the keys already read, with no new portal call.
 */
public final class RoleChoices {
    private final MainViewModel model;
    private final ShownCredentials shownCredentials;
    private final FieldRoles roles;
    private final FieldLabels labels;
    private volatile RoleAssignmentKeeper keeper = RoleAssignmentKeeper.inMemory();
    private Shown shown;

    /** What is on screen, to make again. */
    private record Shown(ConnectedPortal from, ServiceEntry entry, ApiInfo info) {}

    RoleChoices(MainViewModel model, ShownCredentials shownCredentials, FieldRoles roles, FieldLabels labels) {
        this.model = model;
        this.shownCredentials = shownCredentials;
        this.roles = Objects.requireNonNull(roles, "roles");
        this.labels = Objects.requireNonNull(labels, "labels");
    }

    /** Where choices are kept from now on (the app gives the settings folder's). */
    public void keepIn(RoleAssignmentKeeper where) {
        keeper = Objects.requireNonNull(where, "where");
    }

    /** The credentials of {@code info} with the user's choices. Reads the disk: off the UI thread. */
    ServiceCredentials credentials(ConnectedPortal from, ServiceEntry entry, ApiInfo info) {
        return ServiceCredentials.of(entry, info, roles, labels, keeper.load(from.origin(), entry.serviceKind()));
    }

    /** On the UI thread, once these are the credentials shown. */
    void shown(ConnectedPortal from, ServiceEntry entry, ApiInfo info) {
        shown = new Shown(from, entry, info);
    }

    /** Another portal, nothing shown. */
    void clear() {
        shown = null;
    }

    /** Every role, in the order "Use as…" lists them. */
    public List<FieldRole> roles() {
        return List.of(FieldRole.values());
    }

    /** "User name (OS_USERNAME)", in the window's language. */
    public String roleText(FieldRole role) {
        return labels.labelFor(role) + " (" + role.feeds() + ")";
    }

    /**
     * Gives the field {@code key} of the service shown a role ({@code Optional.of(role)}),
     * marks it not used ({@code Optional.of(Optional.empty())}) or forgets what was said
     * ({@code Optional.empty()}); the table and the exports follow.
     */
    public void useAs(String key, Optional<Optional<FieldRole>> choice) {
        Shown now = shown;
        if (now == null) {
            return;
        }
        model.inBackground(() -> {
            keeper.save(now.from().origin(), now.entry().serviceKind(), key, choice);
            return credentials(now.from(), now.entry(), now.info());
        }, credentials -> {
            if (shown == now) {
                shownCredentials.show(credentials, now.from());
            }
        }, failure -> model.fail(failure, () -> useAs(key, choice)));
    }
}
