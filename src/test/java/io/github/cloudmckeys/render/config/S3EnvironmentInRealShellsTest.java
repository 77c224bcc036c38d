package io.github.cloudmckeys.render.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cloudmckeys.credentials.FieldRole;
import io.github.cloudmckeys.render.ExportException;
import io.github.cloudmckeys.render.script.Credentials;
import io.github.cloudmckeys.render.script.Escapes;
import io.github.cloudmckeys.render.script.Shells;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The s3-env scripts sourced by real shells: the AWS variables exact, the spoilers gone. */
class S3EnvironmentInRealShellsTest {
    private static final Map<String, String> POLLUTED = Map.of("AWS_PROFILE", "old", "AWS_SESSION_TOKEN", "old-token",
            "AWS_ENDPOINT_URL_S3", "https://old.example", "AWS_REGION", "us-east-1",
            "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "true", "AWS_CA_BUNDLE", "/etc/ssl/mine.pem");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"bash", "dash", "zsh", "ksh", "fish"})
    void everyValueArrivesAndNothingOverridesIt(String shell) throws Exception {
        Path executable = Shells.require(shell);
        boolean fish = shell.equals("fish");
        ConfigFormat format = fish ? ConfigFormat.S3_ENV_FISH : ConfigFormat.S3_ENV_SH;
        // Real S3 secrets are base64-like; the quoting is the same code as the openrc's, tried hard here too.
        for (String secret : List.of("p'a\"s $w!`d\\x\\\\ 1é", "a\nb\r\n", "$(touch pwned)", "end; set -gx X 1; #",
                "Ab+/cd==", "x'y\"z`w$v\\u!t%s^r&q|p<o>n(m)l;k#j*i?h~g")) {
            Credentials credentials = Credentials.ordinary().with(FieldRole.S3_SECRET_KEY, secret)
                    .with(FieldRole.S3_ENDPOINT, "http://127.0.0.1:8080").with(FieldRole.S3_REGION, "RégionOne");
            Path script = dir.resolve(format.suggestedFileName());
            Files.writeString(script, ConfigExporter.export(credentials.build(), format,
                    CloudsYamlWriterTest.options("x", false)).text());

            Shells.Result result = Shells.run(List.of(executable.toString(), "-c",
                    (fish ? "source " : ". ") + script + "; env -0"), dir, POLLUTED, new byte[0]);

            assertThat(result.exitCode()).as(result.stderr()).isZero();
            assertThat(result.stderr()).isEmpty();
            assertThat(Files.exists(dir.resolve("pwned"))).isFalse();
            Map<String, String> aws = new TreeMap<>();
            Shells.parseEnv(result.out()).forEach((name, value) -> {
                if (name.startsWith("AWS_")) {
                    aws.put(name, value);
                }
            });
            assertThat(aws).as("%s with %s", shell, Escapes.show(secret)).isEqualTo(Map.of(
                    "AWS_ACCESS_KEY_ID", "fedcba9876543210fedcba9876543210",
                    "AWS_SECRET_ACCESS_KEY", secret,
                    "AWS_DEFAULT_REGION", "RégionOne", "AWS_REGION", "RégionOne",
                    "AWS_ENDPOINT_URL", "http://127.0.0.1:8080",
                    "AWS_CA_BUNDLE", "/etc/ssl/mine.pem"));
        }
    }

    @Test
    void theScriptsSayWhatTheyAreAndHowToLoadThem() throws Exception {
        ConfigResult sh = ConfigExporter.export(Credentials.ordinary().build(), ConfigFormat.S3_ENV_SH,
                CloudsYamlWriterTest.options("x", false));
        assertThat(sh.text()).startsWith("# S3 keys for the AWS CLI and SDKs (bash/zsh)\n")
                .contains("# Use: source this file: . followed by its path (running it as a program sets nothing), then: aws s3 ls")
                .contains("unset AWS_PROFILE AWS_DEFAULT_PROFILE AWS_SESSION_TOKEN")
                .contains("export AWS_ENDPOINT_URL='https://objects.cloud.ca'\n");

        ConfigResult ps = ConfigExporter.export(Credentials.ordinary().with(FieldRole.S3_REGION, "é").build(),
                ConfigFormat.S3_ENV_POWERSHELL, CloudsYamlWriterTest.options("x", false));
        assertThat(ps.text()).startsWith("\uFEFF").contains("$env:AWS_REGION = 'é'")
                .contains("Remove-Item Env:AWS_SESSION_TOKEN -ErrorAction SilentlyContinue");
        assertThat(ps.textForPasting()).doesNotStartWith("\uFEFF");

        ConfigResult cmd = ConfigExporter.export(Credentials.ordinary().with(FieldRole.S3_SECRET_KEY, "a%b!c")
                .build(), ConfigFormat.S3_ENV_CMD, CloudsYamlWriterTest.options("x", false));
        assertThat(cmd.text()).startsWith("@echo off\r\n").contains("set \"AWS_SECRET_ACCESS_KEY=a%%b!c\"\r\n")
                .contains("delayed expansion");
    }

    @Test
    void cmdRefusesALineBreakItCannotCarry() {
        assertThatThrownBy(() -> ConfigExporter.export(Credentials.ordinary().with(FieldRole.S3_SECRET_KEY, "a\nb")
                .build(), ConfigFormat.S3_ENV_CMD, CloudsYamlWriterTest.options("x", false)))
                .isInstanceOf(ExportException.class).hasMessageContaining("AWS_SECRET_ACCESS_KEY")
                .hasMessageContaining("cmd");
    }
}
