package io.github.cloudmckeys.portal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One item of {@code GET /environments}; fields the app does not use are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Environment(
        String id,
        String name,
        String description,
        Organization organization,
        ServiceConnection serviceConnection) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Organization(String id, String name, String entryPoint) {}
}
