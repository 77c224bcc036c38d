package io.github.cloudmckeys.render.config;

import io.github.cloudmckeys.render.ExportException;
import io.github.cloudmckeys.render.ExportText;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cloudmckeys.credentials.ServiceCredentials;
import io.github.cloudmckeys.i18n.Language;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an AWS {@code credential_process} prints: the service's S3 keys as the JSON the AWS
 * CLI and SDKs read ({@code Version} 1, no expiry, so they keep the keys for the process's
 * life), written by Jackson so that any key reaches them unchanged.
 */
public final class AwsCredentialProcess {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AwsCredentialProcess() {
    }

    /** @throws ExportException when the service has no S3 keys */
    public static String json(ServiceCredentials credentials, Language language) throws ExportException {
        S3Settings s3 = S3Settings.of(credentials, S3Defaults.CLOUD_CA, "export.noS3Keys.credentialProcess",
                ExportText.of(language));
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("Version", 1);
        document.put("AccessKeyId", s3.accessKey());
        document.put("SecretAccessKey", s3.secretKey());
        try {
            return JSON.writeValueAsString(document) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always converts to JSON", e);
        }
    }
}
