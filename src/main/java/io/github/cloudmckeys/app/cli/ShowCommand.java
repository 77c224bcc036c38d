package io.github.cloudmckeys.app.cli;

import io.github.cloudmckeys.app.PortalSession;
import io.github.cloudmckeys.credentials.FieldLabels;
import io.github.cloudmckeys.credentials.FieldRoles;
import io.github.cloudmckeys.credentials.ServiceCredentials;
import io.github.cloudmckeys.portal.ApiInfo;
import io.github.cloudmckeys.portal.PortalException;
import io.github.cloudmckeys.portal.ServiceEntry;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show one service's API keys as a table, secrets masked.")
final class ShowCommand implements Callable<Integer> {

    @ParentCommand
    CloudMcKeysCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    PortalOptions portal;

    @Option(names = {"-s", "--service"}, required = true, paramLabel = "TEXT",
            description = "The service, as the search field takes it: a few letters of"
                    + " \"Connection / Environment\" are enough when they match one service.")
    String service;

    @Option(names = "--reveal", description = "Show secret values instead of masking them.")
    boolean reveal;

    @Override
    public Integer call() throws CliFailure {
        try (PortalSession session = portal.open(parent.env)) {
            ServiceEntry entry = ServiceSelection.select(ServiceSelection.services(session.api()), service);
            ApiInfo info;
            try {
                info = session.api().apiInfo(entry.connectionId(), entry.environmentId());
            } catch (PortalException e) {
                throw CliFailure.of(e);
            }
            ServiceCredentials credentials = ServiceCredentials.of(entry, info, FieldRoles.load(),
                    FieldLabels.load(Locale.getDefault()));
            PrintWriter out = spec.commandLine().getOut();
            out.print(CredentialsTable.render(credentials, reveal));
            out.flush();
            return ExitCodes.OK;
        }
    }
}
