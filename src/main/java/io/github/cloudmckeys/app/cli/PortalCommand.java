package io.github.cloudmckeys.app.cli;

import io.github.cloudmckeys.session.PortalClient;
import io.github.cloudmckeys.app.settings.RoleAssignmentStore;
import io.github.cloudmckeys.app.settings.XdgSettingsStore;
import io.github.cloudmckeys.credentials.FieldLabels;
import io.github.cloudmckeys.credentials.FieldRoles;
import io.github.cloudmckeys.credentials.ServiceCredentials;
import io.github.cloudmckeys.i18n.Messages;
import io.github.cloudmckeys.portal.ApiInfo;
import io.github.cloudmckeys.portal.PortalException;
import io.github.cloudmckeys.portal.ServiceEntry;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What every subcommand that reads a portal shares: its options, its streams, one service's keys. */
abstract class PortalCommand implements Callable<Integer> {

    @ParentCommand
    CloudMcKeysCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    PortalOptions portal;

    @Override
    public final Integer call() throws CliFailure {
        checkBeforePortal();
        int code;
        try (PortalClient session = portal.open(parent, err())) {
            code = run(session);
            out().flush();
        }
        return afterPortal(code);
    }

    /** What can be refused before the portal is asked. */
    void checkBeforePortal() throws CliFailure {
    }

    abstract int run(PortalClient session) throws CliFailure;

    /** What runs once the portal is closed (exec's command): by default nothing, and {@code code} stands. */
    int afterPortal(int code) throws CliFailure {
        return code;
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** The user's language. */
    Messages messages() {
        return parent.messages;
    }

    /** The keys of the one service {@code query} names, with the user's role assignments. */
    ServiceCredentials credentials(PortalClient session, String query) throws CliFailure {
        return credentials(session, select(session, query));
    }

    /** The one service {@code query} names. */
    ServiceEntry select(PortalClient session, String query) throws CliFailure {
        return ServiceSelection.select(ServiceSelection.services(session.api()), query, messages());
    }

    /**
     * The keys of {@code entry}, labelled in the user's language, their roles decided by the
     * user's assignments, the alias table and the inference: the one path every export reads.
     * Assignments the settings file holds but cannot use are reported on the error stream.
     */
    ServiceCredentials credentials(PortalClient session, ServiceEntry entry) throws CliFailure {
        ApiInfo info;
        try {
            info = session.api().apiInfo(entry.connectionId(), entry.environmentId());
        } catch (PortalException e) {
            throw CliFailure.of(e);
        }
        RoleAssignmentStore.Loaded assigned = roleStore().load(session.origin(), entry.serviceKind());
        assigned.problems().forEach(problem -> err().println(messages().format(problem)));
        return ServiceCredentials.of(entry, info, FieldRoles.load(), FieldLabels.load(messages().language().locale()),
                assigned.assignments());
    }

    /** Where the user's role assignments are kept: next to the settings the environment points to. */
    RoleAssignmentStore roleStore() {
        return new RoleAssignmentStore(XdgSettingsStore.forEnvironment(parent.env,
                Path.of(parent.env.getOrDefault("HOME", System.getProperty("user.home")))));
    }
}
