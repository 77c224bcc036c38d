package io.github.cloudmckeys.ui;

import io.github.cloudmckeys.files.ToolConfigFiles;
import io.github.cloudmckeys.render.config.S3Defaults;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Where "Add to my …" writes and which S3 defaults the exports use, from an environment
 * and a home folder: the user's own in the app, a temporary one in tests.
 */
public record ExportSetup(Map<String, String> env, Path home) {

    public ExportSetup {
        env = Map.copyOf(Objects.requireNonNull(env, "env"));
        Objects.requireNonNull(home, "home");
    }

    /** This process's environment and the user's home folder. */
    public static ExportSetup forCurrentUser() {
        return new ExportSetup(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** Looked up when asked, so a file created meanwhile (a clouds.yml) is seen. */
    public ToolConfigFiles files() {
        return ToolConfigFiles.forUser(env, home);
    }

    public S3Defaults s3Defaults() {
        return S3Defaults.fromEnvironment(env);
    }
}
