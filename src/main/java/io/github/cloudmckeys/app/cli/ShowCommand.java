package io.github.cloudmckeys.app.cli;

import io.github.cloudmckeys.app.PortalSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show one service's API keys as a table, secrets masked.")
final class ShowCommand extends PortalCommand {

    @Option(names = {"-s", "--service"}, required = true, paramLabel = "TEXT",
            description = "The service, as the search field takes it: a few letters of"
                    + " \"Connection / Environment\" are enough when they match one service.")
    String service;

    @Option(names = "--reveal", description = "Show secret values instead of masking them.")
    boolean reveal;

    @Override
    int run(PortalSession session) throws CliFailure {
        out().print(CredentialsTable.render(credentials(session, service), reveal));
        return ExitCodes.OK;
    }
}
