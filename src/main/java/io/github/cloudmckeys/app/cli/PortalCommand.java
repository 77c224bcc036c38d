package io.github.cloudmckeys.app.cli;

import io.github.cloudmckeys.app.PortalSession;
import io.github.cloudmckeys.credentials.FieldLabels;
import io.github.cloudmckeys.credentials.FieldRoles;
import io.github.cloudmckeys.credentials.ServiceCredentials;
import io.github.cloudmckeys.i18n.Messages;
import io.github.cloudmckeys.portal.ApiInfo;
import io.github.cloudmckeys.portal.PortalException;
import io.github.cloudmckeys.portal.ServiceEntry;
import java.io.PrintWriter;
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
        try (PortalSession session = portal.open(parent.env, messages())) {
            code = run(session);
            out().flush();
        }
        return afterPortal(code);
    }

    /** What can be refused before the portal is asked. */
    void checkBeforePortal() throws CliFailure {
    }

    abstract int run(PortalSession session) throws CliFailure;

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

    /** The keys of the one service {@code query} names, as the credentials model reads them. */
    ServiceCredentials credentials(PortalSession session, String query) throws CliFailure {
        return credentials(session, query, messages());
    }

    /** The keys of the one service {@code query} names, labelled in the user's language. */
    static ServiceCredentials credentials(PortalSession session, String query, Messages messages) throws CliFailure {
        ServiceEntry entry = ServiceSelection.select(ServiceSelection.services(session.api()), query, messages);
        ApiInfo info;
        try {
            info = session.api().apiInfo(entry.connectionId(), entry.environmentId());
        } catch (PortalException e) {
            throw CliFailure.of(e);
        }
        return ServiceCredentials.of(entry, info, FieldRoles.load(), FieldLabels.load(messages.language().locale()));
    }
}
