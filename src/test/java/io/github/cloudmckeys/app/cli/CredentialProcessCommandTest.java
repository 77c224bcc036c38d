package io.github.cloudmckeys.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code credential-process}: the AWS JSON alone on stdout, failures alone on stderr. */
class CredentialProcessCommandTest {
    private static final String SECRET = "s3cr3t/\"key\"+\\é";

    @TempDir
    Path dir;
    private Path data;

    private CliRun run(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "credential-process";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--demo-data";
        all[args.length + 2] = data.toString();
        return CliRun.of(Map.of(), all);
    }

    @BeforeEach
    void writeDemoData() throws IOException {
        String json = """
            {"user": {"id": "u1", "userName": "ccontini"},
             "connections": [{"id": "c1", "serviceCode": "swift", "name": "Object Storage", "type": "swift"}],
             "environments": [
               {"id": "e1", "name": "ccontini", "connectionId": "c1", "organization": {"id": "o1", "name": "Acme"},
                "apiInfo": {"fields": [
                  {"key": "s3_access_key", "value": "AKIA0123"},
                  {"key": "s3_secret_key", "value": %s, "sensitive": true}]}},
               {"id": "e2", "name": "nos3", "connectionId": "c1", "organization": {"id": "o1", "name": "Acme"},
                "apiInfo": {"fields": [{"key": "user_name", "value": "someone"}]}},
               {"id": "e3", "name": "nos3-bis", "connectionId": "c1", "organization": {"id": "o1", "name": "Acme"},
                "apiInfo": {"fields": []}}]}
            """.formatted(new ObjectMapper().writeValueAsString(SECRET));
        data = Files.writeString(dir.resolve("portal.json"), json);
    }

    @Test
    void printsTheAwsJsonAndNothingElse() throws Exception {
        CliRun run = run("--service", "ccontini");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("Version").asInt()).isEqualTo(1);
        assertThat(json.get("AccessKeyId").asText()).isEqualTo("AKIA0123");
        assertThat(json.get("SecretAccessKey").asText()).isEqualTo(SECRET);
        assertThat(json.size()).isEqualTo(3);
    }

    @Test
    void failuresGoToStderrOnlyWithTheUsualCodes() {
        CliRun noKeys = run("--service", "nos3-bis");
        CliRun ambiguous = run("--service", "nos3");
        CliRun missing = run();

        assertThat(noKeys.exitCode()).isEqualTo(ExitCodes.EXPORT_FAILED);
        assertThat(noKeys.out()).isEmpty();
        assertThat(noKeys.err()).contains("has no S3 keys").contains("no AWS credentials to give").hasLineCount(1);
        assertThat(ambiguous.exitCode()).isEqualTo(ExitCodes.SERVICE_NOT_FOUND);
        assertThat(ambiguous.out()).isEmpty();
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.out()).isEmpty();
    }
}
