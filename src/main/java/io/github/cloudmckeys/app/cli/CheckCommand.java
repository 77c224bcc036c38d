package io.github.cloudmckeys.app.cli;

import io.github.cloudmckeys.session.PortalClient;
import io.github.cloudmckeys.credentials.FieldRole;
import io.github.cloudmckeys.credentials.IdentityVersion;
import io.github.cloudmckeys.credentials.ServiceCredentials;
import io.github.cloudmckeys.i18n.Message;
import io.github.cloudmckeys.i18n.Messages;
import io.github.cloudmckeys.keystone.KeystoneCredentials;
import io.github.cloudmckeys.keystone.KeystoneException;
import io.github.cloudmckeys.keystone.TokenCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

@Command(name = "check", mixinStandardHelpOptions = true)
final class CheckCommand extends PortalCommand {

    @Option(names = {"-s", "--service"}, required = true, paramLabel = "TEXT")
    String service;

    @Option(names = "--identity", paramLabel = "3|2.0", converter = VersionConverter.class)
    IdentityVersion identity;

    @Override
    int run(PortalClient session) throws CliFailure {
        ServiceCredentials credentials = credentials(session, service);
        IdentityVersion version = identity != null ? identity : credentials.value(FieldRole.IDENTITY_API_VERSION)
                .map(String::strip).filter(v -> v.equals("2") || v.startsWith("2.")).map(v -> IdentityVersion.V2_0)
                .orElse(IdentityVersion.V3);
        try {
            out().println(sentence(session.keystone().check(KeystoneCredentials.from(credentials), version),
                    messages()));
            return ExitCodes.OK;
        } catch (KeystoneException e) {
            throw CliFailure.of(exitCode(e.kind()), e);
        }
    }

    /**
     * One line: {@code OK: Keystone v3 at auth.cloud.ca issued a token for "u" in project "p",
     * valid until 2026-01-02T04:04:05Z (in 60 min); object storage: https://…}, in the user's language.
     */
    static String sentence(TokenCheck check, Messages messages) {
        return messages.format(check.message());
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
                default -> throw new ConversionFailure(Message.of("cli.check.unknownIdentity", value));
            };
        }
    }
}
