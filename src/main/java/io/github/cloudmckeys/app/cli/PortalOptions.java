package io.github.cloudmckeys.app.cli;

import io.github.cloudmckeys.app.PortalChoice;
import io.github.cloudmckeys.app.PortalSession;
import io.github.cloudmckeys.logging.LiveSecrets;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/** Options shared by every subcommand that talks to a portal. */
final class PortalOptions {

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "The portal's API endpoint, as shown on its API credentials page"
                    + " (default: $" + PortalChoice.ENDPOINT_VARIABLE + ", else the demo portal).")
    String endpoint;

    @Option(names = "--api-key-env", paramLabel = "NAME",
            description = "Read the API key from this environment variable (default: "
                    + PortalChoice.API_KEY_VARIABLE + "). The key is never an argument: it would show in `ps`.")
    String apiKeyEnv;

    /** Only so that a key typed as an argument is refused without being echoed back (picocli quotes unknown ones). */
    @Option(names = "--api-key", hidden = true, paramLabel = "KEY")
    String apiKeyArgument;

    @Option(names = "--demo", description = "Use the embedded demo portal with sample data.")
    boolean demo;

    @Option(names = "--demo-data", paramLabel = "FILE",
            description = "Serve this JSON file from the demo portal instead of the sample data (implies --demo).")
    Path demoData;

    /** Opens the chosen portal, or fails with a usage error (2) the user can act on. */
    PortalSession open(Map<String, String> env) throws CliFailure {
        if (apiKeyArgument != null) {
            LiveSecrets.register(apiKeyArgument);
            throw new CliFailure(ExitCodes.USAGE, "The API key is never taken as an argument: it shows in `ps` and in"
                    + " your shell's history. Put it in " + PortalChoice.API_KEY_VARIABLE + " (or the variable"
                    + " --api-key-env names), and since it was typed on a command line, consider generating"
                    + " a new one.");
        }
        PortalChoice choice;
        try {
            choice = PortalChoice.decide(demo, demoData, endpoint, apiKeyEnv, env);
        } catch (PortalChoice.ChoiceException e) {
            throw new CliFailure(ExitCodes.USAGE, e.getMessage());
        }
        try {
            return PortalSession.open(choice);
        } catch (IOException e) {
            throw new CliFailure(ExitCodes.USAGE, e.getMessage());
        }
    }
}
