package io.github.cloudmckeys.render.script;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs real shells for the tests. A shell that is not installed skips its test, unless
 * the environment variable {@value #REQUIRE} (comma-separated, e.g.
 * {@code bash,dash,zsh,ksh,fish}) names it: then the test fails, so CI never skips
 * silently.
 */
public final class Shells {
    public static final String REQUIRE = "CLOUDMC_REQUIRE_SHELLS";
    public static final List<String> POSIX = List.of("bash", "dash", "zsh", "ksh");
    private static final long TIMEOUT_SECONDS = 60;

    private Shells() {
    }

    /** The shell's executable; skips the test (or fails it, when required) if it is not installed. */
    public static Path require(String shell) {
        Optional<Path> found = find(shell);
        if (found.isEmpty()) {
            if (isRequired(shell, System.getenv(REQUIRE))) {
                fail(shell + " is not installed but " + REQUIRE + " requires it");
            }
            Assumptions.assumeTrue(false, shell + " is not installed: skipped (set " + REQUIRE + " to require it)");
        }
        return found.get();
    }

    /** True when the comma-separated list (the value of {@value #REQUIRE}, may be null) names the shell. */
    public static boolean isRequired(String shell, String requiredList) {
        Set<String> required = Arrays.stream(requiredList == null ? new String[0] : requiredList.split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
        return required.contains(shell);
    }

    public static Optional<Path> find(String program) {
        boolean windows = File.pathSeparatorChar == ';';
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, windows ? program + ".exe" : program);
            if (!dir.isEmpty() && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** What a finished process left. */
    public record Result(int exitCode, byte[] stdout, String stderr) {
        public String out() {
            return new String(stdout, StandardCharsets.UTF_8);
        }
    }

    /**
     * Runs {@code command} in {@code dir} with a small fixed environment (PATH, HOME, a
     * UTF-8 locale) plus {@code env}, feeding {@code stdin} through a pipe.
     */
    public static Result run(List<String> command, Path dir, Map<String, String> env, byte[] stdin)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().clear();
        builder.environment().putAll(baseEnvironment(dir));
        builder.environment().putAll(env);
        Path out = Files.createTempFile(dir, "stdout", ".bin");
        Path err = Files.createTempFile(dir, "stderr", ".txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        try (OutputStream in = process.getOutputStream()) {
            in.write(stdin);
        } catch (IOException e) {
            // The shell exited without reading all its input; its exit code and stderr tell why.
        }
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(command + " did not finish within " + TIMEOUT_SECONDS + " s");
        }
        return new Result(process.exitValue(), Files.readAllBytes(out), Files.readString(err));
    }

    public static Map<String, String> baseEnvironment(Path home) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        env.put("HOME", home.toString());
        env.put("LANG", "C.UTF-8");
        env.put("LC_ALL", "C.UTF-8");
        // fish writes its history and universal variables under these: keep them in the temp dir.
        env.put("XDG_CONFIG_HOME", home.resolve(".config").toString());
        env.put("XDG_DATA_HOME", home.resolve(".local").toString());
        return env;
    }

    /** Splits {@code env -0} output (NUL-terminated NAME=value entries) into a map. */
    public static Map<String, String> parseEnv(String nulSeparated) {
        Map<String, String> env = new LinkedHashMap<>();
        for (String entry : nulSeparated.split("\0")) {
            int eq = entry.indexOf('=');
            if (eq > 0) {
                env.put(entry.substring(0, eq), entry.substring(eq + 1));
            }
        }
        return env;
    }

    /** The OS_* and ST_* entries of an environment. */
    public static Map<String, String> openStackVariables(Map<String, String> env) {
        Map<String, String> os = new java.util.TreeMap<>();
        env.forEach((name, value) -> {
            if (name.startsWith("OS_") || name.startsWith("ST_")) {
                os.put(name, value);
            }
        });
        return os;
    }

    /** Lines of text as a list, for building drivers. */
    public static List<String> lines(String... lines) {
        return new ArrayList<>(List.of(lines));
    }
}
