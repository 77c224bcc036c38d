package io.github.cloudmckeys.app.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options of {@code export} that only the configuration formats (clouds.yaml, AWS, rclone, s3-env) take. */
final class ConfigExportOptions {

    @Option(names = "--name", paramLabel = "NAME",
            description = "The cloud, AWS profile or rclone remote name (default: the environment's name;"
                    + " rclone's S3 remote gets -s3 appended).")
    String name;

    @Option(names = "--secure-yaml", paramLabel = "FILE",
            description = "clouds-yaml: write the password to this secure.yaml (owner-only) instead of clouds.yaml.")
    Path secureYaml;

    @Option(names = "--merge",
            description = "Add the entry to the tool's own file (clouds.yaml, ~/.aws/credentials or config,"
                    + " rclone.conf; or -o FILE), keeping everything else and a backup of the old file. An entry of"
                    + " the same name is replaced only with --force.")
    boolean merge;

    @Option(names = "--s3-endpoint", paramLabel = "URL",
            description = "The S3 endpoint when the portal gives none (default: $CLOUDMC_S3_ENDPOINT, else"
                    + " https://objects.cloud.ca).")
    String s3Endpoint;

    @Option(names = "--s3-region", paramLabel = "NAME",
            description = "The S3 region when the portal gives none (default: $CLOUDMC_S3_REGION, else cloud.ca).")
    String s3Region;

    /** The option that only the configuration formats take and was given, if any, for a usage error. */
    String givenOption() {
        if (name != null) {
            return "--name";
        }
        if (secureYaml != null) {
            return "--secure-yaml";
        }
        if (merge) {
            return "--merge";
        }
        if (s3Endpoint != null) {
            return "--s3-endpoint";
        }
        return s3Region != null ? "--s3-region" : null;
    }
}
