package io.github.cloudmckeys.app.cli;

import io.github.cloudmckeys.session.PortalAccess;
import io.github.cloudmckeys.session.PortalClient;
import io.github.cloudmckeys.i18n.Message;
import io.github.cloudmckeys.i18n.Messages;
import io.github.cloudmckeys.logging.LiveSecrets;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/** Options shared by every subcommand that talks to a portal (their help: {@value CommandLineApp#HELP_BUNDLE}). */
final class PortalOptions {

    @Option(names = "--endpoint", paramLabel = "URL")
    String endpoint;

    @Option(names = "--api-key-env", paramLabel = "NAME")
    String apiKeyEnv;

    /** Only so that a key typed as an argument is refused without being echoed back (picocli quotes unknown ones). */
    @Option(names = "--api-key", hidden = true, paramLabel = "KEY")
    String apiKeyArgument;

    @Option(names = "--demo")
    boolean demo;

    @Option(names = "--demo-data", paramLabel = "FILE")
    Path demoData;

    /** Opens the chosen portal, or fails with a usage error (2) the user can act on. */
    PortalClient open(Map<String, String> env, Messages messages) throws CliFailure {
        if (apiKeyArgument != null) {
            LiveSecrets.register(apiKeyArgument);
            throw new CliFailure(ExitCodes.USAGE, Message.of("cli.apiKeyArgument", PortalAccess.API_KEY_VARIABLE));
        }
        PortalAccess choice;
        try {
            choice = PortalAccess.decide(demo, demoData, endpoint, apiKeyEnv, env);
        } catch (PortalAccess.ChoiceException e) {
            throw CliFailure.of(ExitCodes.USAGE, e); // Localized: said in the user's language, see FailureSentences
        }
        try {
            return PortalClient.open(choice, messages);
        } catch (IOException e) {
            throw CliFailure.of(ExitCodes.USAGE, e);
        }
    }
}
