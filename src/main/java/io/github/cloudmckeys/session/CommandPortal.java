package io.github.cloudmckeys.session;

import io.github.cloudmckeys.i18n.Message;
import io.github.cloudmckeys.portal.ApiKey;
import io.github.cloudmckeys.portal.PortalEndpoint;
import io.github.cloudmckeys.portal.PortalException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The portal and key one command uses. {@code --portal NAME} names a remembered portal; else
 * {@code --endpoint} or {@value PortalAccess#ENDPOINT_VARIABLE}; else the default remembered
 * portal; else the demo portal, which the command then says on stderr. The key: the variable
 * {@code --api-key-env} names, else {@value PortalAccess#API_KEY_VARIABLE} if it belongs to
 * that endpoint (see {@link EnvironmentKey}), else the keyring's entry for that portal.
 *
 * @param access          what to open
 * @param fellBackToDemo  true when nothing chose a portal and the demo is used instead
 */
public record CommandPortal(PortalAccess access, boolean fellBackToDemo) {

    /** What the command line gave; null for an option not given. */
    public record Options(boolean demo, Path demoData, String portalName, String endpoint, String apiKeyEnv) { }

    public static CommandPortal choose(Options options, Map<String, String> env, PortalRegistry registry,
                                       Supplier<KeyStore> keyStore) throws PortalAccess.ChoiceException {
        boolean demo = options.demo() || options.demoData() != null;
        if (demo && (options.endpoint() != null || options.portalName() != null)) {
            throw new PortalAccess.ChoiceException(Message.of("startup.demoAndEndpoint"));
        }
        if (options.portalName() != null && options.endpoint() != null) {
            throw new PortalAccess.ChoiceException(Message.of("access.portalAndEndpoint"));
        }
        if (demo) {
            return new CommandPortal(new PortalAccess.Demo(Optional.ofNullable(options.demoData())), false);
        }
        if (options.portalName() != null) {
            return remembered(named(registry, options.portalName()), options, env, keyStore);
        }
        String endpointText = options.endpoint() != null ? options.endpoint() : env.get(PortalAccess.ENDPOINT_VARIABLE);
        if (endpointText != null && !endpointText.isBlank()) {
            PortalEndpoint endpoint = parse(endpointText);
            Optional<RememberedPortal> known = registry.portals().stream()
                    .filter(p -> p.endpoint().equals(endpoint)).findFirst();
            Optional<ApiKey> key = givenKey(endpoint, options, env);
            if (key.isEmpty() && known.isPresent()) {
                key = stored(known.get(), keyStore);
            }
            return new CommandPortal(new PortalAccess.Remote(endpoint, key.orElseThrow(() -> noKey(endpoint, env,
                    options))), false);
        }
        Optional<RememberedPortal> chosen = registry.defaultPortal();
        if (chosen.isPresent()) {
            return remembered(chosen.get(), options, env, keyStore);
        }
        return new CommandPortal(new PortalAccess.Demo(Optional.empty()), true);
    }

    /** The remembered portal of that name, or why there is none. */
    public static RememberedPortal named(PortalRegistry registry, String name) throws PortalAccess.ChoiceException {
        Optional<RememberedPortal> found = registry.find(name);
        if (found.isEmpty()) {
            throw new PortalAccess.ChoiceException(Message.of(
                    registry.isUnusable(name) ? "registry.badEndpoint" : "registry.unknownPortal", name.strip()));
        }
        return found.get();
    }

    private static CommandPortal remembered(RememberedPortal portal, Options options, Map<String, String> env,
                                            Supplier<KeyStore> keyStore) throws PortalAccess.ChoiceException {
        Optional<ApiKey> key = givenKey(portal.endpoint(), options, env);
        if (key.isEmpty()) {
            key = stored(portal, keyStore);
        }
        if (key.isEmpty()) {
            throw new PortalAccess.ChoiceException(Message.of("registry.noKeyStored", portal.name(),
                    portal.endpoint().toString()));
        }
        return new CommandPortal(new PortalAccess.Remote(portal.endpoint(), key.get()), false);
    }

    /** The key of {@code --api-key-env NAME}, else the environment's when it belongs to {@code endpoint}. */
    private static Optional<ApiKey> givenKey(PortalEndpoint endpoint, Options options, Map<String, String> env)
            throws PortalAccess.ChoiceException {
        if (options.apiKeyEnv() != null) {
            String value = env.get(options.apiKeyEnv());
            if (value == null || value.isBlank()) {
                throw new PortalAccess.ChoiceException(Message.of("startup.noApiKey", options.apiKeyEnv()));
            }
            return Optional.of(ApiKey.of(value));
        }
        return EnvironmentKey.from(env).keyFor(endpoint);
    }

    private static Optional<ApiKey> stored(RememberedPortal portal, Supplier<KeyStore> keyStore)
            throws PortalAccess.ChoiceException {
        try {
            return keyStore.get().read(portal);
        } catch (KeyStoreException e) {
            throw new PortalAccess.ChoiceException(e.userMessage());
        }
    }

    private static PortalAccess.ChoiceException noKey(PortalEndpoint endpoint, Map<String, String> env,
                                                      Options options) {
        EnvironmentKey environment = EnvironmentKey.from(env);
        if (environment.belongsElsewhere(endpoint)) {
            return new PortalAccess.ChoiceException(Message.of("access.environmentKeyElsewhere",
                    PortalAccess.API_KEY_VARIABLE, environment.ownerHost(), PortalAccess.ENDPOINT_VARIABLE,
                    endpoint.host()));
        }
        return new PortalAccess.ChoiceException(Message.of("startup.noApiKey",
                options.apiKeyEnv() != null ? options.apiKeyEnv() : PortalAccess.API_KEY_VARIABLE));
    }

    private static PortalEndpoint parse(String text) throws PortalAccess.ChoiceException {
        try {
            return PortalEndpoint.parse(text);
        } catch (PortalException e) {
            throw new PortalAccess.ChoiceException(e);
        }
    }
}
