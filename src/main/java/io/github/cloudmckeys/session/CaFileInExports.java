package io.github.cloudmckeys.session;

import io.github.cloudmckeys.credentials.FieldRole;
import io.github.cloudmckeys.credentials.IdentityVersion;
import io.github.cloudmckeys.credentials.ServiceCredentials;
import io.github.cloudmckeys.render.config.ConfigFormat;
import io.github.cloudmckeys.render.config.S3Defaults;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The CA file the exports name, when the user's CA file ({@code --ca-file}, the portal's in
 * Connect…) is what makes the service's certificate trusted: Keystone's for the openrc scripts
 * and clouds.yaml, the S3 endpoint's for the AWS profile. Without a CA file nothing is asked and
 * nothing changes. The command line and the window ask the same way; both off the UI thread, as
 * the answer may take one request to the server.
 */
public final class CaFileInExports {
    /**
     * What one service's exports name, asked once when the window shows the service.
     *
     * @param v3       for the Keystone v3 openrc and clouds.yaml
     * @param v2       for the Keystone v2.0 openrc
     * @param s3Config for the AWS profile in ~/.aws/config
     */
    public record ForService(Optional<Path> v3, Optional<Path> v2, Optional<Path> s3Config) {
        public static final ForService NONE = new ForService(Optional.empty(), Optional.empty(), Optional.empty());

        public ForService {
            Objects.requireNonNull(v3, "v3");
            Objects.requireNonNull(v2, "v2");
            Objects.requireNonNull(s3Config, "s3Config");
        }

        public Optional<Path> forKeystone(IdentityVersion version) {
            return version == IdentityVersion.V2_0 ? v2 : v3;
        }

        public Optional<Path> forConfig(ConfigFormat format) {
            return switch (format) {
                case CLOUDS_YAML -> v3;
                case AWS_CONFIG -> s3Config;
                default -> Optional.empty();
            };
        }
    }

    private CaFileInExports() {
    }

    /**
     * Every export's answer for one service, asked when the window shows it. Only the service's own
     * S3 endpoint is asked about: the default one is public, and showing a service sends nothing to it.
     */
    public static ForService forService(ConnectedPortal portal, ServiceCredentials credentials) {
        return new ForService(forKeystone(portal, credentials, IdentityVersion.V3),
                forKeystone(portal, credentials, IdentityVersion.V2_0),
                credentials.value(FieldRole.S3_ENDPOINT).flatMap(endpoint -> portal.caFileThatTrusts(https(endpoint))));
    }

    public static Optional<Path> forKeystone(ConnectedPortal portal, ServiceCredentials credentials,
                                             IdentityVersion version) {
        Optional<String> url = version == IdentityVersion.V2_0
                ? credentials.value(FieldRole.AUTH_URL_V2).or(() -> credentials.value(FieldRole.AUTH_URL))
                : credentials.value(FieldRole.AUTH_URL);
        return url.flatMap(portal::caFileThatTrusts);
    }

    public static Optional<Path> forConfig(ConnectedPortal portal, ServiceCredentials credentials,
                                           ConfigFormat format, S3Defaults defaults) {
        return switch (format) {
            case CLOUDS_YAML -> forKeystone(portal, credentials, IdentityVersion.V3);
            case AWS_CONFIG -> portal.caFileThatTrusts(credentials.value(FieldRole.S3_ENDPOINT)
                    .map(CaFileInExports::https).orElse(defaults.endpoint()));
            default -> Optional.empty();
        };
    }

    private static String https(String endpoint) {
        return endpoint.contains("://") ? endpoint : "https://" + endpoint;
    }
}
