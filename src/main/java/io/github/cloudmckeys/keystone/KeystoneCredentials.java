package io.github.cloudmckeys.keystone;

import io.github.cloudmckeys.credentials.FieldRole;
import io.github.cloudmckeys.credentials.ServiceCredentials;
import io.github.cloudmckeys.i18n.Message;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a token request needs, read from a service's credentials the way the openrc reads
 * them: the user's and the project's domain from the specific fields when the portal has
 * either, else from its one "Domain ID" (or name).
 *
 * @param authUrl the Keystone URL, with or without a version path
 * @param authUrlV2 the portal's deprecated v2.0 endpoint, if it gives one
 * @param interfaceName public, internal or admin: which catalog endpoint to report
 */
public record KeystoneCredentials(String serviceLabel, String authUrl, Optional<String> authUrlV2, String username,
                                  String password, Optional<String> projectName, Optional<String> projectId,
                                  Optional<Domain> userDomain, Optional<Domain> projectDomain,
                                  Optional<String> region, String interfaceName) {
    private static final Pattern INTERFACE = Pattern.compile("(?i)(public|internal|admin)(url)?");

    /** A domain by ID or by name. */
    public record Domain(Optional<String> id, Optional<String> name) {
        public Domain {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
        }

        /** The ID, else the name, for messages. */
        String shown() {
            return id.orElseGet(name::orElseThrow);
        }
    }

    public KeystoneCredentials {
        Objects.requireNonNull(serviceLabel, "serviceLabel");
        Objects.requireNonNull(authUrl, "authUrl");
        Objects.requireNonNull(authUrlV2, "authUrlV2");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(projectName, "projectName");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(userDomain, "userDomain");
        Objects.requireNonNull(projectDomain, "projectDomain");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(interfaceName, "interfaceName");
    }

    /**
     * @throws KeystoneException ({@link KeystoneException.Kind#INCOMPLETE}) without an
     *     authentication URL, a user name or a password
     */
    public static KeystoneCredentials from(ServiceCredentials credentials) throws KeystoneException {
        Optional<String> authUrl = credentials.value(FieldRole.AUTH_URL).or(() -> credentials.value(FieldRole.AUTH_URL_V2));
        Optional<String> username = credentials.value(FieldRole.USERNAME);
        Optional<String> password = credentials.value(FieldRole.PASSWORD);
        if (authUrl.isEmpty() || username.isEmpty() || password.isEmpty()) {
            throw new KeystoneException(KeystoneException.Kind.INCOMPLETE,
                    Message.of("keystone.incomplete", credentials.service().label()));
        }
        String interfaceName = credentials.value(FieldRole.INTERFACE).map(KeystoneCredentials::interfaceName)
                .orElse("public");
        return new KeystoneCredentials(credentials.service().label(), authUrl.get().strip(),
                credentials.value(FieldRole.AUTH_URL_V2).map(String::strip), username.get(), password.get(),
                credentials.value(FieldRole.PROJECT_NAME), credentials.value(FieldRole.PROJECT_ID),
                domain(credentials, FieldRole.USER_DOMAIN_ID, FieldRole.USER_DOMAIN_NAME),
                domain(credentials, FieldRole.PROJECT_DOMAIN_ID, FieldRole.PROJECT_DOMAIN_NAME),
                credentials.value(FieldRole.REGION), interfaceName);
    }

    private static Optional<Domain> domain(ServiceCredentials credentials, FieldRole specificId, FieldRole specificName) {
        boolean specific = credentials.has(specificId) || credentials.has(specificName);
        Optional<String> id = credentials.value(specific ? specificId : FieldRole.DOMAIN_ID);
        Optional<String> name = credentials.value(specific ? specificName : FieldRole.DOMAIN_NAME);
        return id.isEmpty() && name.isEmpty() ? Optional.empty() : Optional.of(new Domain(id, name));
    }

    private static String interfaceName(String value) {
        Matcher m = INTERFACE.matcher(value.strip());
        return m.matches() ? m.group(1).toLowerCase(Locale.ROOT) : value.strip();
    }

    /** The project for messages: its name, else its ID. */
    Optional<String> projectShown() {
        return projectName.or(() -> projectId);
    }

    /** Never the password. */
    @Override
    public String toString() {
        return "KeystoneCredentials[" + serviceLabel + ", authUrl=" + authUrl + ", username=" + username
                + ", project=" + projectShown().orElse("(none)") + "]";
    }
}
