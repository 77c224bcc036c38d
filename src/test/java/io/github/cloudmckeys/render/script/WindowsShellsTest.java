package io.github.cloudmckeys.render.script;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudmckeys.credentials.FieldRole;
import io.github.cloudmckeys.render.ExportException;
import io.github.cloudmckeys.render.ShellDialect;
import io.github.cloudmckeys.credentials.IdentityVersion;
import io.github.cloudmckeys.i18n.Language;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The PowerShell and cmd scripts in the real PowerShell 7 ({@code pwsh}: Windows, macOS),
 * Windows PowerShell 5.1 ({@code powershell}) and Windows' {@code cmd}: the GitHub workflow
 * requires them on Windows and macOS through {@value Shells#REQUIRE}. Each curated hostile
 * value is the password (and part of the user and project names) of one script; after each
 * script a child PowerShell writes the OS_* and ST_* variables to a UTF-8 file, which must
 * hold exactly what {@link ExpectedEnvironment} says, stale variables removed. A value the
 * dialect cannot carry (CR or LF for cmd) is refused by the exporter and not run.
 */
class WindowsShellsTest {
    private static final Map<String, String> STALE = Map.of("OS_CLOUD", "stale-cloud", "OS_TOKEN", "stale-token",
            "ST_KEY", "stale-key", "OS_CACERT", "kept.pem");
    /** Writes the OS_* and ST_* variables, NUL-terminated, to the file named by its argument, in UTF-8. */
    private static final String DUMP = String.join("\r\n",
            "param([string]$Path)",
            "$text = (Get-ChildItem Env: | Where-Object { $_.Name -cmatch '^(OS|ST)_' } |",
            "    ForEach-Object { $_.Name + '=' + $_.Value + [char]0 }) -join ''",
            "[IO.File]::WriteAllText($Path, $text, (New-Object Text.UTF8Encoding $false))", "");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"pwsh", "powershell", "cmd"})
    void everyScriptSetsExactlyItsVariables(String shell) throws Exception {
        Path executable = Shells.require(shell);
        boolean cmd = shell.equals("cmd");
        Path dumper = Files.writeString(dir.resolve("dump.ps1"), DUMP, StandardCharsets.US_ASCII);
        String powershell = cmd ? Shells.require("powershell").toString() : null;
        List<String> driver = new ArrayList<>(cmd ? List.of("@echo off") : List.of());
        List<Case> cases = new ArrayList<>();
        for (String value : HostileValues.CURATED) {
            int i = cases.size();
            Credentials credentials = Credentials.of(Credentials.OBJECT_STORAGE)
                    .with(FieldRole.USERNAME, "u" + value).with(FieldRole.PASSWORD, value)
                    .with(FieldRole.PROJECT_NAME, value + "p").with(FieldRole.AUTH_URL, "https://auth.example.com");
            IdentityVersion version = i % 3 == 2 ? IdentityVersion.V2_0 : IdentityVersion.V3;
            Optional<String> script = script(credentials, ExportFormat.of(cmd ? ShellDialect.CMD
                    : ShellDialect.POWERSHELL, version), i % 2 == 0 ? Language.ENGLISH : Language.FRENCH);
            if (script.isEmpty()) {
                continue;
            }
            Path file = Files.writeString(dir.resolve("s" + i + (cmd ? ".cmd" : ".ps1")), script.get(),
                    StandardCharsets.UTF_8);
            Path out = dir.resolve("env" + i + ".txt");
            if (cmd) {
                driver.add("call " + file.getFileName());
                driver.add("\"" + powershell + "\" -NoProfile -ExecutionPolicy Bypass -File dump.ps1 \"" + out + "\"");
            } else {
                driver.add(". '" + file + "'");
                driver.add("& '" + dumper + "' '" + out + "'");
            }
            Map<String, String> env = new TreeMap<>(ExpectedEnvironment.after(credentials, version,
                    PasswordMode.EMBED, null));
            env.put("OS_CACERT", STALE.get("OS_CACERT"));
            cases.add(new Case(value, out, env));
        }
        Path driverFile = Files.writeString(dir.resolve(cmd ? "driver.cmd" : "driver.ps1"),
                String.join("\r\n", driver) + "\r\n", StandardCharsets.US_ASCII);
        List<String> command = cmd ? List.of(executable.toString(), "/d", "/c", driverFile.toString())
                : List.of(executable.toString(), "-NoProfile", "-NonInteractive", "-ExecutionPolicy", "Bypass",
                "-File", driverFile.toString());

        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve("stdout.txt").toFile()).redirectError(dir.resolve("stderr.txt").toFile());
        builder.environment().putAll(STALE); // the rest of the environment stays: Windows needs SystemRoot
        Process process = builder.start();
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("%s finished", shell).isTrue();

        assertThat(Files.readString(dir.resolve("stderr.txt"))).as("%s stderr", shell).isEmpty();
        assertThat(process.exitValue()).as("%s exit code", shell).isZero();
        assertThat(cases).as("values run").hasSizeGreaterThan(HostileValues.CURATED.size() * 3 / 4);
        for (Case run : cases) {
            assertThat(Shells.parseEnv(Files.readString(run.out(), StandardCharsets.UTF_8)))
                    .as("%s, password %s", shell, run.password()).isEqualTo(run.expected());
        }
    }

    /** One script: its password, where its variables were written, what they must be. */
    private record Case(String password, Path out, Map<String, String> expected) {}

    private static Optional<String> script(Credentials credentials, ExportFormat format, Language language) {
        try {
            return Optional.of(ScriptExporter.export(credentials.build(), format,
                    new ExportOptions(PasswordMode.EMBED, Instant.EPOCH, "portal.example.com", language)).script());
        } catch (ExportException refused) {
            return Optional.empty(); // what the dialect cannot carry: the exporter says so, there is nothing to run
        }
    }
}
