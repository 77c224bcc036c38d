package io.github.cloudmckeys.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code completion bash|fish} loaded into the real shells: subcommands complete, and
 * {@code --service} completes with the services' names from the demo portal, by running
 * the app itself (a {@code cloudmc-keys} on PATH that starts this build); without a key,
 * nothing is asked and nothing offered, at once.
 */
class CompletionTest {
    @TempDir
    Path dir;
    private Map<String, String> env;

    @BeforeEach
    void launcherOnPath() throws Exception {
        Path bin = Files.createDirectory(dir.resolve("bin"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path launcher = Files.writeString(bin.resolve("cloudmc-keys"), "#!/bin/sh\nexec '" + java + "' -cp '"
                + System.getProperty("java.class.path") + "' io.github.cloudmckeys.app.Main \"$@\"\n");
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwx------"));
        env = new HashMap<>();
        env.put("PATH", bin + ":" + System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        env.put("HOME", dir.toString());
        env.put("LANG", "C.UTF-8");
    }

    private String script(String shell) throws Exception {
        CliRun run = CliRun.of(Map.of(), "completion", shell);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run.out();
    }

    private String bash(String words) throws Exception {
        Path script = Files.writeString(dir.resolve("completion.bash"), script("bash"));
        String program = "source \"$1\"; COMP_WORDS=(" + words + "); COMP_CWORD=$((${#COMP_WORDS[@]} - 1));"
                + " _complete_cloudmc-keys 2>/dev/null; printf '%s\\n' \"${COMPREPLY[@]}\"";
        return run(List.of("bash", "-c", program, "bash", script.toString()));
    }

    private String run(List<String> command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().clear();
        builder.environment().putAll(env);
        Process process = builder.start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return out;
    }

    @Test
    void bashCompletesSubcommandsOptionsAndServiceNames() throws Exception {
        assertThat(bash("cloudmc-keys ex").lines()).containsExactly("export", "exec");
        assertThat(bash("cloudmc-keys exec --format ''").lines()).containsExactly("openrc-v3", "openrc-v2", "aws");
        assertThat(bash("cloudmc-keys show --demo --service Object").lines()).containsExactly(
                "Object\\ Storage\\ /\\ ccontini", "Object\\ Storage\\ /\\ Équipe\\ données",
                "Object\\ Storage\\ /\\ Québec", "Object\\ Storage\\ /\\ sandbox");
    }

    @Test
    void withoutAPortalKeyServiceCompletionIsSilentAndAsksNothing() throws Exception {
        long start = System.nanoTime();
        String offered = bash("cloudmc-keys show --service ''");
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertThat(offered).isBlank();
        // Well under one start of the app (seconds on this machine): no JVM was started for it.
        assertThat(millis).isLessThan(1500);
    }

    @Test
    void fishCompletesServiceNamesFromTheSameModel() throws Exception {
        Path fish = Path.of("/usr/bin/fish");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(fish)
                || System.getenv().getOrDefault("CLOUDMC_REQUIRE_SHELLS", "").contains("fish"), "fish is not installed");
        Path script = Files.writeString(dir.resolve("completion.fish"), script("fish"));

        String subcommands = run(List.of("fish", "--no-config", "-c", "source " + script
                + "; complete -C 'cloudmc-keys cred'"));
        String services = run(List.of("fish", "--no-config", "-c", "source " + script
                + "; complete -C 'cloudmc-keys show --demo --service Obj'"));

        assertThat(subcommands).startsWith("credential-process\t");
        assertThat(services.lines().map(line -> line.split("\t")[0])).contains("Object Storage / ccontini",
                "Object Storage / sandbox");
    }
}
