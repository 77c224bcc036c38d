package io.github.cloudmckeys.app.cli;

import io.github.cloudmckeys.session.PortalAccess;
import io.github.cloudmckeys.session.PortalClient;
import io.github.cloudmckeys.i18n.Message;
import io.github.cloudmckeys.i18n.Messages;
import io.github.cloudmckeys.logging.LiveSecrets;
import io.github.cloudmckeys.session.CommandPortal;
import io.github.cloudmckeys.net.NetException;
import io.github.cloudmckeys.net.NetSession;
import io.github.cloudmckeys.net.ProxyPreference;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/** Options shared by every subcommand that talks to a portal (their help: {@value CommandLineApp#HELP_BUNDLE}). */
final class PortalOptions {

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

    /** Opens the chosen portal, or fails with a usage error (2) the user can act on; says when it is the demo by default. */
    PortalClient open(CloudMcKeysCommand top, PrintWriter err) throws CliFailure {
        Map<String, String> env = top.env;
        Messages messages = top.messages;
        if (apiKeyArgument != null) {
            LiveSecrets.register(apiKeyArgument);
            throw new CliFailure(ExitCodes.USAGE, Message.of("cli.apiKeyArgument", PortalAccess.API_KEY_VARIABLE));
        }
        CommandPortal choice;
        try {
            choice = CommandPortal.choose(new CommandPortal.Options(demo, demoData, top.portalName, top.endpoint,
                    apiKeyEnv), env, top.desk.registry(), top.desk::keyStore);
        } catch (PortalAccess.ChoiceException e) {
            throw CliFailure.of(ExitCodes.USAGE, e); // Localized: said in the user's language, see FailureSentences
        }
        if (choice.fellBackToDemo()) {
            err.println(messages.get("access.demoFallback"));
        }
        NetSession net;
        try {
            // As curl: proxies from the environment only, never the desktop's setting.
            net = NetSession.open(env, ProxyPreference.NONE, NetSession.caFile(caFile, env));
        } catch (NetException e) {
            throw CliFailure.of(ExitCodes.USAGE, e);
        }
        try {
            return PortalClient.open(choice.access(), messages, net);
        } catch (IOException e) {
            net.close();
            throw CliFailure.of(ExitCodes.USAGE, e);
        }
    }
}
