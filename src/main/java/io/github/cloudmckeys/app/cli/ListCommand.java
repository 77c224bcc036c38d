package io.github.cloudmckeys.app.cli;

import io.github.cloudmckeys.session.PortalClient;
import io.github.cloudmckeys.portal.ServiceEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "list", mixinStandardHelpOptions = true)
final class ListCommand extends PortalCommand {

    @Option(names = {"-l", "--long"})
    boolean longFormat;

    @Override
    int run(PortalClient session) throws CliFailure {
        for (ServiceEntry entry : ServiceSelection.services(session.api())) {
            if (longFormat) {
                String organization = entry.organizationName() == null ? "" : entry.organizationName();
                out().println(String.join("\t", entry.label(), organization, entry.connectionId(), entry.environmentId()));
            } else {
                out().println(entry.label());
            }
        }
        return ExitCodes.OK;
    }
}
