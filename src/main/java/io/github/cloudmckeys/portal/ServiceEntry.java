package io.github.cloudmckeys.portal;

/**
 * One choice in the service picker: a (service connection, environment) pair the
 * user belongs to, labelled like the portal does: {@code Connection / Environment}.
 *
 * @param serviceKind what kind of service the connection is: its {@code type}, else its
 *     {@code serviceCode}, else its id; every environment of one kind sends the same keys
 */
public record ServiceEntry(
        String connectionId,
        String connectionName,
        String environmentId,
        String environmentName,
        String organizationName,
        String serviceKind) {

    public ServiceEntry {
        serviceKind = serviceKind == null || serviceKind.isBlank() ? connectionId : serviceKind.strip();
    }

    /** An entry whose kind is not known: its connection stands for it. */
    public ServiceEntry(String connectionId, String connectionName, String environmentId, String environmentName,
                        String organizationName) {
        this(connectionId, connectionName, environmentId, environmentName, organizationName, null);
    }

    public String label() {
        return connectionName + " / " + environmentName;
    }

    @Override
    public String toString() {
        return label();
    }
}
