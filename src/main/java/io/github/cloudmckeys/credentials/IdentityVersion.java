package io.github.cloudmckeys.credentials;

/** The Keystone identity API a script authenticates against. */
public enum IdentityVersion {
    V3("Keystone v3"),
    /** Deprecated: Keystone itself removed the v2.0 API in the Queens release. */
    V2_0("Keystone v2.0 (deprecated)");

    private final String displayName;

    IdentityVersion(String displayName) {
        this.displayName = displayName;
    }

    /** "Keystone v3" or "Keystone v2.0 (deprecated)". */
    public String displayName() {
        return displayName;
    }
}
