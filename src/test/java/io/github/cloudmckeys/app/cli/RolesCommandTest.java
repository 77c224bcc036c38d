package io.github.cloudmckeys.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Field roles on the command line, against the demo portal serving a test's own keys:
 * unknown spellings export like known ones, {@code roles --set} persists across runs and
 * feeds {@code export}, and a refusal names what to assign.
 */
class RolesCommandTest {
    private static final String PASSWORD = "s3cr\"et $HOME";
    private static final String KNOWN = """
            {"key": "auth_url_v2", "value": "https://auth.cloud.ca/v2.0"},
            {"key": "project_name", "value": "system-ccontini"},
            {"key": "user_name", "value": "system-ccontini-2925"},
            {"key": "password", "value": "%1$s", "sensitive": true},
            {"key": "auth_url", "value": "https://auth.cloud.ca"},
            {"key": "identity_api_version", "value": "3"},
            {"key": "domain_id", "value": "default"}""";
    /** The spellings a user met on a real portal: none of them is in the alias table. */
    private static final String UNKNOWN = """
            {"key": "swift.auth.v2", "value": "https://auth.cloud.ca/v2.0"},
            {"key": "swift.tenant", "value": "system-ccontini"},
            {"key": "swift.login", "value": "system-ccontini-2925"},
            {"key": "swift.secret", "value": "%1$s", "sensitive": true},
            {"key": "swift.auth.v3", "value": "https://auth.cloud.ca"},
            {"key": "swift.identityVersion", "value": "3"},
            {"key": "swift.domain", "value": "default"}""";
    /** Keys no rule can read: the user must say. */
    private static final String OPAQUE = """
            {"key": "swift.who", "value": "system-ccontini-2925"},
            {"key": "swift.where", "value": "https://auth.cloud.ca"},
            {"key": "swift.tenant", "value": "system-ccontini"},
            {"key": "swift.secret", "value": "%1$s", "sensitive": true},
            {"key": "swift.domain", "value": "default"}""";

    @TempDir
    Path dir;

    record Run(int exitCode, String out, String err) {}

    private Path portal(String name, String fields) throws IOException {
        String json = """
            {"user": {"id": "u1", "userName": "ccontini"},
             "connections": [{"id": "c-swift", "serviceCode": "swift", "name": "Object Storage", "type": "swift"}],
             "environments": [{"id": "e1", "name": "prod", "connectionId": "c-swift",
                "organization": {"id": "o1", "name": "Acme"},
                "apiInfo": {"fields": [%s]}}]}
            """.formatted(fields.formatted(PASSWORD.replace("\"", "\\\"")));
        return Files.writeString(dir.resolve(name + ".json"), json);
    }

    private Run run(Path data, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] all = Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--demo-data";
        all[args.length + 1] = data.toString();
        // A settings folder of the test's own: every run reads what the previous one saved.
        Map<String, String> env = Map.of("HOME", dir.toString(), "XDG_CONFIG_HOME", dir.resolve("config").toString());
        int code = CommandLineApp.run(all, env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The script without its comments (the header names the time it was made). */
    private static String commands(String script) {
        return script.lines().filter(line -> !line.startsWith("#")).collect(Collectors.joining("\n"));
    }

    @Test
    void unknownSpellingsExportTheSameOpenrcAsTheKnownOnes() throws IOException {
        for (String format : new String[] {"openrc-v3", "openrc-v2", "fish-v3", "powershell-v3"}) {
            Run known = run(portal("known", KNOWN), "export", "--service", "prod", "--format", format);
            Run unknown = run(portal("unknown", UNKNOWN), "export", "--service", "prod", "--format", format);
            assertThat(known.exitCode()).as(known.err()).isZero();
            assertThat(unknown.exitCode()).as(unknown.err()).isZero();
            assertThat(unknown.err()).isEmpty();
            assertThat(commands(unknown.out())).as(format).isEqualTo(commands(known.out())).contains("system-ccontini-2925");
        }
    }

    @Test
    void showSaysWhatEachFieldFeedsAndHowThatWasDecided() throws IOException {
        Run show = run(portal("unknown", UNKNOWN + ", {\"key\": \"swift.colour\", \"value\": \"blue\"}"),
                "show", "--service", "prod");
        assertThat(show.exitCode()).as(show.err()).isZero();
        assertThat(show.out()).containsPattern("Swift login +system-ccontini-2925 +OS_USERNAME · inferred")
                .containsPattern("Swift colour +blue\\R").doesNotContain(PASSWORD);

        Run known = run(portal("known", KNOWN), "show", "--service", "prod", "--long");
        assertThat(known.out()).containsPattern("KEY +LABEL +VALUE +ROLE +FEEDS +DECIDED BY")
                .containsPattern("user_name +User name +system-ccontini-2925 +username +OS_USERNAME +table");
    }

    @Test
    void aRefusalNamesTheMissingRolesAndTheCandidatesThenRolesSetPersistsAndFeedsExport() throws IOException {
        Path data = portal("opaque", OPAQUE);
        Run refused = run(data, "export", "--service", "prod");
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.EXPORT_FAILED);
        assertThat(refused.err()).contains("has no Keystone credentials", "Missing: auth-url, username",
                "swift.who, swift.where", "roles --service \"Object Storage / prod\" --set KEY=ROLE", "Use as…")
                .doesNotContain("system-ccontini-2925", "https://auth.cloud.ca", PASSWORD);

        Run set = run(data, "roles", "--service", "prod", "--set", "swift.who=username",
                "--set", "swift.where=auth-url");
        assertThat(set.exitCode()).as(set.err()).isZero();
        assertThat(set.err()).contains("Saved: swift.who plays username for every service of kind swift on demo");
        assertThat(set.out()).containsPattern("swift.who +Swift who +username +assigned by you")
                .containsPattern("swift.tenant +Swift tenant +project-name +inferred")
                .doesNotContain(PASSWORD, "system-ccontini-2925");
        Path saved = dir.resolve("config/cloudmc-keys/field-roles.json");
        assertThat(Files.readString(saved)).contains("\"swift.who\" : \"username\"").doesNotContain("system-ccontini");

        Run exported = run(data, "export", "--service", "prod");
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        assertThat(exported.out()).contains("OS_USERNAME='system-ccontini-2925'", "OS_AUTH_URL='https://auth.cloud.ca'");

        Run cleared = run(data, "roles", "--service", "prod", "--clear", "swift.who", "--clear", "nothing.here");
        assertThat(cleared.exitCode()).isZero();
        assertThat(cleared.err()).contains("Cleared: swift.who", "Nothing to clear: nothing.here");
        assertThat(run(data, "export", "--service", "prod").err()).contains("Missing: username");
    }

    @Test
    void anAssignmentWinsOverTheTableAndAnAssignmentToAGoneKeyIsKeptAndReported() throws IOException {
        Path data = portal("known", KNOWN + ", {\"key\": \"swift.login\", \"value\": \"other-user\"}");
        Run set = run(data, "roles", "--service", "prod", "--set", "swift.login=username",
                "--set", "swift.gone=password");
        assertThat(set.exitCode()).as(set.err()).isZero();
        assertThat(set.out()).containsPattern("user_name +User name +username +table")
                .containsPattern("swift.login +Swift login +username +assigned by you")
                .contains("Kept, though the portal no longer sends this key (harmless): swift.gone as password.");
        assertThat(run(data, "export", "--service", "prod").out()).contains("OS_USERNAME='other-user'");
    }

    @Test
    void anUnknownRoleNameIsAUsageErrorAndNothingIsSaved() throws IOException {
        Path data = portal("opaque", OPAQUE);
        Run bad = run(data, "roles", "--service", "prod", "--set", "swift.who=username", "--set", "swift.where=url");
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains("\"url\" is not a role: use one of username, password,", "auth-url", "not-used");
        assertThat(dir.resolve("config/cloudmc-keys/field-roles.json")).doesNotExist();
        assertThat(run(data, "roles", "--service", "prod", "--set", "who").err()).contains("\"who\" is not KEY=ROLE");
    }

    @Test
    void aSettingsFileWithAnUnknownRoleNameIsReportedAndTheRestIsUsed() throws IOException {
        Path data = portal("opaque", OPAQUE);
        Path saved = Files.createDirectories(dir.resolve("config/cloudmc-keys")).resolve("field-roles.json");
        Files.writeString(saved, """
            {"portals": {"demo": {"swift": {"swift.who": "user-name", "swift.where": "auth-url"}}}}
            """);
        Run show = run(data, "roles", "--service", "prod");
        assertThat(show.exitCode()).isZero();
        assertThat(show.err()).contains("Ignored in " + saved + ": \"user-name\" is not a role (assigned to swift.who)");
        assertThat(show.out()).containsPattern("swift.where +Swift where +auth-url +assigned by you")
                .containsPattern("swift.who +Swift who +- +-");
        run(data, "roles", "--service", "prod", "--set", "swift.tenant=project-name");
        assertThat(Files.readString(saved)).contains("\"user-name\"", "\"project-name\"");
    }

    @Test
    void theRefusalAndTheRolesAreSaidInFrench() throws IOException {
        Path data = portal("opaque", OPAQUE);
        Run refused = run(data, "--lang", "fr", "export", "--service", "prod");
        assertThat(refused.err()).contains("Il manque\u00a0: auth-url, username", "swift.who, swift.where",
                "«\u00a0Utiliser comme…\u00a0»");
        Run roles = run(data, "--lang", "fr", "roles", "--service", "prod");
        assertThat(roles.out()).containsPattern("CLÉ +LIBELLÉ +RÔLE +DÉCIDÉ PAR")
                .containsPattern("swift.tenant +Swift tenant +project-name +déduit");
    }
}
