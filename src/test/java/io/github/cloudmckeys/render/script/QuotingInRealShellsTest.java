package io.github.cloudmckeys.render.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each quoting function, proven by the shell it is for: thousands of seeded random values
 * and the curated hostile list (empty and blank values included) are assigned in one
 * script, exported, and read back from {@code env -0} byte for byte.
 */
class QuotingInRealShellsTest {
    private static final int RANDOM_VALUES = 2500;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "bash, set -eu",
            "dash, set -eu",
            "ksh, set -eu",
            "zsh, set -eu",
            "zsh, setopt RC_QUOTES NO_UNSET ERR_EXIT",
            "fish, ''"})
    void everyValueReachesTheEnvironmentByteForByte(String shell, String setup) throws Exception {
        Path executable = Shells.require(shell);
        List<String> values = new HostileValues(HostileValues.SEED).many(RANDOM_VALUES);
        boolean fish = shell.equals("fish");
        UnaryOperator<String> quote = fish ? FishQuoting::quote : PosixQuoting::quote;
        List<String> script = new ArrayList<>();
        script.add(setup);
        for (int i = 0; i < values.size(); i++) {
            script.add((fish ? "set -gx CMK_" + i + " " : "export CMK_" + i + "=") + quote.apply(values.get(i)));
        }
        script.add("env -0");
        Path file = dir.resolve("values" + (fish ? ".fish" : ".sh"));
        Files.writeString(file, String.join("\n", script) + "\n", StandardCharsets.UTF_8);

        Shells.Result result = Shells.run(List.of(executable.toString(), file.toString()), dir, Map.of(), new byte[0]);

        assertThat(result.exitCode()).as("%s exit code; stderr: %s", shell, result.stderr()).isZero();
        Map<String, String> env = Shells.parseEnv(result.out());
        for (int i = 0; i < values.size(); i++) {
            String expected = values.get(i);
            assertThat(Escapes.show(env.get("CMK_" + i)))
                    .as("%s, value %d (seed %d)", shell, i, HostileValues.SEED)
                    .isEqualTo(Escapes.show(expected));
        }
    }
}
