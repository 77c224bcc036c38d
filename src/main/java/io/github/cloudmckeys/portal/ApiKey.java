package io.github.cloudmckeys.portal;

import java.util.Objects;

/**
 * The user's personal CloudMC API key. Wrapped so that it cannot leak through
 * {@code toString()}, string concatenation or a debugger's variable view: the
 * only way to the raw value is {@link #reveal()}, called where the header is set.
 */
public final class ApiKey {
    private final String value;

    private ApiKey(String value) {
        this.value = value;
    }

    /** @throws IllegalArgumentException when the key is blank (the message never holds it) */
    public static ApiKey of(String value) {
        Objects.requireNonNull(value, "value");
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("The API key is empty.");
        }
        return new ApiKey(trimmed);
    }

    /** The raw key, for the {@code MC-Api-Key} header and nothing else. */
    public String reveal() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ApiKey other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "ApiKey[redacted]";
    }
}
