package io.github.cloudmckeys.portal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** An item of {@code GET /users}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PortalUser(String id, String userName, String firstName, String lastName, String email) {

    /** "First Last (userName)", or what of it is known. */
    public String displayName() {
        String full = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
        String user = userName == null ? "" : userName;
        if (full.isEmpty()) {
            return user;
        }
        return user.isEmpty() ? full : full + " (" + user + ")";
    }
}
