package io.github.cloudmckeys.app.cli;

import io.github.cloudmckeys.session.PortalClient;
import io.github.cloudmckeys.render.config.AwsCredentialProcess;
import io.github.cloudmckeys.render.ExportException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code credential-process --service S}: the AWS {@code credential_process} JSON of the
 * service's S3 keys on stdout and nothing else there, so that {@code ~/.aws/config} can
 * name this command instead of holding the keys. Failures: one sentence on stderr.
 */
@Command(name = "credential-process", mixinStandardHelpOptions = true)
final class CredentialProcessCommand extends PortalCommand {

    @Option(names = {"-s", "--service"}, required = true, paramLabel = "TEXT")
    String service;

    @Override
    int run(PortalClient session) throws CliFailure {
        try {
            out().print(AwsCredentialProcess.json(credentials(session, service), messages().language()));
        } catch (ExportException e) {
            throw CliFailure.of(ExitCodes.EXPORT_FAILED, e);
        }
        return ExitCodes.OK;
    }
}
