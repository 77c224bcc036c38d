package io.github.cloudmckeys.render.config;

import java.util.Map;
import java.util.Objects;

/**
 * The S3 endpoint and region to use when the portal's fields give none (cloud.ca's portal
 * does not list them: its knowledge base gives {@code https://objects.cloud.ca} and region
 * {@code cloud.ca}). The environment variables {@value #ENDPOINT_VARIABLE} and
 * {@value #REGION_VARIABLE} replace them for another cloud.
 */
public record S3Defaults(String endpoint, String region) {
    public static final String ENDPOINT_VARIABLE = "CLOUDMC_S3_ENDPOINT";
    public static final String REGION_VARIABLE = "CLOUDMC_S3_REGION";
    /** cloud.ca's S3 API, from its knowledge base. */
    public static final S3Defaults CLOUD_CA = new S3Defaults("https://objects.cloud.ca", "cloud.ca");

    public S3Defaults {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(region, "region");
    }

    /** cloud.ca's, each replaced by its environment variable when that is set and not blank. */
    public static S3Defaults fromEnvironment(Map<String, String> env) {
        String endpoint = env.getOrDefault(ENDPOINT_VARIABLE, "").strip();
        String region = env.getOrDefault(REGION_VARIABLE, "").strip();
        return new S3Defaults(endpoint.isEmpty() ? CLOUD_CA.endpoint : endpoint,
                region.isEmpty() ? CLOUD_CA.region : region);
    }

    /** These defaults with the given values in place of the non-null, non-blank ones (command-line options). */
    public S3Defaults overriddenBy(String endpointOrNull, String regionOrNull) {
        return new S3Defaults(endpointOrNull == null || endpointOrNull.isBlank() ? endpoint : endpointOrNull.strip(),
                regionOrNull == null || regionOrNull.isBlank() ? region : regionOrNull.strip());
    }
}
