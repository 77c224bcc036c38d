package io.github.cloudmckeys.app.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options of {@code export} (their help: {@value CommandLineApp#HELP_BUNDLE}) that only the configuration formats (clouds.yaml, AWS, rclone, s3-env) take. */
final class ConfigExportOptions {

    @Option(names = "--name", paramLabel = "NAME")
    String name;

    @Option(names = "--secure-yaml", paramLabel = "FILE")
    Path secureYaml;

    @Option(names = "--merge")
    boolean merge;

    @Option(names = "--s3-endpoint", paramLabel = "URL")
    String s3Endpoint;

    @Option(names = "--s3-region", paramLabel = "NAME")
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
