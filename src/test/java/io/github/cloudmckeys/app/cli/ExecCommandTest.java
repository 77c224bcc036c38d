package io.github.cloudmckeys.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code exec} running real commands in the app's own JVM: the child's whole environment
 * against what sourcing the matching script in bash leaves, exit codes, signals passed on
 * through the real process tree, and nothing written under HOME or TMPDIR.
 */
class ExecCommandTest {
    /** Quotes, $, backquotes, a real line break, non-ASCII and an emoji: must reach the child byte for byte. */
    private static final String PASSWORD = "it's \"$HOME\" `id` \\ \n! 100% ^é中🔑";
    /** What bash sets or changes on its own when it starts, whatever it sources. */
    private static final Set<String> SET_BY_BASH = Set.of("_", "SHLVL", "PWD", "OLDPWD");

    @TempDir
    Path dir;
    private Path data;
    private Path home;
    private Path tmp;
    private Map<String, String> env;

    @BeforeEach
    void portalAndEnvironment() throws IOException {
        String json = """
            {"user": {"id": "u1", "userName": "ccontini"},
             "connections": [{"id": "c-swift", "serviceCode": "swift", "name": "Object Storage", "type": "swift"}],
             "environments": [
               {"id": "e1", "name": "ccontini", "connectionId": "c-swift", "organization": {"id": "o1", "name": "Acme"},
                "apiInfo": {"fields": [
                  {"key": "auth_url", "value": "https://auth.cloud.ca/v3"},
                  {"key": "project_name", "value": "system-ccontini"},
                  {"key": "user_name", "value": "system-ccontini-2925"},
                  {"key": "password", "value": %s, "sensitive": true},
                  {"key": "domain_id", "value": "default"},
                  {"key": "s3_access_key", "value": "AKIA0123"},
                  {"key": "s3_secret_key", "value": "s3cr3t/key+", "sensitive": true}]}},
               {"id": "e2", "name": "keystone-only", "connectionId": "c-swift", "organization": {"id": "o1", "name": "Acme"},
                "apiInfo": {"fields": [
                  {"key": "auth_url", "value": "https://auth.cloud.ca/v3"},
                  {"key": "user_name", "value": "someone"},
                  {"key": "password", "value": "pw", "sensitive": true}]}}]}
            """.formatted(new ObjectMapper().writeValueAsString(PASSWORD));
        data = Files.writeString(dir.resolve("portal.json"), json);
        home = Files.createDirectory(dir.resolve("home"));
        tmp = Files.createDirectory(dir.resolve("tmp"));
        env = new HashMap<>();
        env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        env.put("LANG", "C.UTF-8");
        env.put("HOME", home.toString());
        env.put("TMPDIR", tmp.toString());
        // Another cloud's variables, which the scripts remove or replace, and the user's own, which they keep.
        env.put("OS_CLOUD", "other-cloud");
        env.put("OS_TOKEN", "other-token");
        env.put("OS_AUTH_URL", "https://other.example/v3");
        env.put("ST_AUTH", "https://other.example/auth/v1.0");
        env.put("OS_CACERT", "/etc/ssl/mine.pem");
        env.put("AWS_PROFILE", "other-profile");
        env.put("AWS_SESSION_TOKEN", "other-session");
        env.put("AWS_REGION", "us-east-1");
        env.put("MY_OWN", "kept");
    }

    private AppProcess.Result exec(String... args) throws Exception {
        String[] all = Stream.concat(Stream.of("exec", "--demo-data", data.toString()), Stream.of(args))
                .toArray(String[]::new);
        return AppProcess.run(env, dir, all);
    }

    /** The script that {@code export --format FORMAT} writes, sourced by bash from the same environment. */
    private Map<String, String> afterSourcing(String format) throws Exception {
        CliRun export = CliRun.of(Map.of(), "export", "--demo-data", data.toString(), "--service", "ccontini",
                "--format", format);
        assertThat(export.exitCode()).as(export.err()).isZero();
        Path scripts = Files.createDirectories(dir.resolve("scripts"));
        Path script = Files.writeString(scripts.resolve(format + ".sh"), export.out());
        ProcessBuilder bash = new ProcessBuilder("bash", "-c", ". \"$1\" >/dev/null && exec env -0", "bash",
                script.toString()).directory(dir.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD);
        bash.environment().clear();
        bash.environment().putAll(env);
        Process process = bash.start();
        byte[] printed = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        return parse(printed);
    }

    private static Map<String, String> parse(byte[] envZero) {
        Map<String, String> variables = new TreeMap<>();
        for (String entry : new String(envZero, StandardCharsets.UTF_8).split("\0")) {
            if (!entry.isEmpty()) {
                int equals = entry.indexOf('=');
                variables.put(entry.substring(0, equals), entry.substring(equals + 1));
            }
        }
        SET_BY_BASH.forEach(variables::remove);
        return variables;
    }

    @ParameterizedTest
    @CsvSource({"openrc-v3, openrc-v3", "openrc-v2, openrc-v2", "aws, s3-env-sh"})
    void theChildGetsExactlyWhatSourcingTheMatchingScriptLeaves(String execFormat, String script) throws Exception {
        AppProcess.Result run = exec("--service", "ccontini", "--format", execFormat, "--", "env", "-0");

        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<String, String> child = parse(run.out());
        Map<String, String> sourced = afterSourcing(script);
        assertThat(child).isEqualTo(sourced);
        assertThat(child).containsEntry("MY_OWN", "kept");
        if (execFormat.startsWith("openrc")) {
            assertThat(child).containsEntry("OS_PASSWORD", PASSWORD).containsEntry("OS_CACERT", "/etc/ssl/mine.pem")
                    .doesNotContainKeys("OS_CLOUD", "OS_TOKEN", "ST_AUTH")
                    .containsEntry("OS_AUTH_URL", execFormat.endsWith("v3") ? "https://auth.cloud.ca/v3"
                            : "https://auth.cloud.ca/v2.0");
        } else {
            assertThat(child).containsEntry("AWS_SECRET_ACCESS_KEY", "s3cr3t/key+").containsEntry("AWS_REGION", "cloud.ca")
                    .doesNotContainKeys("AWS_PROFILE", "AWS_SESSION_TOKEN");
        }
        // The caller is told which of its variables the service's replace, by name, never by value.
        assertThat(run.err()).contains(execFormat.equals("aws") ? "AWS_PROFILE" : "OS_CLOUD")
                .doesNotContain("other-cloud").doesNotContain(PASSWORD).doesNotContain("s3cr3t");
    }

    @Test
    void nothingIsWrittenUnderHomeOrTmpdir() throws Exception {
        AppProcess.Result run = exec("--service", "ccontini", "--", "true");

        assertThat(run.exitCode()).as(run.err()).isZero();
        try (Stream<Path> underHome = Files.walk(home); Stream<Path> underTmp = Files.walk(tmp)) {
            assertThat(underHome).containsExactly(home);
            assertThat(underTmp).containsExactly(tmp);
        }
    }

    @Test
    void theCommandsExitCodeIsPassedBack() throws Exception {
        AppProcess.Result seven = exec("--service", "ccontini", "--", "sh", "-c", "exit 7");
        AppProcess.Result terminated = exec("--service", "ccontini", "--", "sh", "-c", "kill -TERM $$");

        assertThat(seven.exitCode()).as(seven.err()).isEqualTo(7);
        assertThat(terminated.exitCode()).as(terminated.err()).isEqualTo(128 + 15);
    }

    @Test
    void aCommandThatCannotBeFoundIs127AndASentenceAndThePortalIsNotAsked() throws Exception {
        AppProcess.Result run = exec("--service", "no-such-service", "--", "no-such-command-cloudmc");

        assertThat(run.exitCode()).isEqualTo(127);
        assertThat(run.err().strip()).isEqualTo(
                "Command not found: \"no-such-command-cloudmc\". Check its name, or install it (exit 127, as in a shell).");
    }

    @Test
    void badLinesAreRefusedInOneSentenceAndNothingRuns() throws Exception {
        Path marker = dir.resolve("ran");
        AppProcess.Result noDash = exec("--service", "ccontini", "touch", marker.toString());
        AppProcess.Result noCommand = exec("--service", "ccontini", "--");
        AppProcess.Result noS3 = exec("--service", "keystone-only", "--format", "aws", "--", "touch", marker.toString());
        AppProcess.Result unknown = exec("--service", "ccontini", "--bogus", "--", "touch", marker.toString());

        assertThat(noDash.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(noDash.err()).startsWith("Put -- before the command to run (\"touch\")").hasLineCount(1);
        assertThat(noCommand.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(noCommand.err()).startsWith("No command to run: put it after --").hasLineCount(1);
        assertThat(noS3.exitCode()).isEqualTo(ExitCodes.EXPORT_FAILED);
        assertThat(noS3.err()).contains("has no S3 keys").hasLineCount(1);
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).startsWith("Unknown option --bogus").hasLineCount(1);
        assertThat(marker).doesNotExist();
    }

    @ParameterizedTest
    @CsvSource({"TERM, 15", "INT, 2", "HUP, 1"})
    void aSignalToTheAppReachesTheChildAndLeavesNoProcessBehind(String signal, int number) throws Exception {
        assumeThat(ignoredHere(number)).as("SIG%s is ignored in this test's own process, so in its children too",
                signal).isFalse();
        Process app = AppProcess.builder(env, dir, List.of("exec", "--demo-data", data.toString(), "--service",
                "ccontini", "--", "sh", "-c", "echo ready; exec sleep 120")).redirectError(
                ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).isEqualTo("ready");
        List<ProcessHandle> tree = app.descendants().toList();
        assertThat(tree).as("the child, started by the app's JVM").isNotEmpty();

        Process kill = new ProcessBuilder("kill", "-s", signal, Long.toString(app.pid())).start();
        assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();

        assertThat(app.waitFor(30, TimeUnit.SECONDS)).as("the app ended").isTrue();
        // 128+N: the child died of the very signal (had the JVM killed it, 137).
        assertThat(app.exitValue()).isEqualTo(128 + number);
        for (ProcessHandle child : tree) {
            child.onExit().get(10, TimeUnit.SECONDS);
            assertThat(child.isAlive()).as("process %d", child.pid()).isFalse();
        }
    }

    @ParameterizedTest
    @CsvSource({"TERM, 15", "INT, 2", "HUP, 1"})
    void theChildReceivesTheVerySignalNotTheShutdownsSigterm(String signal, int number) throws Exception {
        assumeThat(ignoredHere(number)).as("SIG%s is ignored in this test's own process", signal).isFalse();
        String traps = "for s in TERM INT HUP; do trap \"echo caught-$s; exit 3\" $s; done; echo ready;"
                + " while :; do sleep 0.2; done";
        Process app = AppProcess.builder(env, dir, List.of("exec", "--demo-data", data.toString(), "--service",
                "ccontini", "--", "bash", "-c", traps)).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).isEqualTo("ready");

        Process kill = new ProcessBuilder("kill", "-s", signal, Long.toString(app.pid())).start();
        assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();

        assertThat(out.readLine()).isEqualTo("caught-" + signal);
        assertThat(app.waitFor(30, TimeUnit.SECONDS)).as("the app ended").isTrue();
        assertThat(app.exitValue()).as("the child's own exit code, not the JVM's death by signal").isEqualTo(3);
    }

    /** From this process's SigIgn mask: a signal ignored here is ignored by the processes it starts. */
    private static boolean ignoredHere(int signal) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("SigIgn:")) {
                long mask = Long.parseUnsignedLong(line.substring("SigIgn:".length()).strip(), 16);
                return (mask & (1L << (signal - 1))) != 0;
            }
        }
        return false;
    }
}
