package io.github.cloudmckeys.app.cli;

import io.github.cloudmckeys.session.PortalClient;
import io.github.cloudmckeys.app.settings.RoleAssignmentStore;
import io.github.cloudmckeys.credentials.CredentialField;
import io.github.cloudmckeys.credentials.FieldRole;
import io.github.cloudmckeys.credentials.RoleAssignments;
import io.github.cloudmckeys.credentials.RoleTag;
import io.github.cloudmckeys.credentials.ServiceCredentials;
import io.github.cloudmckeys.i18n.Message;
import io.github.cloudmckeys.portal.ServiceEntry;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code roles --service S [--set KEY=ROLE]… [--clear KEY]…}: what role each field of a
 * service plays and how that was decided, and the user's corrections, kept per portal and
 * per kind of service. Every {@code --set} is checked before anything is saved.
 */
@Command(name = "roles", mixinStandardHelpOptions = true)
final class RolesCommand extends PortalCommand {

    @Option(names = {"-s", "--service"}, required = true, paramLabel = "TEXT")
    String service;

    @Option(names = "--set", paramLabel = "KEY=ROLE")
    List<String> set = new ArrayList<>();

    @Option(names = "--clear", paramLabel = "KEY")
    List<String> clear = new ArrayList<>();

    @Override
    int run(PortalClient session) throws CliFailure {
        Map<String, Optional<FieldRole>> wanted = new LinkedHashMap<>();
        for (String assignment : set) {
            parse(assignment, wanted);
        }
        ServiceEntry entry = select(session, service);
        RoleAssignmentStore store = roleStore();
        RoleAssignments before = store.load(session.origin(), entry.serviceKind()).assignments();
        try {
            for (Map.Entry<String, Optional<FieldRole>> change : wanted.entrySet()) {
                store.save(session.origin(), entry.serviceKind(), change.getKey(), Optional.of(change.getValue()));
                err().println(messages().get("roles.saved", change.getKey(),
                        change.getValue().map(FieldRole::kebabName).orElse(RoleTag.NOT_USED), entry.serviceKind(),
                        session.origin()));
            }
            for (String key : clear) {
                if (before.of(key).isEmpty() && !wanted.containsKey(key)) {
                    err().println(messages().get("roles.notAssigned", key));
                    continue;
                }
                store.save(session.origin(), entry.serviceKind(), key, Optional.empty());
                err().println(messages().get("roles.cleared", key));
            }
        } catch (IOException e) {
            throw CliFailure.of(ExitCodes.EXPORT_FAILED, e);
        }
        ServiceCredentials credentials = credentials(session, entry);
        out().print(table(credentials));
        RoleAssignments now = store.load(session.origin(), entry.serviceKind()).assignments();
        now.byKey().forEach((key, role) -> {
            if (credentials.fields().stream().noneMatch(f -> f.key().equals(key))) {
                out().println(messages().get("roles.staleKey", key,
                        role.map(FieldRole::kebabName).orElse(RoleTag.NOT_USED)));
            }
        });
        return ExitCodes.OK;
    }

    /** KEY=ROLE, split at the last "=" (role names have none); a role name that is none is a usage error. */
    private void parse(String assignment, Map<String, Optional<FieldRole>> wanted) throws CliFailure {
        int equals = assignment.lastIndexOf('=');
        if (equals <= 0) {
            throw new CliFailure(ExitCodes.USAGE, Message.of("roles.badAssignment", assignment));
        }
        String key = assignment.substring(0, equals);
        String name = assignment.substring(equals + 1).strip();
        if (name.equalsIgnoreCase(RoleTag.NOT_USED)) {
            wanted.put(key, Optional.empty());
            return;
        }
        Optional<FieldRole> role = FieldRole.ofKebabName(name);
        if (role.isEmpty()) {
            throw new CliFailure(ExitCodes.USAGE, Message.of("roles.unknownRole", name, names()));
        }
        wanted.put(key, role);
    }

    /** Every name {@code --set} takes, for its help and for the sentence that refuses another. */
    static String names() {
        return Stream.concat(Arrays.stream(FieldRole.values()).map(FieldRole::kebabName), Stream.of(RoleTag.NOT_USED))
                .collect(Collectors.joining(", "));
    }

    /** Key, label, role and how it was decided, one field a line, in the portal's order. */
    private String table(ServiceCredentials credentials) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {messages().get("roles.column.key"), messages().get("roles.column.label"),
            messages().get("roles.column.role"), messages().get("roles.column.source")});
        for (CredentialField field : credentials.fields()) {
            rows.add(new String[] {CredentialsTable.printable(field.key()), field.label(),
                RoleTag.roleName(field).isEmpty() ? "-" : RoleTag.roleName(field),
                RoleTag.source(field.source(), messages())});
        }
        return credentials.service().label() + System.lineSeparator() + CredentialsTable.columns(rows);
    }
}
