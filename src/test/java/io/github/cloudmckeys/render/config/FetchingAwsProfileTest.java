package io.github.cloudmckeys.render.config;

import io.github.cloudmckeys.render.ExportException;
import io.github.cloudmckeys.render.script.Credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cloudmckeys.credentials.FieldRole;
import io.github.cloudmckeys.i18n.Language;
import io.github.cloudmckeys.portal.ServiceEntry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code aws-config-process}, the AWS profile that fetches the keys when needed: golden files
 * (English, French, a hostile service name and launcher path), no secret in it, and its
 * {@code credential_process} split back into the very words by Python's shlex, which the AWS
 * CLI splits it with.
 */
class FetchingAwsProfileTest {
    private static final Path GOLDEN = Path.of(System.getProperty("basedir", "."),
            "src/test/resources/io/github/cloudmckeys/export/golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    private static final CredentialProcessLauncher INSTALLED = new CredentialProcessLauncher(
            List.of("/opt/cloudmc-keys/bin/cloudmc-keys"), List.of());
    private static final CredentialProcessLauncher ODD = new CredentialProcessLauncher(
            List.of("/home/me/My Apps/cloudmc \"keys\"/java", "-jar", "C:\\keys\\cloudmc-keys.jar"),
            List.of("--endpoint", "https://portal.example.com/api/v1", "--api-key-env", "WORK_KEY"));

    private static Credentials hostileName() {
        return Credentials.of(new ServiceEntry("c", "Stockage d’objets \"S3\"", "e", "équipe \\ $HOME `id`", "Acme"))
                .with(FieldRole.S3_ACCESS_KEY, "AKIA0123").with(FieldRole.S3_SECRET_KEY, "s3cr3t/key+");
    }

    private static String write(Credentials credentials, Language language, CredentialProcessLauncher launcher)
            throws ExportException {
        return ConfigExporter.export(credentials.build(), ConfigFormat.AWS_CONFIG_PROCESS, new ConfigOptions("ccontini",
                S3Defaults.CLOUD_CA, false, Credentials.GENERATED_AT, Credentials.PORTAL_HOST, language, launcher))
                .text();
    }

    @Test
    void theProfilesAreExactlyTheGoldenFiles() throws Exception {
        compare(GOLDEN.resolve("aws-config-process"), write(Credentials.ordinary(), Language.ENGLISH, INSTALLED));
        compare(GOLDEN.resolve("fr/aws-config-process"), write(Credentials.ordinary(), Language.FRENCH, INSTALLED));
        compare(GOLDEN.resolve("hostile-aws-config-process"), write(hostileName(), Language.ENGLISH, ODD));
    }

    @Test
    void theProfileHoldsNoSecret() throws Exception {
        String profile = write(hostileName(), Language.ENGLISH, ODD);

        assertThat(profile).doesNotContain("s3cr3t").doesNotContain("AKIA0123")
                .doesNotContain("aws_secret_access_key").doesNotContain("aws_access_key_id");
    }

    @Test
    void theAwsCliSplitsTheCredentialProcessIntoTheWordsMeant() throws Exception {
        String line = write(hostileName(), Language.ENGLISH, ODD).lines()
                .filter(l -> l.startsWith("credential_process = ")).findFirst().orElseThrow()
                .substring("credential_process = ".length());

        Process python = new ProcessBuilder("python3", "-c",
                "import shlex, sys; print('\\0'.join(shlex.split(sys.stdin.read())), end='')").start();
        python.getOutputStream().write(line.getBytes(StandardCharsets.UTF_8));
        python.getOutputStream().close();
        String words = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(python.waitFor(20, TimeUnit.SECONDS)).isTrue();

        assertThat(List.of(words.split("\0"))).containsExactly("/home/me/My Apps/cloudmc \"keys\"/java", "-jar",
                "C:\\keys\\cloudmc-keys.jar", "credential-process", "--service",
                "Stockage d’objets \"S3\" / équipe \\ $HOME `id`", "--endpoint", "https://portal.example.com/api/v1",
                "--api-key-env", "WORK_KEY");
    }

    @Test
    void aServiceWithoutS3KeysHasNoProfileToWrite() {
        assertThatThrownBy(() -> write(Credentials.ordinary().without(FieldRole.S3_SECRET_KEY), Language.ENGLISH,
                INSTALLED)).isInstanceOf(ExportException.class).hasMessageContaining("has no S3 keys");
    }

    private static void compare(Path golden, String actual) throws Exception {
        if (UPDATE) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        String expected = Files.exists(golden) ? Files.readString(golden, StandardCharsets.UTF_8) : "(none)";
        assertThat(expected).as("%s (rewrite with -Dgolden.update=true after an intended change)", golden)
                .isEqualTo(actual);
    }
}
