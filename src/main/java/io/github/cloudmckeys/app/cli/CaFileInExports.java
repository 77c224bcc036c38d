package io.github.cloudmckeys.app.cli;

import io.github.cloudmckeys.session.PortalClient;
import io.github.cloudmckeys.credentials.FieldRole;
import io.github.cloudmckeys.credentials.ServiceCredentials;
import io.github.cloudmckeys.render.config.ConfigFormat;
import io.github.cloudmckeys.credentials.IdentityVersion;
import io.github.cloudmckeys.render.config.S3Defaults;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The CA file the exports name, when the user's {@code --ca-file} is what makes the service's
 * certificate trusted: Keystone's for the openrc scripts and clouds.yaml, the S3 endpoint's for
 * the AWS profile. Without a CA file nothing is asked and nothing changes.
 */
final class CaFileInExports {
    private CaFileInExports() {
    }

    static Optional<Path> forKeystone(PortalClient session, ServiceCredentials credentials, IdentityVersion version) {
        if (session.net().caFile().isEmpty()) {
            return Optional.empty();
        }
        Optional<String> url = version == IdentityVersion.V2_0
                ? credentials.value(FieldRole.AUTH_URL_V2).or(() -> credentials.value(FieldRole.AUTH_URL))
                : credentials.value(FieldRole.AUTH_URL);
        return url.flatMap(session.net()::caFileThatTrusts);
    }

    static Optional<Path> forConfig(PortalClient session, ServiceCredentials credentials, ConfigFormat format,
                                    S3Defaults defaults) {
        if (session.net().caFile().isEmpty()) {
            return Optional.empty();
        }
        return switch (format) {
            case CLOUDS_YAML -> forKeystone(session, credentials, IdentityVersion.V3);
            case AWS_CONFIG -> session.net().caFileThatTrusts(credentials.value(FieldRole.S3_ENDPOINT)
                    .map(e -> e.contains("://") ? e : "https://" + e).orElse(defaults.endpoint()));
            default -> Optional.empty();
        };
    }
}
