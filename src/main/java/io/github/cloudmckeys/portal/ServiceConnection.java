package io.github.cloudmckeys.portal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A service connection, as embedded in an environment or listed by {@code /services/connections}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ServiceConnection(String id, String serviceCode, String name, String type) {}
