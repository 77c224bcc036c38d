package io.github.cloudmckeys.app.cli;

import io.github.cloudmckeys.i18n.Message;
import io.github.cloudmckeys.logging.LiveSecrets;
import io.github.cloudmckeys.portal.ApiKey;
import io.github.cloudmckeys.portal.HttpPortalApi;
import io.github.cloudmckeys.portal.PortalEndpoint;
import io.github.cloudmckeys.portal.PortalException;
import io.github.cloudmckeys.portal.PortalUser;
import io.github.cloudmckeys.session.KeyStoreException;
import io.github.cloudmckeys.session.PortalAccess;
import io.github.cloudmckeys.session.PortalRegistry;
import io.github.cloudmckeys.session.RememberedPortal;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code login [--endpoint URL] [--name NAME] [--default]}: reads the key (terminal without echo,
 * else one line of standard input, or {@code --api-key-env NAME}), checks it against the portal,
 * then remembers the portal in the settings and its key in the OS keyring. Never an argument.
 */
@Command(name = "login", mixinStandardHelpOptions = true)
final class LoginCommand extends DeskCommand {

    @Option(names = "--name", paramLabel = "NAME")
    String name;

    @Option(names = "--default")
    boolean makeDefault;

    @Option(names = "--api-key-env", paramLabel = "NAME")
    String apiKeyEnv;

    @Override
    int run() throws CliFailure {
        PortalRegistry registry = desk().registry();
        Optional<RememberedPortal> again = Optional.ofNullable(parent.portalName).flatMap(registry::find);
        String endpointText = parent.endpoint != null ? parent.endpoint
                : again.map(p -> p.endpoint().toString()).orElse(parent.env.get(PortalAccess.ENDPOINT_VARIABLE));
        if (endpointText == null || endpointText.isBlank()) {
            throw new CliFailure(ExitCodes.USAGE, Message.of("cli.login.needsEndpoint"));
        }
        PortalEndpoint endpoint;
        try {
            endpoint = PortalEndpoint.parse(endpointText);
        } catch (PortalException e) {
            throw CliFailure.of(ExitCodes.USAGE, e);
        }
        String portalName = name != null ? name : parent.portalName != null ? parent.portalName
                : registry.portals().stream().filter(p -> p.endpoint().equals(endpoint)).map(RememberedPortal::name)
                .findFirst().orElse(PortalRegistry.defaultName(endpoint));
        if (portalName.isBlank()) {
            throw new CliFailure(ExitCodes.USAGE, Message.of("cli.login.badName"));
        }
        ApiKey key = key(endpoint);
        PortalUser user;
        try {
            user = HttpPortalApi.create(endpoint, key).currentUser();
        } catch (PortalException e) {
            throw CliFailure.of(e);
        }
        desk().update(settings -> PortalRegistry.from(settings).remember(portalName, endpoint, makeDefault)
                .applyTo(settings));
        RememberedPortal remembered = desk().registry().find(portalName).orElseThrow();
        String who = user == null || user.displayName().isBlank() ? "?" : user.displayName();
        try {
            desk().keyStore().store(remembered, key);
        } catch (KeyStoreException e) {
            err().println(messages().sentence(e));
            err().println(messages().get("cli.login.doneNoKey", remembered.name(), who));
            return ExitCodes.EXPORT_FAILED;
        }
        err().println(messages().get("cli.login.done", remembered.name(), who, remembered.keyringLabel()));
        if (makeDefault) {
            err().println(messages().get("cli.login.default", remembered.name()));
        }
        return ExitCodes.OK;
    }

    private ApiKey key(PortalEndpoint endpoint) throws CliFailure {
        Optional<String> text;
        if (apiKeyEnv != null) {
            text = Optional.ofNullable(parent.env.get(apiKeyEnv)).filter(k -> !k.isBlank());
        } else {
            text = desk().readKey(messages().get("cli.login.prompt", endpoint.host()));
        }
        if (text.isEmpty()) {
            throw new CliFailure(ExitCodes.USAGE, apiKeyEnv != null ? Message.of("startup.noApiKey", apiKeyEnv)
                    : Message.of("cli.login.noKey"));
        }
        LiveSecrets.register(text.get().strip()); // from here on, no log line can show it
        return ApiKey.of(text.get());
    }
}
