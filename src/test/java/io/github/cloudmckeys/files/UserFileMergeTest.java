package io.github.cloudmckeys.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cloudmckeys.render.ExportException;
import io.github.cloudmckeys.render.config.CloudsYamlWriterTest;
import io.github.cloudmckeys.render.config.ConfigEntry;
import io.github.cloudmckeys.render.config.ConfigExporter;
import io.github.cloudmckeys.render.config.ConfigFormat;
import io.github.cloudmckeys.render.script.Credentials;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Add to my …" on real files in a temporary home: backups, modes, what survives, what is refused. */
class UserFileMergeTest {
    private static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");

    @TempDir
    Path home;

    private ToolConfigFiles files() {
        return ToolConfigFiles.forUser(Map.of(), home);
    }

    private static ConfigEntry.Cloud cloud(boolean split) throws ExportException {
        return (ConfigEntry.Cloud) ConfigExporter.export(Credentials.ordinary().build(), ConfigFormat.CLOUDS_YAML,
                CloudsYamlWriterTest.options("ccontini", split)).entry().orElseThrow();
    }

    private static ConfigEntry.Ini ini(ConfigFormat format) throws ExportException {
        return (ConfigEntry.Ini) ConfigExporter.export(Credentials.ordinary().build(), format,
                CloudsYamlWriterTest.options("ccontini", false)).entry().orElseThrow();
    }

    private static String mode(Path file) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    @Test
    void theFirstCloudCreatesTheFolderAndAnOwnerOnlyFile() throws Exception {
        UserFileMerge.Plan plan = UserFileMerge.planCloud(cloud(false), files().cloudsYaml(), files().secureYaml());

        assertThat(plan.replacesAnEntry()).isFalse();
        assertThat(plan.files()).containsExactly(home.resolve(".config/openstack/clouds.yaml"));
        UserFileMerge.Applied applied = UserFileMerge.apply(plan, NOW);

        assertThat(applied.backups()).isEmpty();
        assertThat(applied.notOwnerOnly()).as("a home folder keeps permissions").isEmpty();
        Path clouds = home.resolve(".config/openstack/clouds.yaml");
        assertThat(mode(clouds)).isEqualTo("rw-------");
        assertThat(mode(clouds.getParent())).isEqualTo("rwx------");
        assertThat(YamlCloudsMergeTest.clouds(Files.readString(clouds))).containsOnlyKeys("ccontini");
        assertThat(Files.exists(home.resolve(".config/openstack/secure.yaml"))).isFalse();
    }

    @Test
    void anExistingFileKeepsItsOtherCloudsAndIsBackedUp() throws Exception {
        Path clouds = Files.createDirectories(home.resolve(".config/openstack")).resolve("clouds.yaml");
        Files.writeString(clouds, YamlCloudsMergeTest.EXISTING);
        Files.setPosixFilePermissions(clouds, PosixFilePermissions.fromString("rw-r--r--"));

        UserFileMerge.Plan plan = UserFileMerge.planCloud(cloud(false), clouds, files().secureYaml());
        assertThat(plan.replacements()).containsExactly("cloud \"ccontini\" in " + clouds);
        assertThat(Files.readString(clouds)).as("planning writes nothing").isEqualTo(YamlCloudsMergeTest.EXISTING);
        List<Path> backups = UserFileMerge.apply(plan, NOW).backups();

        assertThat(backups).containsExactly(clouds.resolveSibling("clouds.yaml.bak-20260102-030405"));
        assertThat(Files.readString(backups.get(0))).isEqualTo(YamlCloudsMergeTest.EXISTING);
        assertThat(mode(backups.get(0))).isEqualTo("rw-------");
        assertThat(mode(clouds)).isEqualTo("rw-------");
        String after = Files.readString(clouds);
        assertThat(YamlCloudsMergeTest.clouds(after).get("lab")).isEqualTo(YamlCloudsMergeTest.clouds(
                YamlCloudsMergeTest.EXISTING).get("lab"));
        assertThat(YamlCloudsMergeTest.load(after).get("ansible")).isEqualTo(YamlCloudsMergeTest.load(
                YamlCloudsMergeTest.EXISTING).get("ansible"));
        assertThat(((Map<?, ?>) ((Map<?, ?>) YamlCloudsMergeTest.clouds(after).get("ccontini")).get("auth"))
                .get("password")).isEqualTo("hunter2");

        // A second merge the same second gets its own backup.
        assertThat(UserFileMerge.apply(UserFileMerge.planCloud(cloud(false), clouds, files().secureYaml()), NOW).backups())
                .containsExactly(clouds.resolveSibling("clouds.yaml.bak-20260102-030405-2"));
    }

    @Test
    void theSplitPasswordGoesToSecureYamlAndAStaleOneIsTakenOutOtherwise() throws Exception {
        Path folder = Files.createDirectories(home.resolve(".config/openstack"));
        Path secure = Files.writeString(folder.resolve("secure.yaml"),
                "clouds:\n  ccontini:\n    auth:\n      password: stale\n  other:\n    auth:\n      password: keep\n");

        UserFileMerge.Plan split = UserFileMerge.planCloud(cloud(true), files().cloudsYaml(), files().secureYaml());
        assertThat(split.files()).containsExactly(secure, folder.resolve("clouds.yaml"));
        assertThat(split.replacements()).containsExactly("the password of cloud \"ccontini\" in " + secure);
        UserFileMerge.apply(split, NOW);
        assertThat(YamlCloudsMergeTest.clouds(Files.readString(secure))).isEqualTo(Map.of(
                "ccontini", Map.of("auth", Map.of("password", "hunter2")),
                "other", Map.of("auth", Map.of("password", "keep"))));
        assertThat(Files.readString(folder.resolve("clouds.yaml"))).doesNotContain("hunter2");

        UserFileMerge.Plan embedded = UserFileMerge.planCloud(cloud(false), files().cloudsYaml(), files().secureYaml());
        assertThat(embedded.replacements()).containsExactly("the password of cloud \"ccontini\" in " + secure,
                "cloud \"ccontini\" in " + folder.resolve("clouds.yaml"));
        UserFileMerge.apply(embedded, NOW);
        assertThat(YamlCloudsMergeTest.clouds(Files.readString(secure))).containsOnlyKeys("other");
    }

    @Test
    void awsProfilesGoToBothFilesAndLeaveTheOthersByteForByte() throws Exception {
        Path aws = Files.createDirectories(home.resolve(".aws"));
        Files.writeString(aws.resolve("credentials"), IniMergeTest.CREDENTIALS);
        UserFileMerge.Plan plan = UserFileMerge.planIni(List.of(
                new UserFileMerge.IniTarget(files().awsCredentials(), ini(ConfigFormat.AWS_CREDENTIALS)),
                new UserFileMerge.IniTarget(files().awsConfig(), ini(ConfigFormat.AWS_CONFIG))));

        assertThat(plan.replacements()).containsExactly("[ccontini] in " + aws.resolve("credentials"));
        UserFileMerge.apply(plan, NOW);

        String credentials = Files.readString(aws.resolve("credentials"));
        assertThat(credentials).startsWith(IniMergeTest.CREDENTIALS.substring(0,
                IniMergeTest.CREDENTIALS.indexOf("[ccontini]") + "[ccontini]\n".length())
                + "aws_access_key_id = fedcba9876543210fedcba9876543210\n")
                .endsWith(IniMergeTest.CREDENTIALS.substring(IniMergeTest.CREDENTIALS.indexOf("\n# work")));
        assertThat(Files.readString(aws.resolve("config"))).startsWith("[profile ccontini]\nregion = cloud.ca\n");
        assertThat(mode(aws.resolve("config"))).isEqualTo("rw-------");
        assertThat(Files.readString(aws.resolve("credentials.bak-20260102-030405"))).isEqualTo(IniMergeTest.CREDENTIALS);
    }

    @Test
    void aFileChangedSincePlanningIsLeftAlone() throws Exception {
        Path credentials = Files.writeString(Files.createDirectories(home.resolve(".aws")).resolve("credentials"),
                "[a]\nk = v\n");
        UserFileMerge.Plan plan = UserFileMerge.planIni(List.of(new UserFileMerge.IniTarget(credentials,
                ini(ConfigFormat.AWS_CREDENTIALS))));
        Files.writeString(credentials, "[a]\nk = changed\n");

        assertThatThrownBy(() -> UserFileMerge.apply(plan, NOW)).isInstanceOf(SaveException.class)
                .hasMessageContaining("changed while CloudMC Keys was adding to it");
        assertThat(Files.readString(credentials)).isEqualTo("[a]\nk = changed\n");
        try (var listing = Files.list(credentials.getParent())) {
            assertThat(listing).containsExactly(credentials);
        }
    }

    @Test
    void aSymbolicLinkIsNeitherReadThroughNorReplaced() throws Exception {
        Path target = Files.writeString(home.resolve("dotfiles-clouds.yaml"), "clouds: {}\n");
        Path folder = Files.createDirectories(home.resolve(".config/openstack"));
        Files.createSymbolicLink(folder.resolve("clouds.yaml"), target);

        assertThatThrownBy(() -> UserFileMerge.planCloud(cloud(false), files().cloudsYaml(), files().secureYaml()))
                .isInstanceOf(SaveException.class).hasMessageContaining("symbolic link");
        assertThat(Files.readString(target)).isEqualTo("clouds: {}\n");
    }

    @Test
    void aFileThatIsNotUtf8IsNotTouched() throws Exception {
        Path credentials = Files.write(Files.createDirectories(home.resolve(".aws")).resolve("credentials"),
                new byte[] {'[', 'a', ']', '\n', (byte) 0xE9, '\n'});
        assertThatThrownBy(() -> UserFileMerge.planIni(List.of(new UserFileMerge.IniTarget(credentials,
                ini(ConfigFormat.AWS_CREDENTIALS))))).hasMessageContaining("is not UTF-8 text");
    }

    @Test
    void theFilesAreFoundWhereEachToolLooks() throws Exception {
        ToolConfigFiles plain = files();
        assertThat(plain).isEqualTo(new ToolConfigFiles(home.resolve(".config/openstack/clouds.yaml"),
                home.resolve(".config/openstack/secure.yaml"), home.resolve(".aws/credentials"),
                home.resolve(".aws/config"), home.resolve(".config/rclone/rclone.conf")));

        Path xdg = home.resolve("xdg");
        Files.createDirectories(xdg.resolve("openstack"));
        Files.writeString(xdg.resolve("openstack/clouds.yml"), "clouds: {}\n");
        ToolConfigFiles withXdg = ToolConfigFiles.forUser(Map.of("XDG_CONFIG_HOME", xdg.toString()), home);
        assertThat(withXdg.cloudsYaml()).isEqualTo(xdg.resolve("openstack/clouds.yml"));
        assertThat(withXdg.rcloneConf()).isEqualTo(xdg.resolve("rclone/rclone.conf"));

        ToolConfigFiles overridden = ToolConfigFiles.forUser(Map.of("OS_CLIENT_CONFIG_FILE", "/x/c.yaml",
                "AWS_SHARED_CREDENTIALS_FILE", "/x/cred", "AWS_CONFIG_FILE", "/x/conf", "RCLONE_CONFIG", "/x/r.conf",
                "XDG_CONFIG_HOME", "relative/ignored"), home);
        assertThat(overridden).isEqualTo(new ToolConfigFiles(Path.of("/x/c.yaml"), Path.of("/x/secure.yaml"),
                Path.of("/x/cred"), Path.of("/x/conf"), Path.of("/x/r.conf")));
        assertThat(ToolConfigFiles.forUser(Map.of("OS_CLIENT_SECURE_FILE", "/s.yaml"), home).secureYaml())
                .isEqualTo(Path.of("/s.yaml"));
    }
}
