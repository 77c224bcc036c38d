package io.github.cloudmckeys.files;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where the user's tools read their configuration, found the way each tool looks for it,
 * so that "Add to my …" changes the file the tool will actually read.
 *
 * <ul>
 * <li>openstacksdk: {@code $OS_CLIENT_CONFIG_FILE}, else {@code clouds.yaml} in
 *     {@code $XDG_CONFIG_HOME/openstack} or {@code ~/.config/openstack} (an existing
 *     {@code clouds.yml} there is used rather than shadowed by a new {@code clouds.yaml});
 *     secure.yaml: {@code $OS_CLIENT_SECURE_FILE}, else next to clouds.yaml.</li>
 * <li>AWS: {@code $AWS_SHARED_CREDENTIALS_FILE} or {@code ~/.aws/credentials},
 *     {@code $AWS_CONFIG_FILE} or {@code ~/.aws/config}.</li>
 * <li>rclone: {@code $RCLONE_CONFIG}, else {@code rclone.conf} in
 *     {@code $XDG_CONFIG_HOME/rclone} or {@code ~/.config/rclone}.</li>
 * </ul>
 */
public record ToolConfigFiles(Path cloudsYaml, Path secureYaml, Path awsCredentials, Path awsConfig,
                              Path rcloneConf) {

    public ToolConfigFiles {
        Objects.requireNonNull(cloudsYaml, "cloudsYaml");
        Objects.requireNonNull(secureYaml, "secureYaml");
        Objects.requireNonNull(awsCredentials, "awsCredentials");
        Objects.requireNonNull(awsConfig, "awsConfig");
        Objects.requireNonNull(rcloneConf, "rcloneConf");
    }

    /** The files for a user with this environment and home folder (looks at which files exist). */
    public static ToolConfigFiles forUser(Map<String, String> env, Path home) {
        Path config = home.resolve(".config");
        String xdg = env.getOrDefault("XDG_CONFIG_HOME", "");
        if (!xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            config = Path.of(xdg);
        }
        Path openstack = config.resolve("openstack");
        Path clouds = variable(env, "OS_CLIENT_CONFIG_FILE").orElse(existingOr(openstack, "clouds"));
        Path secure = variable(env, "OS_CLIENT_SECURE_FILE").orElse(existingOr(
                clouds.toAbsolutePath().getParent(), "secure"));
        Path aws = home.resolve(".aws");
        return new ToolConfigFiles(clouds, secure,
                variable(env, "AWS_SHARED_CREDENTIALS_FILE").orElse(aws.resolve("credentials")),
                variable(env, "AWS_CONFIG_FILE").orElse(aws.resolve("config")),
                variable(env, "RCLONE_CONFIG").orElse(config.resolve("rclone").resolve("rclone.conf")));
    }

    private static java.util.Optional<Path> variable(Map<String, String> env, String name) {
        String value = env.getOrDefault(name, "");
        return value.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(Path.of(value));
    }

    /** {@code base.yaml}, unless only {@code base.yml} exists (openstacksdk reads .yaml first). */
    private static Path existingOr(Path folder, String base) {
        for (String name : List.of(base + ".yaml", base + ".yml")) {
            if (Files.exists(folder.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
                return folder.resolve(name);
            }
        }
        return folder.resolve(base + ".yaml");
    }
}
