package io.github.cloudmckeys.app.cli;

import io.github.cloudmckeys.app.PortalChoice;
import io.github.cloudmckeys.app.PortalSession;
import io.github.cloudmckeys.i18n.Message;
import io.github.cloudmckeys.i18n.Messages;
import io.github.cloudmckeys.logging.LiveSecrets;
import io.github.cloudmckeys.net.NetException;
import io.github.cloudmckeys.net.NetSession;
import io.github.cloudmckeys.net.ProxyPreference;
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

    @Option(names = "--ca-file", paramLabel = "FILE")
    Path caFile;

    /** Opens the chosen portal, or fails with a usage error (2) the user can act on. */
    PortalSession open(Map<String, String> env, Messages messages) throws CliFailure {
        if (apiKeyArgument != null) {
            LiveSecrets.register(apiKeyArgument);
            throw new CliFailure(ExitCodes.USAGE, Message.of("cli.apiKeyArgument", PortalChoice.API_KEY_VARIABLE));
        }
        PortalChoice choice;
        try {
            choice = PortalChoice.decide(demo, demoData, endpoint, apiKeyEnv, env);
        } catch (PortalChoice.ChoiceException e) {
            throw CliFailure.of(ExitCodes.USAGE, e); // Localized: said in the user's language, see Sentences
        }
        NetSession net;
        try {
            // As curl: proxies from the environment only, never the desktop's setting.
            net = NetSession.open(env, ProxyPreference.NONE, NetSession.caFile(caFile, env));
        } catch (NetException e) {
            throw CliFailure.of(ExitCodes.USAGE, e);
        }
        try {
            return PortalSession.open(choice, messages, net);
        } catch (IOException e) {
            net.close();
            throw CliFailure.of(ExitCodes.USAGE, e);
        }
    }
}
