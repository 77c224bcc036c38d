package io.github.cloudmckeys.export;

import io.github.cloudmckeys.credentials.FieldRole;
import io.github.cloudmckeys.credentials.ServiceCredentials;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The S3 keys, endpoint and region of a service, shared by the AWS, S3 script and rclone
 * S3 writers: the endpoint and region from the portal's fields when it has them, else
 * from the {@link S3Defaults}, which the header then says.
 *
 * @param notes header lines saying which values are defaults (sanitized)
 */
record S3Settings(String accessKey, String secretKey, String endpoint, String region, List<String> notes) {

    S3Settings {
        notes = List.copyOf(notes);
    }

    /** @throws ExportException when the service has no S3 keys */
    static S3Settings of(ServiceCredentials credentials, S3Defaults defaults, String what) throws ExportException {
        Optional<String> accessKey = credentials.value(FieldRole.S3_ACCESS_KEY);
        Optional<String> secretKey = credentials.value(FieldRole.S3_SECRET_KEY);
        if (accessKey.isEmpty() || secretKey.isEmpty()) {
            throw new ExportException(CommentText.sanitize(credentials.service().label())
                    + " has no S3 keys (S3 API access key and secret key): there is no " + what + " to write.");
        }
        List<String> notes = new ArrayList<>();
        Optional<String> portalEndpoint = credentials.value(FieldRole.S3_ENDPOINT).map(String::strip);
        String endpoint = portalEndpoint.orElse(defaults.endpoint());
        if (!endpoint.contains("://")) {
            endpoint = "https://" + endpoint;
            notes.add("The S3 endpoint has no scheme: https:// was put in front of it.");
        }
        Optional<String> portalRegion = credentials.value(FieldRole.S3_REGION).map(String::strip);
        String region = portalRegion.orElse(defaults.region());
        if (portalEndpoint.isEmpty() || portalRegion.isEmpty()) {
            notes.add("Not among the portal's fields, so CloudMC Keys' default is used: "
                    + (portalEndpoint.isEmpty() ? "S3 endpoint " + CommentText.sanitize(endpoint) : "")
                    + (portalEndpoint.isEmpty() && portalRegion.isEmpty() ? ", " : "")
                    + (portalRegion.isEmpty() ? "region " + CommentText.sanitize(region) : "")
                    + " (cloud.ca's unless " + S3Defaults.ENDPOINT_VARIABLE + " / " + S3Defaults.REGION_VARIABLE
                    + " say otherwise).");
        }
        return new S3Settings(accessKey.get(), secretKey.get(), endpoint, region, notes);
    }

    /** Never the keys. */
    @Override
    public String toString() {
        return "S3Settings[endpoint=" + endpoint + ", region=" + region + "]";
    }
}
