package io.github.cloudmckeys.app.cli;

import io.github.cloudmckeys.app.PortalSession;
import io.github.cloudmckeys.credentials.FieldRole;
import io.github.cloudmckeys.credentials.ServiceCredentials;
import io.github.cloudmckeys.export.IdentityVersion;
import io.github.cloudmckeys.keystone.KeystoneClient;
import io.github.cloudmckeys.keystone.KeystoneCredentials;
import io.github.cloudmckeys.keystone.KeystoneException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Ask Keystone for a token with one service's credentials, and say in one line what it answered.",
                "The password is sent to the authentication URL's host only (no redirect is followed)."},
        footer = {"", "Exit codes: 0 Keystone issued a token, 6 Keystone refused (wrong password, unknown project,",
                "            API version not offered), 5 Keystone unreachable or not answering as Keystone,",
                "            1 nothing to test (no password …) or a plain http URL to another machine."})
final class CheckCommand extends PortalCommand {

    @Option(names = {"-s", "--service"}, required = true, paramLabel = "TEXT",
            description = "The service, as for `show`.")
    String service;

    @Option(names = "--identity", paramLabel = "3|2.0", converter = VersionConverter.class,
            description = "The Keystone API: 3 or 2.0 (default: the service's identity API version, else 3).")
    IdentityVersion identity;

    @Override
    int run(PortalSession session) throws CliFailure {
        ServiceCredentials credentials = credentials(session, service);
        IdentityVersion version = identity != null ? identity : credentials.value(FieldRole.IDENTITY_API_VERSION)
                .map(String::strip).filter(v -> v.equals("2") || v.startsWith("2.")).map(v -> IdentityVersion.V2_0)
                .orElse(IdentityVersion.V3);
        try {
            out().println(KeystoneClient.create().check(KeystoneCredentials.from(credentials), version).sentence());
            return ExitCodes.OK;
        } catch (KeystoneException e) {
            throw new CliFailure(exitCode(e.kind()), e.getMessage());
        }
    }

    static int exitCode(KeystoneException.Kind kind) {
        if (kind.keystoneSaidNo()) {
            return ExitCodes.KEYSTONE_REFUSED;
        }
        return switch (kind) {
            case INCOMPLETE, NOT_SENT -> ExitCodes.EXPORT_FAILED;
            default -> ExitCodes.KEYSTONE_UNREACHABLE;
        };
    }

    /** {@code 3}, {@code v3}, {@code 2.0}, {@code 2}, {@code v2.0}. */
    static final class VersionConverter implements ITypeConverter<IdentityVersion> {
        @Override
        public IdentityVersion convert(String value) {
            return switch (value.strip().toLowerCase(java.util.Locale.ROOT).replaceFirst("^v", "")) {
                case "3" -> IdentityVersion.V3;
                case "2.0", "2" -> IdentityVersion.V2_0;
                default -> throw new TypeConversionException("unknown identity version '" + value + "': use 3 or 2.0");
            };
        }
    }
}
