package io.github.cloudmckeys.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/** {@code export --format clouds-yaml|aws-*|s3-env-*|rclone-*}, with {@code --secure-yaml} and {@code --merge}, in a temp home. */
class ConfigExportCommandTest {
    private static final String PASSWORD = "it's \"$HOME\" `id` 1é";

    @TempDir
    Path home;
    private Path data;

    record Run(int exitCode, String out, String err) {}

    private Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--demo-data";
        all[args.length + 1] = data.toString();
        int code = CommandLineApp.run(all, Map.of("HOME", home.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @BeforeEach
    void writeDemoData() throws IOException {
        data = Files.writeString(home.resolve("portal.json"), """
            {"user": {"id": "u1", "userName": "ccontini"},
             "connections": [{"id": "c-swift", "serviceCode": "swift", "name": "Object Storage", "type": "swift"}],
             "environments": [
               {"id": "e1", "name": "ccontini", "connectionId": "c-swift",
                "organization": {"id": "o1", "name": "Acme"},
                "apiInfo": {"fields": [
                  {"key": "project_name", "value": "system-ccontini"},
                  {"key": "user_name", "value": "system-ccontini-2925"},
                  {"key": "password", "value": %s, "sensitive": true},
                  {"key": "auth_url", "value": "https://auth.cloud.ca"},
                  {"key": "domain_id", "value": "default"},
                  {"key": "s3_access_key", "value": "AKIA0123"},
                  {"key": "s3_secret_key", "value": "s3cr3t/key+", "sensitive": true}]}}]}
            """.formatted(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(PASSWORD)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> auth(String yaml, String cloud) {
        Map<String, Object> clouds = (Map<String, Object>) ((Map<String, Object>) new Yaml().load(yaml)).get("clouds");
        return (Map<String, Object>) ((Map<String, Object>) clouds.get(cloud)).get("auth");
    }

    @Test
    void cloudsYamlGoesToStdoutAndThePasswordToSecureYaml() throws Exception {
        Path secure = home.resolve("secure.yaml");
        Run run = run("export", "--service", "ccontini", "--format", "clouds-yaml", "--secure-yaml", secure.toString(),
                "--name", "cc");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(auth(run.out(), "cc")).doesNotContainKey("password").containsEntry("username", "system-ccontini-2925");
        assertThat(auth(Files.readString(secure), "cc")).containsEntry("password", PASSWORD);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secure))).isEqualTo("rw-------");
        assertThat(run.err()).contains("Saved " + secure).doesNotContain(PASSWORD);
    }

    @Test
    void everyNewFormatIsWritten() {
        Map<String, String> expected = Map.of("aws-credentials", "aws_secret_access_key = s3cr3t/key+",
                "aws-config", "endpoint_url = https://objects.cloud.ca", "s3-env-sh", "export AWS_ACCESS_KEY_ID='AKIA0123'",
                "s3-env-fish", "set -gx AWS_REGION 'cloud.ca'", "s3-env-powershell", "$env:AWS_ENDPOINT_URL = ",
                "s3-env-cmd", "set \"AWS_DEFAULT_REGION=cloud.ca\"", "rclone-swift", "[ccontini]\ntype = swift",
                "rclone-s3", "[ccontini-s3]\ntype = s3");
        expected.forEach((format, snippet) -> {
            Run run = run("export", "--service", "ccontini", "--format", format);
            assertThat(run.exitCode()).as(format + ": " + run.err()).isZero();
            assertThat(run.out()).as(format).contains(snippet);
        });
        Run endpoint = run("export", "--service", "ccontini", "--format", "aws-config", "--s3-endpoint",
                "http://127.0.0.1:8080", "--s3-region", "RegionOne");
        assertThat(endpoint.out()).contains("region = RegionOne").contains("endpoint_url = http://127.0.0.1:8080");
    }

    @Test
    void mergeAddsToTheToolsOwnFileAndRefusesToReplaceWithoutForce() throws Exception {
        Path credentials = Files.createDirectories(home.resolve(".aws")).resolve("credentials");
        Files.writeString(credentials, "# mine\n[work]\naws_access_key_id = W\n");

        Run added = run("export", "--service", "ccontini", "--format", "aws-credentials", "--merge");
        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(added.out()).isEmpty();
        assertThat(added.err()).contains("Added \"ccontini\" in " + credentials).contains("The previous version is in");
        assertThat(Files.readString(credentials)).startsWith("# mine\n[work]\naws_access_key_id = W\n\n[ccontini]\n");

        String before = Files.readString(credentials);
        Run again = run("export", "--service", "ccontini", "--format", "aws-credentials", "--merge");
        assertThat(again.exitCode()).isEqualTo(ExitCodes.EXPORT_FAILED);
        assertThat(again.err()).contains("Not added: [ccontini] in " + credentials + " already exists. Use --force");
        assertThat(Files.readString(credentials)).isEqualTo(before);

        Run forced = run("export", "--service", "ccontini", "--format", "aws-credentials", "--merge", "--force");
        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(forced.err()).contains("Replaced \"ccontini\"");
    }

    @Test
    void mergeIntoTheDefaultCloudsYamlCreatesItOwnerOnly() throws Exception {
        Run run = run("export", "--service", "ccontini", "--format", "clouds-yaml", "--merge");

        assertThat(run.exitCode()).as(run.err()).isZero();
        Path clouds = home.resolve(".config/openstack/clouds.yaml");
        assertThat(auth(Files.readString(clouds), "ccontini")).containsEntry("password", PASSWORD);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(clouds))).isEqualTo("rw-------");
        Run rclone = run("export", "--service", "ccontini", "--format", "rclone-s3", "--merge");
        assertThat(rclone.exitCode()).as(rclone.err()).isZero();
        assertThat(Files.readString(home.resolve(".config/rclone/rclone.conf"))).startsWith("[ccontini-s3]\n");
    }

    @Test
    void optionsThatDoNotFitTheFormatAreUsageErrors() {
        assertThat(run("export", "--service", "ccontini", "--format", "openrc-v3", "--merge").err())
                .contains("--merge goes with the formats for other tools");
        assertThat(run("export", "--service", "ccontini", "--format", "s3-env-sh", "--merge").exitCode())
                .isEqualTo(ExitCodes.USAGE);
        assertThat(run("export", "--service", "ccontini", "--format", "aws-config", "--secure-yaml", "x").err())
                .contains("--secure-yaml goes with --format clouds-yaml only");
        assertThat(run("export", "--service", "ccontini", "--format", "clouds-yaml", "--prompt-password").exitCode())
                .isEqualTo(ExitCodes.USAGE);
        Run unknown = run("export", "--service", "ccontini", "--format", "yaml");
        assertThat(unknown.err()).contains("unknown format 'yaml'").contains("cmd-v2").contains("rclone-s3");
        Run badName = run("export", "--service", "ccontini", "--format", "clouds-yaml", "--name", "a b");
        assertThat(badName.exitCode()).isEqualTo(ExitCodes.EXPORT_FAILED);
        assertThat(badName.err()).contains("can hold ASCII letters");
    }
}
