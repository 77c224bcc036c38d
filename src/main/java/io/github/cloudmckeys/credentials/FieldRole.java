package io.github.cloudmckeys.credentials;

/**
 * What a credential field means, whatever key the portal gave it. The keys behind
 * the portal's labels are not published, so the mapping from keys to roles lives in
 * the alias table {@code field-roles.tsv} (see {@link FieldRoles}), and the labels in
 * the {@code labels} resource bundle (see {@link FieldLabels}).
 */
public enum FieldRole {
    USERNAME(false),
    PASSWORD(true),
    PROJECT_NAME(false),
    PROJECT_ID(false),
    /** The Keystone URL without a version path (v3 clients add {@code /v3} themselves). */
    AUTH_URL(false),
    /** The deprecated Keystone v2.0 URL, "Authentication endpoint (deprecated)" in the portal. */
    AUTH_URL_V2(false),
    IDENTITY_API_VERSION(false),
    DOMAIN_ID(false),
    DOMAIN_NAME(false),
    USER_DOMAIN_ID(false),
    USER_DOMAIN_NAME(false),
    PROJECT_DOMAIN_ID(false),
    PROJECT_DOMAIN_NAME(false),
    REGION(false),
    /** The endpoint interface OpenStack clients pick: public, internal or admin. */
    INTERFACE(false),
    S3_ACCESS_KEY(false),
    S3_SECRET_KEY(true),
    S3_ENDPOINT(false),
    S3_REGION(false),
    /** A service's own API URL, e.g. CloudStack's {@code endpoint}. */
    API_ENDPOINT(false),
    /**
     * CloudStack's {@code api_key}. It names the key pair rather than proving it, but
     * it is half of a credential and lets anyone holding the secret act: treat it as secret.
     */
    API_KEY(true),
    SECRET_KEY(true);

    private final boolean secretByNature;

    FieldRole(boolean secretByNature) {
        this.secretByNature = secretByNature;
    }

    /**
     * True when a value in this role is a secret even if the portal did not flag it
     * {@code sensitive}: such values are masked on screen and in every {@code toString()}.
     */
    public boolean secretByNature() {
        return secretByNature;
    }
}
