package io.github.cloudmckeys.app.cli;

import io.github.cloudmckeys.session.PortalClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "show", mixinStandardHelpOptions = true)
final class ShowCommand extends PortalCommand {

    @Option(names = {"-s", "--service"}, required = true, paramLabel = "TEXT")
    String service;

    @Option(names = "--reveal")
    boolean reveal;

    @Option(names = {"-l", "--long"})
    boolean longForm;

    @Override
    int run(PortalClient session) throws CliFailure {
        out().print(CredentialsTable.render(credentials(session, service), reveal, longForm, messages()));
        return ExitCodes.OK;
    }
}
