package io.github.cloudmckeys.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudmckeys.keystone.FakeKeystone;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cloudmc-keys check}: a token from a Keystone on 127.0.0.1, or the sentence and exit code of a refusal. */
class CheckCommandTest {
    private static final String PASSWORD = "p'a\"s $w!`d 1é";

    @TempDir
    Path dir;

    record Run(int exitCode, String out, String err) {}

    private Run check(String authUrl, String password, String... more) throws IOException {
        Path data = Files.writeString(dir.resolve("portal.json"), """
            {"user": {"id": "u1", "userName": "ccontini"},
             "connections": [{"id": "c", "serviceCode": "swift", "name": "Object Storage", "type": "swift"}],
             "environments": [{"id": "e1", "name": "ccontini", "connectionId": "c",
                "organization": {"id": "o1", "name": "Acme"},
                "apiInfo": {"fields": [
                  {"key": "project_name", "value": "%s"},
                  {"key": "user_name", "value": "%s"},
                  {"key": "password", "value": %s, "sensitive": true},
                  {"key": "auth_url", "value": "%s"},
                  {"key": "identity_api_version", "value": "3"},
                  {"key": "domain_id", "value": "default"}]}}]}
            """.formatted(FakeKeystone.PROJECT, FakeKeystone.USER,
                new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(password), authUrl));
        String[] args = new String[more.length + 5];
        args[0] = "check";
        args[1] = "--service";
        args[2] = "ccontini";
        args[3] = "--demo-data";
        args[4] = data.toString();
        System.arraycopy(more, 0, args, 5, more.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CommandLineApp.run(args, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void goodCredentialsExit0WithTheExpiryAndTheObjectStore() throws Exception {
        try (FakeKeystone keystone = FakeKeystone.start(PASSWORD, false)) {
            Run run = check(keystone.url(), PASSWORD);

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).startsWith("OK: Keystone v3 at 127.0.0.1 issued a token for \"system-ccontini-2925\""
                    + " in project \"system-ccontini\", valid until 2026-01-02T04:04:05Z")
                    .endsWith("; object storage: https://public.regionone.swift/v1/AUTH_4f2c0b7e.\n");
            assertThat(run.out() + run.err()).doesNotContain(PASSWORD).doesNotContain("secret-token");
        }
    }

    @Test
    void theAnswerIsSaidInFrenchWithLangFr() throws Exception {
        try (FakeKeystone keystone = FakeKeystone.start(PASSWORD, false)) {
            Run run = check(keystone.url(), PASSWORD, "--lang", "fr");

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).startsWith("OK\u00a0: Keystone v3 sur 127.0.0.1 a émis un jeton pour"
                    + " «\u00a0system-ccontini-2925\u00a0» dans le projet «\u00a0system-ccontini\u00a0»,"
                    + " valide jusqu’au 2026-01-02T04:04:05Z (")
                    .endsWith("; stockage objet\u00a0: https://public.regionone.swift/v1/AUTH_4f2c0b7e.\n");
            assertThat(run.out() + run.err()).doesNotContain(PASSWORD);
        }
    }

    @Test
    void aWrongPasswordExits6WithKeystonesSentence() throws Exception {
        try (FakeKeystone keystone = FakeKeystone.start(PASSWORD, false)) {
            Run run = check(keystone.url(), "not-" + PASSWORD);

            assertThat(run.exitCode()).isEqualTo(6);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).isEqualTo("Keystone at 127.0.0.1 refused the credentials of \"system-ccontini-2925\":"
                    + " wrong password, user name, domain or project (Keystone: \"The request you have made requires"
                    + " authentication.\").\n");
        }
    }

    @Test
    void v2OnAKeystoneWithoutItExits6AndUnreachableExits5() throws Exception {
        try (FakeKeystone keystone = FakeKeystone.start(PASSWORD, false)) {
            Run v2 = check(keystone.url(), PASSWORD, "--identity", "2.0");
            assertThat(v2.exitCode()).isEqualTo(6);
            assertThat(v2.err()).contains("does not offer the v2.0 API");
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Run unreachable = check("http://127.0.0.1:" + port, PASSWORD);
        assertThat(unreachable.exitCode()).isEqualTo(5);
        assertThat(unreachable.err()).startsWith("Cannot reach Keystone at 127.0.0.1");

        Run plainHttp = check("http://192.0.2.1:5000", PASSWORD);
        assertThat(plainHttp.exitCode()).isEqualTo(ExitCodes.EXPORT_FAILED);
        Run badVersion = check("https://auth.cloud.ca", PASSWORD, "--identity", "4");
        assertThat(badVersion.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(badVersion.err()).contains("use 3 or 2.0");
    }
}
