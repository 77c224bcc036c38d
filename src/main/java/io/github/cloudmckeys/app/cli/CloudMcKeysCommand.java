package io.github.cloudmckeys.app.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "cloudmc-keys",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
                "Your CloudMC service API keys as ready-to-source shell exports.",
                "Without a subcommand, `cloudmc-keys` opens the window."},
        subcommands = {ListCommand.class, ShowCommand.class, ExportCommand.class, CheckCommand.class},
        footer = {"",
                "Environment:",
                "  CLOUDMC_ENDPOINT  the portal's API endpoint (the demo portal when unset)",
                "  CLOUDMC_API_KEY   your API key from the portal's API credentials page",
                "",
                "Exit codes: 0 ok, 1 the script could not be made or saved, 2 usage,",
                "            3 service not found or ambiguous, 4 the portal refused the key,",
                "            5 portal unreachable or not the API.",
                "            check: 6 Keystone refused the credentials, 5 Keystone unreachable."})
final class CloudMcKeysCommand implements Callable<Integer> {
    final Map<String, String> env;

    @Spec
    CommandSpec spec;

    CloudMcKeysCommand(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
