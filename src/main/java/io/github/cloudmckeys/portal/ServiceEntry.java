package io.github.cloudmckeys.portal;

/**
 * One choice in the service picker: a (service connection, environment) pair the
 * user belongs to, labelled like the portal does: {@code Connection / Environment}.
 */
public record ServiceEntry(
        String connectionId,
        String connectionName,
        String environmentId,
        String environmentName,
        String organizationName) {

    public String label() {
        return connectionName + " / " + environmentName;
    }

    @Override
    public String toString() {
        return label();
    }
}
