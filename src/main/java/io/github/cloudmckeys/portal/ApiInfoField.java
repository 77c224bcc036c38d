package io.github.cloudmckeys.portal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One field of the service API keys as the portal sends it. {@code value} may be
 * a secret, so {@link #toString()} masks sensitive values.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApiInfoField(String key, String value, boolean sensitive, boolean environmentSpecific) {
    public ApiInfoField {
        key = key == null ? "" : key;
        value = value == null ? "" : value;
    }

    @Override
    public String toString() {
        return "ApiInfoField[key=" + key + ", value=" + (sensitive ? "(secret)" : value)
                + ", sensitive=" + sensitive + ", environmentSpecific=" + environmentSpecific + "]";
    }
}
