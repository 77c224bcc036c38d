package io.github.cloudmckeys.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudmckeys.demo.DemoPortal;
import io.github.cloudmckeys.logging.SecretRedactor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line, run in-process against the embedded demo portal over real HTTP. */
class CommandLineAppTest {
    private static final String SECRET_PASSWORD = "p@ss w0rd$'\"`!-7731";
    private static final String SECRET_S3 = "S3SECRET-9b1f2e7c";

    @TempDir
    Path dir;

    record Run(int exitCode, String out, String err) {}

    private static Run run(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CommandLineApp.run(args, env,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Run run(String... args) {
        return run(Map.of(), args);
    }

    /** A small portal: two organizations, a name shared by both, accents, secrets that stress quoting. */
    private Path demoData() throws IOException {
        Path file = dir.resolve("portal.json");
        Files.writeString(file, """
            {"user": {"id": "u1", "userName": "ccontini", "firstName": "Chris", "lastName": "Contini",
                      "email": "c@example.com"},
             "connections": [
               {"id": "c-swift", "serviceCode": "swift", "name": "Object Storage", "type": "swift"},
               {"id": "c-comp", "serviceCode": "compute", "name": "Compute", "type": "cloudca"}],
             "environments": [
               {"id": "e1", "name": "ccontini", "description": "", "connectionId": "c-swift",
                "organization": {"id": "o1", "name": "Acme", "entryPoint": "acme"},
                "apiInfo": {"canRegenerateCredentials": true, "fields": [
                  {"key": "project_name", "value": "system-ccontini", "sensitive": false, "environmentSpecific": true},
                  {"key": "user_name", "value": "system-ccontini-2925", "sensitive": false, "environmentSpecific": true},
                  {"key": "password", "value": "%s", "sensitive": true, "environmentSpecific": false},
                  {"key": "auth_url", "value": "https://auth.cloud.ca", "sensitive": false, "environmentSpecific": false},
                  {"key": "s3_secret_key", "value": "%s", "sensitive": true, "environmentSpecific": false},
                  {"key": "s3_bucket_hint", "value": "photos", "sensitive": false, "environmentSpecific": false}]}},
               {"id": "e2", "name": "Équipe données", "description": "", "connectionId": "c-swift",
                "organization": {"id": "o1", "name": "Acme", "entryPoint": "acme"},
                "apiInfo": {"canRegenerateCredentials": false, "fields": []}},
               {"id": "e3", "name": "prod", "description": "", "connectionId": "c-comp",
                "organization": {"id": "o1", "name": "Acme", "entryPoint": "acme"},
                "apiInfo": {"canRegenerateCredentials": false, "fields": []}},
               {"id": "e4", "name": "prod", "description": "", "connectionId": "c-comp",
                "organization": {"id": "o2", "name": "Globex", "entryPoint": "globex"},
                "apiInfo": {"canRegenerateCredentials": false, "fields": []}}]}
            """.formatted(SECRET_PASSWORD.replace("\\", "\\\\").replace("\"", "\\\""), SECRET_S3));
        return file;
    }

    @Test
    void listsTheServicesOfADemoDataFileSorted() throws IOException {
        Run run = run("list", "--demo-data", demoData().toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out().lines().toList()).containsExactly(
                "Compute / prod", "Compute / prod", "Object Storage / ccontini", "Object Storage / Équipe données");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void longListingAddsOrganizationAndIds() throws IOException {
        Run run = run("list", "--long", "--demo-data", demoData().toString());

        assertThat(run.out().lines().toList())
                .contains("Compute / prod\tGlobex\tc-comp\te4", "Object Storage / ccontini\tAcme\tc-swift\te1");
    }

    @Test
    void listsTheBundledDemoServicesByDefault() {
        Run run = run("list");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSizeGreaterThanOrEqualTo(6).allMatch(line -> line.contains(" / "));
        java.text.Collator collator = java.text.Collator.getInstance(java.util.Locale.ROOT);
        collator.setStrength(java.text.Collator.SECONDARY);
        assertThat(lines).isSortedAccordingTo(collator);
    }

    @Test
    void showMasksSecretsInPortalOrder() throws IOException {
        Run run = run("show", "--service", "ccontini", "--demo-data", demoData().toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("Object Storage / ccontini  (Acme)");
        assertThat(lines.subList(1, lines.size())).hasSize(6);
        // Each value is followed by the tag of its role: what it feeds and how that was decided.
        assertThat(lines.get(1)).contains("Project name").containsPattern("system-ccontini +OS_PROJECT_NAME · table$");
        assertThat(lines.get(2)).contains("User name").containsPattern("system-ccontini-2925 +OS_USERNAME · table$");
        assertThat(lines.get(3)).contains("Password").containsPattern("\\Q" + SecretRedactor.MASK + "\\E +OS_PASSWORD · table$");
        assertThat(lines.get(5)).contains(SecretRedactor.MASK + " ");
        assertThat(lines.get(6)).contains("S3 bucket hint").endsWith("photos");
        assertThat(run.out()).doesNotContain(SECRET_PASSWORD).doesNotContain(SECRET_S3);
    }

    @Test
    void showRevealsSecretsWhenAsked() throws IOException {
        Run run = run("show", "--service", "object storage / CCONTINI", "--reveal", "--demo-data", demoData().toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains(SECRET_PASSWORD).contains(SECRET_S3);
    }

    @Test
    void accentInsensitiveServiceMatch() throws IOException {
        Run run = run("show", "--service", "equipe donnees", "--demo-data", demoData().toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).startsWith("Object Storage / Équipe données")
                .contains("The portal returned no API keys for this service.");
    }

    @Test
    void ambiguousServiceListsTheCandidatesAndExits3() throws IOException {
        Run run = run("show", "--service", "prod", "--demo-data", demoData().toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.SERVICE_NOT_FOUND);
        assertThat(run.err()).contains("\"prod\" matches 2 services")
                .contains("Compute / prod  (Acme)").contains("Compute / prod  (Globex)");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void unknownServiceExits3() throws IOException {
        Run run = run("show", "--service", "no such thing", "--demo-data", demoData().toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.SERVICE_NOT_FOUND);
        assertThat(run.err()).startsWith("No service matches \"no such thing\".");
    }

    @Test
    void aWrongKeyExits4WithoutPrintingTheKey() {
        try (DemoPortal portal = DemoPortal.start()) {
            String wrongKey = "WRONG-KEY-5c2d81aa";
            Run run = run(Map.of("CLOUDMC_ENDPOINT", portal.endpoint().toString(), "CLOUDMC_API_KEY", wrongKey), "list");

            assertThat(run.exitCode()).isEqualTo(ExitCodes.PORTAL_REFUSED);
            assertThat(run.err()).contains("the API key is invalid or was deleted");
            assertThat(run.out() + run.err()).doesNotContain(wrongKey);
        }
    }

    @Test
    void theKeyComesFromTheNamedVariable() {
        try (DemoPortal portal = DemoPortal.start()) {
            Map<String, String> env = Map.of("MY_PORTAL_KEY", DemoPortal.API_KEY, "CLOUDMC_API_KEY", "not-this-one");
            Run run = run(env, "list", "--endpoint", portal.endpoint() + "/", "--api-key-env", "MY_PORTAL_KEY");

            assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
            assertThat(run.out().lines()).hasSizeGreaterThanOrEqualTo(6);
        }
    }

    @Test
    void anUnreachablePortalExits5() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Map<String, String> env = new HashMap<>();
        env.put("CLOUDMC_ENDPOINT", "http://127.0.0.1:" + closedPort + "/api/v2");
        env.put("CLOUDMC_API_KEY", "any-key-3321");

        Run run = run(env, "list");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.PORTAL_UNREACHABLE);
        assertThat(run.err()).contains("127.0.0.1").doesNotContain("any-key-3321");
    }

    @Test
    void usageErrorsExit2() {
        assertThat(run("list", "--no-such-option").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("show").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("--demo").exitCode()).isEqualTo(ExitCodes.USAGE);

        Run both = run("list", "--demo", "--endpoint", "https://portal.example.com/api/v2");
        assertThat(both.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(both.err()).contains("--demo and --endpoint cannot be used together");
    }

    @Test
    void anEndpointWithoutAKeyExits2AndSaysWhichVariable() {
        Run run = run(Map.of("CLOUDMC_ENDPOINT", "https://portal.example.com/api/v2"), "list");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("set CLOUDMC_API_KEY");

        Run named = run(Map.of(), "list", "--endpoint", "https://portal.example.com/api/v2", "--api-key-env", "KEY_VAR");
        assertThat(named.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(named.err()).contains("set KEY_VAR");
    }

    @Test
    void plainHttpToARemoteHostIsRefused() {
        Run run = run(Map.of("CLOUDMC_API_KEY", "k-1"), "list", "--endpoint", "http://portal.example.com/api/v2");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("http://").contains("https://");
    }

    @Test
    void aBadDemoDataFileIsAUsageErrorNamingTheFile() throws IOException {
        Path bad = Files.writeString(dir.resolve("broken.json"), "{ not json");

        Run run = run("list", "--demo-data", bad.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("broken.json");
    }

    @Test
    void helpAndVersion() {
        Run help = run("--help");
        assertThat(help.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(help.out()).contains("list").contains("show").contains("CLOUDMC_API_KEY");

        Run version = run("--version");
        assertThat(version.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(version.out()).startsWith("cloudmc-keys ");
    }
}
