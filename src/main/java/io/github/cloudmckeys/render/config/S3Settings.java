package io.github.cloudmckeys.render.config;

import io.github.cloudmckeys.credentials.FieldRole;
import io.github.cloudmckeys.credentials.ServiceCredentials;
import io.github.cloudmckeys.i18n.Message;
import io.github.cloudmckeys.render.CommentText;
import io.github.cloudmckeys.render.ExportException;
import io.github.cloudmckeys.render.ExportText;
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

    /**
     * @param noKeysKey the sentence saying that the service has no S3 keys for this file
     * @param text the language of the notes
     * @throws ExportException when the service has no S3 keys
     */
    static S3Settings of(ServiceCredentials credentials, S3Defaults defaults, String noKeysKey, ExportText text)
            throws ExportException {
        Optional<String> accessKey = credentials.value(FieldRole.S3_ACCESS_KEY);
        Optional<String> secretKey = credentials.value(FieldRole.S3_SECRET_KEY);
        if (accessKey.isEmpty() || secretKey.isEmpty()) {
            throw new ExportException(Message.of(noKeysKey, CommentText.sanitize(credentials.service().label())));
        }
        List<String> notes = new ArrayList<>();
        Optional<String> portalEndpoint = credentials.value(FieldRole.S3_ENDPOINT).map(String::strip);
        String endpoint = portalEndpoint.orElse(defaults.endpoint());
        if (!endpoint.contains("://")) {
            endpoint = "https://" + endpoint;
            notes.add(text.get("s3.noScheme"));
        }
        Optional<String> portalRegion = credentials.value(FieldRole.S3_REGION).map(String::strip);
        String region = portalRegion.orElse(defaults.region());
        String endpointVariable = S3Defaults.ENDPOINT_VARIABLE;
        String regionVariable = S3Defaults.REGION_VARIABLE;
        if (portalEndpoint.isEmpty() && portalRegion.isEmpty()) {
            notes.add(text.get("s3.default.both", endpoint, region, endpointVariable, regionVariable));
        } else if (portalEndpoint.isEmpty()) {
            notes.add(text.get("s3.default.endpoint", endpoint, endpointVariable, regionVariable));
        } else if (portalRegion.isEmpty()) {
            notes.add(text.get("s3.default.region", region, endpointVariable, regionVariable));
        }
        return new S3Settings(accessKey.get(), secretKey.get(), endpoint, region, notes);
    }

    /** Never the keys. */
    @Override
    public String toString() {
        return "S3Settings[endpoint=" + endpoint + ", region=" + region + "]";
    }
}
