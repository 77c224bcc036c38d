package io.github.cloudmckeys.credentials;

import io.github.cloudmckeys.logging.LiveSecrets;
import io.github.cloudmckeys.portal.ApiInfo;
import io.github.cloudmckeys.portal.ServiceEntry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The credentials of one service entry: every field the portal sent, in the portal's
 * order, none dropped (unknown keys, empty values and repeated keys are all kept, so
 * the user sees what the portal shows), plus lookups by {@link FieldRole}.
 *
 * <p>A field's role is decided, in this order, by the user's {@link RoleAssignments}, the
 * alias table, then {@link RoleInference} for the keys neither knows.
 *
 * <p>When several fields share a role (a repeated key, two aliases of one role, or a
 * field the user assigned a role the table gave another), the lookups use the
 * <em>first field whose value is not blank</em>, the user's assignments first, then in
 * portal order: an empty duplicate never hides a filled one, and the user has the last word.
 */
public record ServiceCredentials(ServiceEntry service, List<CredentialField> fields) {

    public ServiceCredentials {
        Objects.requireNonNull(service, "service");
        fields = List.copyOf(fields);
    }

    /** The fields of {@code info}, each given its role and label. */
    public static ServiceCredentials of(ServiceEntry service, ApiInfo info, FieldRoles roles, FieldLabels labels) {
        return of(service, info, roles, labels, RoleAssignments.none());
    }

    /** The fields of {@code info}, each given its role (the user's, the table's or an inferred one) and label. */
    public static ServiceCredentials of(ServiceEntry service, ApiInfo info, FieldRoles roles, FieldLabels labels,
                                        RoleAssignments assignments) {
        List<CredentialField> fields = new ArrayList<>();
        for (var portalField : info.fields()) {
            CredentialField field = CredentialField.of(portalField, roles, labels);
            Optional<Optional<FieldRole>> assigned = assignments.of(field.key());
            fields.add(assigned.isPresent() ? field.withRole(assigned.get(), RoleSource.ASSIGNED, labels) : field);
        }
        RoleInference.infer(fields).forEach((index, role) ->
                fields.set(index, fields.get(index).withRole(Optional.of(role), RoleSource.INFERRED, labels)));
        ServiceCredentials credentials = new ServiceCredentials(service, fields);
        // Secret by the portal's flag or by its role: from now on no log line or error shows it.
        credentials.fields().stream().filter(CredentialField::sensitive).map(CredentialField::value)
                .forEach(LiveSecrets::registerShown);
        return credentials;
    }

    /** The first field with this role and a non-blank value. */
    public Optional<CredentialField> field(FieldRole role) {
        return fields.stream()
                .filter(f -> f.role().filter(role::equals).isPresent() && !f.isEmpty())
                .min(Comparator.comparing(f -> f.source() != RoleSource.ASSIGNED));
    }

    /**
     * The value of the first field with this role and a non-blank value, exactly as the
     * portal sent it (not stripped: a password may begin or end with a space).
     */
    public Optional<String> value(FieldRole role) {
        return field(role).map(CredentialField::value);
    }

    /** True when some field with this role has a non-blank value. */
    public boolean has(FieldRole role) {
        return field(role).isPresent();
    }

    /** The roles of {@code wanted} that no non-blank field fills, in {@code wanted}'s order, once each. */
    public List<FieldRole> missing(Collection<FieldRole> wanted) {
        return new LinkedHashSet<>(wanted).stream().filter(role -> !has(role)).toList();
    }

    /** Masks secrets: built from the fields' own masking {@code toString()}. */
    @Override
    public String toString() {
        return "ServiceCredentials[service=" + service.label() + ", fields=" + fields + "]";
    }
}
