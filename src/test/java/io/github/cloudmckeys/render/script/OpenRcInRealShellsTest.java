package io.github.cloudmckeys.render.script;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudmckeys.credentials.FieldRole;
import io.github.cloudmckeys.credentials.IdentityVersion;
import io.github.cloudmckeys.i18n.Language;
import io.github.cloudmckeys.portal.ServiceEntry;
import io.github.cloudmckeys.render.ShellDialect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whole scripts, sourced by the real shells: hundreds of seeded random credential sets
 * (hostile values in every field and in the service label, both identity versions, both
 * password modes, in random order) are sourced one after the other in ONE shell process
 * that starts with every OpenStack variable set to a stale value. After each script,
 * {@code env -0} must show exactly the OS_* and ST_* variables the specification asks for
 * (the oracle is {@link ExpectedEnvironment}), byte for byte, plus the untouched
 * {@code OS_CACERT}. Sourcing v2.0 after v3 and back proves that no script leaks into the
 * next. Passwords for the prompting scripts come on stdin through a pipe, one line each.
 * The POSIX shells run with {@code set -eu}. Every other script is commented in French
 * (and prompts in French): the language changes the comments, never what is set.
 */
class OpenRcInRealShellsTest {
    /** About eight random values each: over 2,000 values per shell. */
    private static final int SCRIPTS = 300;
    static final String RECORD_END = "CMK-RECORD-END";
    private static final Map<String, String> STALE = stale();

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"bash", "dash", "zsh", "ksh", "fish"})
    void everyScriptSetsExactlyItsServiceVariables(String shell) throws Exception {
        Path executable = Shells.require(shell);
        boolean fish = shell.equals("fish");
        HostileValues random = new HostileValues(HostileValues.SEED);
        List<String> driver = new ArrayList<>();
        if (!fish) {
            driver.add("set -eu");
        }
        StringBuilder stdin = new StringBuilder();
        StringBuilder expectedStderr = new StringBuilder();
        List<Map<String, String>> expected = new ArrayList<>();
        List<String> described = new ArrayList<>();
        for (int i = 0; i < SCRIPTS; i++) {
            Credentials credentials = randomCredentials(random);
            IdentityVersion version = random.chance(50) ? IdentityVersion.V3 : IdentityVersion.V2_0;
            PasswordMode mode = random.chance(50) ? PasswordMode.EMBED : PasswordMode.PROMPT;
            String typed = random.nextTypable();
            if (fish) {
                // fish 3.6's read turns U+F600-U+F6FF, its internal encoding of raw bytes, into bytes:
                // a limitation of fish documented in FishSyntax; embedded values are not affected.
                typed = typed.replaceAll("[\\uF600-\\uF6FF]", "\uF5FF");
            }
            ExportFormat format = ExportFormat.of(fish ? ShellDialect.FISH : ShellDialect.POSIX, version);
            Language language = i % 2 == 0 ? Language.ENGLISH : Language.FRENCH;
            String script = ScriptExporter.export(credentials.build(), format,
                    new ExportOptions(mode, Instant.EPOCH, random.next(), language)).script();
            Path file = dir.resolve("s" + i + format.fileExtension());
            Files.writeString(file, script, StandardCharsets.UTF_8);
            driver.add((fish ? "source " : ". ") + "./" + file.getFileName());
            driver.add("env -0; printf '%s\\0' " + RECORD_END);
            if (mode == PasswordMode.PROMPT) {
                stdin.append(typed).append('\n');
                if (!fish) {
                    expectedStderr.append(ExpectedEnvironment.posixPrompt(credentials, language));
                }
            }
            Map<String, String> env = new TreeMap<>(ExpectedEnvironment.after(credentials, version, mode, typed));
            env.put("OS_CACERT", STALE.get("OS_CACERT"));
            expected.add(env);
            described.add("script " + i + " (" + format.cliName() + ", " + mode + ", " + language + ", seed "
                    + HostileValues.SEED + ")");
        }
        Path driverFile = dir.resolve("driver" + (fish ? ".fish" : ".sh"));
        Files.writeString(driverFile, String.join("\n", driver) + "\n", StandardCharsets.UTF_8);

        Shells.Result result = Shells.run(List.of(executable.toString(), driverFile.toString()), dir, STALE,
                stdin.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(result.exitCode()).as("%s exit code; stderr: %s", shell, result.stderr()).isZero();
        assertThat(result.stderr()).as("%s stderr: prompts only, no error", shell).isEqualTo(expectedStderr.toString());
        List<Map<String, String>> records = records(result.out());
        assertThat(records).as("%s: one environment per script", shell).hasSize(SCRIPTS);
        for (int i = 0; i < SCRIPTS; i++) {
            assertThat(shown(Shells.openStackVariables(records.get(i))))
                    .as("%s, %s", shell, described.get(i))
                    .isEqualTo(shown(expected.get(i)));
        }
    }

    private static Credentials randomCredentials(HostileValues random) {
        ServiceEntry service = new ServiceEntry("c", random.next(), "e", random.next(),
                random.chance(50) ? random.next() : null);
        Credentials credentials = Credentials.of(service)
                .with(FieldRole.USERNAME, "u" + random.next())
                .with(FieldRole.AUTH_URL, "h" + random.next());
        for (FieldRole role : List.of(FieldRole.PASSWORD, FieldRole.PROJECT_NAME, FieldRole.PROJECT_ID,
                FieldRole.AUTH_URL_V2, FieldRole.DOMAIN_ID, FieldRole.DOMAIN_NAME, FieldRole.USER_DOMAIN_NAME,
                FieldRole.PROJECT_DOMAIN_ID, FieldRole.REGION, FieldRole.IDENTITY_API_VERSION)) {
            int chance = role.name().contains("_DOMAIN_") ? 15 : 70;
            if (random.chance(chance)) {
                credentials.with(role, random.next());
            }
        }
        if (random.chance(30)) {
            credentials.with(FieldRole.AUTH_URL, "https://auth.example.com" + List.of("", "/", "/v3", "/v3/", "//")
                    .get(random.nextInt(5)));
        }
        if (random.chance(50)) {
            credentials.with(FieldRole.INTERFACE, List.of("public", "internal", "adminURL", " Public ", random.next())
                    .get(random.nextInt(5)));
        }
        return credentials;
    }

    /** Splits the driver's output into one environment per script. */
    static List<Map<String, String>> records(String output) {
        List<Map<String, String>> records = new ArrayList<>();
        Map<String, String> current = new LinkedHashMap<>();
        for (String entry : output.split("\0", -1)) {
            if (entry.equals(RECORD_END)) {
                records.add(current);
                current = new LinkedHashMap<>();
            } else if (entry.indexOf('=') > 0) {
                current.put(entry.substring(0, entry.indexOf('=')), entry.substring(entry.indexOf('=') + 1));
            }
        }
        return records;
    }

    /** Every OpenStack variable any script touches set to a stale value, and one no script may touch. */
    private static Map<String, String> stale() {
        Map<String, String> env = new TreeMap<>();
        for (String name : List.of("OS_AUTH_URL", "OS_USERNAME", "OS_PASSWORD", "OS_PROJECT_NAME", "OS_PROJECT_ID",
                "OS_TENANT_NAME", "OS_TENANT_ID", "OS_USER_ID", "OS_USER_DOMAIN_ID", "OS_USER_DOMAIN_NAME",
                "OS_PROJECT_DOMAIN_ID", "OS_PROJECT_DOMAIN_NAME", "OS_DOMAIN_ID", "OS_DOMAIN_NAME", "OS_DEFAULT_DOMAIN",
                "OS_DEFAULT_DOMAIN_ID", "OS_DEFAULT_DOMAIN_NAME", "OS_REGION_NAME", "OS_INTERFACE", "OS_ENDPOINT_TYPE",
                "OS_IDENTITY_API_VERSION", "OS_AUTH_VERSION", "OS_AUTH_TYPE", "OS_CLOUD", "OS_TOKEN", "OS_AUTH_TOKEN",
                "OS_STORAGE_URL", "OS_SYSTEM_SCOPE", "OS_TRUST_ID", "ST_AUTH", "ST_USER", "ST_KEY", "ST_AUTH_VERSION")) {
            env.put(name, "stale " + name);
        }
        env.put("OS_CACERT", "/etc/ssl/corporate-proxy.pem");
        return env;
    }

    private static Map<String, String> shown(Map<String, String> env) {
        Map<String, String> shown = new TreeMap<>();
        env.forEach((name, value) -> shown.put(name, Escapes.show(value)));
        return shown;
    }
}
