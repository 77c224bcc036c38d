package io.github.cloudmckeys.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cloudmc-keys export} against the demo portal serving a test's own credentials. */
class ExportCommandTest {
    private static final String PASSWORD = "it's \"$HOME\" `id` \\n! 100% ^é中🔑";

    @TempDir
    Path dir;
    private Path data;

    record Run(int exitCode, String out, String err) {}

    private Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--demo-data";
        all[args.length + 1] = data.toString();
        int code = CommandLineApp.run(all, Map.of(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @BeforeEach
    void writeDemoData() throws IOException {
        String json = """
            {"user": {"id": "u1", "userName": "ccontini"},
             "connections": [
               {"id": "c-swift", "serviceCode": "swift", "name": "Object Storage", "type": "swift"},
               {"id": "c-comp", "serviceCode": "compute", "name": "Compute", "type": "cloudca"}],
             "environments": [
               {"id": "e1", "name": "ccontini", "connectionId": "c-swift",
                "organization": {"id": "o1", "name": "Acme"},
                "apiInfo": {"fields": [
                  {"key": "auth_url_v2", "value": "https://auth.cloud.ca/v2.0"},
                  {"key": "project_name", "value": "system-ccontini"},
                  {"key": "user_name", "value": "system-ccontini-2925"},
                  {"key": "password", "value": %s, "sensitive": true},
                  {"key": "auth_url", "value": "https://auth.cloud.ca"},
                  {"key": "identity_api_version", "value": "3"},
                  {"key": "domain_id", "value": "default"}]}},
               {"id": "e2", "name": "nopass", "connectionId": "c-swift",
                "organization": {"id": "o1", "name": "Acme"},
                "apiInfo": {"fields": [
                  {"key": "user_name", "value": "someone"},
                  {"key": "project_name", "value": "proj"},
                  {"key": "auth_url", "value": "https://auth.cloud.ca"},
                  {"key": "domain_id", "value": "default"}]}},
               {"id": "e3", "name": "prod", "connectionId": "c-comp",
                "organization": {"id": "o1", "name": "Acme"},
                "apiInfo": {"fields": [
                  {"key": "endpoint", "value": "https://api.example.com/client/api"},
                  {"key": "api_key", "value": "AK"},
                  {"key": "secret_key", "value": "SK", "sensitive": true}]}}]}
            """.formatted(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(PASSWORD));
        data = Files.writeString(dir.resolve("portal.json"), json);
    }

    /** Sources {@code script} in bash and prints the variables back, NUL-separated. */
    private static List<String> sourceInBash(Path script, String... variables) throws Exception {
        StringBuilder printer = new StringBuilder(". \"$1\" || exit 9;");
        for (String variable : variables) {
            printer.append(" printf '%s\\0' \"${").append(variable).append("-<unset>}\";");
        }
        Process bash = new ProcessBuilder("bash", "-c", printer.toString(), "bash", script.toString())
                .redirectErrorStream(false).start();
        bash.getOutputStream().close();
        byte[] out = bash.getInputStream().readAllBytes();
        assertThat(bash.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(bash.exitValue()).isZero();
        return List.of(new String(out, StandardCharsets.UTF_8).split("\0", -1)).subList(0, variables.length);
    }

    @Test
    void writesAnOpenrcV3ToStdoutThatBashSourcesByteForByte() throws Exception {
        Run run = run("export", "--service", "ccontini");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        Path script = Files.writeString(dir.resolve("stdout.sh"), run.out());
        assertThat(sourceInBash(script, "OS_AUTH_URL", "OS_USERNAME", "OS_PASSWORD", "OS_PROJECT_NAME",
                "OS_USER_DOMAIN_ID", "OS_IDENTITY_API_VERSION"))
                .containsExactly("https://auth.cloud.ca", "system-ccontini-2925", PASSWORD, "system-ccontini",
                        "default", "3");
    }

    @Test
    void writesAFileOwnerOnlyAndRefusesToReplaceItWithoutForce() throws Exception {
        Path file = dir.resolve("openrc.sh");

        Run first = run("export", "--service", "ccontini", "--format", "openrc-v2", "-o", file.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).isEmpty();
        assertThat(first.err()).contains("Saved " + file).contains(". " + file);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(file)).as("the header names the file it is saved as").contains("# Use: . ./openrc.sh");
        assertThat(sourceInBash(file, "OS_AUTH_URL", "OS_TENANT_NAME", "OS_PASSWORD"))
                .containsExactly("https://auth.cloud.ca/v2.0", "system-ccontini", PASSWORD);

        Files.writeString(file, "# mine\n");
        Run again = run("export", "--service", "ccontini", "-o", file.toString());
        assertThat(again.exitCode()).isEqualTo(ExitCodes.EXPORT_FAILED);
        assertThat(again.err()).contains("already exists").contains("--force");
        assertThat(Files.readString(file)).isEqualTo("# mine\n");

        Run forced = run("export", "--service", "ccontini", "-o", file.toString(), "--force");
        assertThat(forced.exitCode()).isZero();
        assertThat(Files.readString(file)).contains("OS_IDENTITY_API_VERSION");
    }

    @Test
    void promptModeKeepsThePasswordOutOfTheScript() throws Exception {
        Path file = dir.resolve("prompt.sh");

        Run run = run("export", "--service", "ccontini", "--prompt-password", "-o", file.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(file)).doesNotContain(PASSWORD).contains("OS_PASSWORD");
    }

    @Test
    void everyFormatIsWrittenAndTheSecretNeverReachesStderr() {
        for (String format : List.of("openrc-v3", "openrc-v2", "fish-v3", "fish-v2", "powershell-v3",
                "powershell-v2")) {
            Run run = run("export", "--service", "ccontini", "--format", format);
            assertThat(run.exitCode()).as(format + ": " + run.err()).isZero();
            assertThat(run.out()).as(format).contains("OS_USERNAME");
            assertThat(run.err()).doesNotContain(PASSWORD);
        }
    }

    @Test
    void cmdExportsAPasswordFullOfSpecials() {
        Run run = run("export", "--service", "ccontini", "--format", "cmd-v3");
        // No newline in it, so cmd can carry it, with its escapes.
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("set \"OS_USERNAME=system-ccontini-2925\"");
    }

    @Test
    void cmdHasNoPromptMode() {
        Run run = run("export", "--service", "ccontini", "--format", "cmd-v3", "--prompt-password");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("cmd cannot hide a typed password").contains("powershell-v3");
    }

    @Test
    void anUnknownFormatListsTheValidOnes() {
        Run run = run("export", "--service", "ccontini", "--format", "yaml");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("unknown format 'yaml'").contains("openrc-v3").contains("cmd-v2");
    }

    @Test
    void aServiceWithoutKeystoneCredentialsHasNoOpenrc() {
        Run run = run("export", "--service", "compute / prod");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.EXPORT_FAILED);
        assertThat(run.err()).contains("Compute / prod").doesNotContain("SK");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void missingFieldsAreWrittenAroundAndWarnedAbout() {
        Run run = run("export", "--service", "nopass");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).startsWith("Warning: the portal gave no ").contains("Password").contains("nopass");
        assertThat(run.out()).contains("OS_USERNAME").doesNotContain("export OS_PASSWORD=");
    }

    @Test
    void aSymbolicLinkAsOutputIsRefused() throws IOException {
        Path victim = Files.writeString(dir.resolve("victim"), "keep\n");
        Path link = Files.createSymbolicLink(dir.resolve("openrc.sh"), victim);

        Run run = run("export", "--service", "ccontini", "-o", link.toString(), "--force");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.EXPORT_FAILED);
        assertThat(run.err()).contains("symbolic link");
        assertThat(Files.readString(victim)).isEqualTo("keep\n");
    }
}
