package io.github.cloudmckeys.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cloudmckeys.credentials.FieldRole;
import io.github.cloudmckeys.render.config.CloudsYamlWriterTest;
import io.github.cloudmckeys.render.config.ConfigEntry;
import io.github.cloudmckeys.render.config.ConfigExporter;
import io.github.cloudmckeys.render.config.ConfigFormat;
import io.github.cloudmckeys.render.config.ConfigResult;
import io.github.cloudmckeys.render.script.Credentials;
import io.github.cloudmckeys.render.script.Escapes;
import io.github.cloudmckeys.render.script.HostileValues;
import io.github.cloudmckeys.render.script.Shells;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real readers of the files: rclone ({@code rclone config dump}) and the AWS CLI
 * ({@code aws configure get}) read back every value as written, a merged file included.
 * Like the shells, a missing tool skips its test unless {@value Shells#REQUIRE} names it.
 */
class ToolsReadTheFilesTest {
    @TempDir
    Path dir;

    @Test
    void rcloneReadsEveryValueItCanHoldUnchanged() throws Exception {
        Path rclone = Shells.require("rclone");
        List<String> values = new ArrayList<>();
        for (String value : HostileValues.CURATED) {
            if (!value.isBlank() && value.indexOf('\n') < 0 && value.indexOf('\r') < 0 && value.indexOf('\0') < 0
                    && value.length() < 1000) {
                values.add(value);
            }
        }
        values.addAll(List.of(" lead", "trail ", "`x`", "\"\"\"triple\"\"\"", "'single'", "a = b", "[not] a header"));
        StringBuilder config = new StringBuilder("; someone's other remote\n[other]\ntype = local\n");
        for (int i = 0; i < values.size(); i++) {
            ConfigResult remote = ConfigExporter.export(Credentials.ordinary().with(FieldRole.PASSWORD, values.get(i))
                    .build(), ConfigFormat.RCLONE_SWIFT, CloudsYamlWriterTest.options("r" + i, false));
            config = new StringBuilder(IniMerge.put(java.util.Optional.of(config.toString()),
                    ((ConfigEntry.Ini) remote.entry().orElseThrow()).sections()).text());
        }
        Path file = Files.writeString(dir.resolve("rclone.conf"), config.toString());

        Shells.Result dump = Shells.run(List.of(rclone.toString(), "config", "dump"), dir,
                Map.of("RCLONE_CONFIG", file.toString()), new byte[0]);

        assertThat(dump.exitCode()).as(dump.stderr()).isZero();
        JsonNode remotes = new ObjectMapper().readTree(dump.out());
        assertThat(remotes.path("other").path("type").asText()).isEqualTo("local");
        for (int i = 0; i < values.size(); i++) {
            assertThat(remotes.path("r" + i).path("key").asText()).as(Escapes.show(values.get(i)))
                    .isEqualTo(values.get(i));
            assertThat(remotes.path("r" + i).path("domain").asText()).isEqualTo("Default");
        }
    }

    @Test
    void theAwsCliReadsTheProfileAsWritten() throws Exception {
        Path aws = Shells.require("aws");
        Path credentials = dir.resolve("credentials");
        Path config = dir.resolve("config");
        Files.writeString(credentials, "[default]\naws_access_key_id = KEEP\n");
        String secret = "a%b#c;d=e'f\"g\\h$i`j!k[l]m";
        ConfigEntry.Ini creds = (ConfigEntry.Ini) ConfigExporter.export(Credentials.ordinary()
                .with(FieldRole.S3_SECRET_KEY, secret).build(), ConfigFormat.AWS_CREDENTIALS,
                CloudsYamlWriterTest.options("e2e", false)).entry().orElseThrow();
        ConfigEntry.Ini conf = (ConfigEntry.Ini) ConfigExporter.export(Credentials.ordinary().build(),
                ConfigFormat.AWS_CONFIG, CloudsYamlWriterTest.options("e2e", false)).entry().orElseThrow();
        UserFileMerge.apply(UserFileMerge.planIni(List.of(new UserFileMerge.IniTarget(credentials, creds),
                new UserFileMerge.IniTarget(config, conf))), Credentials.GENERATED_AT);
        Map<String, String> env = Map.of("AWS_SHARED_CREDENTIALS_FILE", credentials.toString(),
                "AWS_CONFIG_FILE", config.toString());

        assertThat(get(aws, env, "e2e", "aws_secret_access_key")).isEqualTo(secret);
        assertThat(get(aws, env, "e2e", "region")).isEqualTo("cloud.ca");
        assertThat(get(aws, env, "e2e", "s3.addressing_style")).isEqualTo("path");
        assertThat(get(aws, env, "default", "aws_access_key_id")).isEqualTo("KEEP");
    }

    private String get(Path aws, Map<String, String> env, String profile, String setting) throws Exception {
        Shells.Result result = Shells.run(List.of(aws.toString(), "configure", "get", setting, "--profile", profile),
                dir, env, new byte[0]);
        assertThat(result.exitCode()).as(setting + ": " + result.stderr()).isZero();
        return result.out().strip();
    }
}
