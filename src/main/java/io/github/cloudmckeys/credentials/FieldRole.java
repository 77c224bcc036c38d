package io.github.cloudmckeys.credentials;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a credential field means, whatever key the portal gave it. The keys behind
 * the portal's labels are not published, so the mapping from keys to roles lives in
 * the alias table {@code field-roles.tsv} (see {@link FieldRoles}), and the labels in
 * the {@code labels} resource bundle (see {@link FieldLabels}).
 */
public enum FieldRole {
    USERNAME(false, "OS_USERNAME"),
    PASSWORD(true, "OS_PASSWORD"),
    PROJECT_NAME(false, "OS_PROJECT_NAME"),
    PROJECT_ID(false, "OS_PROJECT_ID"),
    /** The Keystone URL without a version path (v3 clients add {@code /v3} themselves). */
    AUTH_URL(false, "OS_AUTH_URL"),
    /** The deprecated Keystone v2.0 URL, "Authentication endpoint (deprecated)" in the portal. */
    AUTH_URL_V2(false, "OS_AUTH_URL (v2.0)"),
    IDENTITY_API_VERSION(false, "OS_IDENTITY_API_VERSION"),
    DOMAIN_ID(false, "OS_*_DOMAIN_ID"),
    DOMAIN_NAME(false, "OS_*_DOMAIN_NAME"),
    USER_DOMAIN_ID(false, "OS_USER_DOMAIN_ID"),
    USER_DOMAIN_NAME(false, "OS_USER_DOMAIN_NAME"),
    PROJECT_DOMAIN_ID(false, "OS_PROJECT_DOMAIN_ID"),
    PROJECT_DOMAIN_NAME(false, "OS_PROJECT_DOMAIN_NAME"),
    REGION(false, "OS_REGION_NAME"),
    /** The endpoint interface OpenStack clients pick: public, internal or admin. */
    INTERFACE(false, "OS_INTERFACE"),
    S3_ACCESS_KEY(false, "AWS_ACCESS_KEY_ID"),
    S3_SECRET_KEY(true, "AWS_SECRET_ACCESS_KEY"),
    S3_ENDPOINT(false, "AWS_ENDPOINT_URL"),
    S3_REGION(false, "AWS_REGION"),
    /** A service's own API URL, e.g. CloudStack's {@code endpoint}. */
    API_ENDPOINT(false, "api-endpoint"),
    /**
     * CloudStack's {@code api_key}. It names the key pair rather than proving it, but
     * it is half of a credential and lets anyone holding the secret act: treat it as secret.
     */
    API_KEY(true, "api-key"),
    SECRET_KEY(true, "secret-key");

    private final boolean secretByNature;
    private final String feeds;

    FieldRole(boolean secretByNature, String feeds) {
        this.secretByNature = secretByNature;
        this.feeds = feeds;
    }

    /**
     * True when a value in this role is a secret even if the portal did not flag it
     * {@code sensitive}: such values are masked on screen and in every {@code toString()}.
     */
    public boolean secretByNature() {
        return secretByNature;
    }

    /**
     * What the role feeds, for the small tag next to a field: the environment variable
     * ({@code OS_USERNAME}, {@code AWS_ACCESS_KEY_ID}), or the role's own name when it feeds none.
     */
    public String feeds() {
        return feeds;
    }

    /** The name the user types ({@code roles --set KEY=ROLE}) and settings keep: {@code project-name}. */
    public String kebabName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The role a {@linkplain #kebabName() kebab-case name} means (case and {@code _} forgiven), if any. */
    public static Optional<FieldRole> ofKebabName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values()).filter(role -> role.kebabName().equals(wanted)).findFirst();
    }
}
