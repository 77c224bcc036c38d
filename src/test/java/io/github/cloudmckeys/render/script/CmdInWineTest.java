package io.github.cloudmckeys.render.script;

import io.github.cloudmckeys.credentials.IdentityVersion;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudmckeys.credentials.FieldRole;
import io.github.cloudmckeys.render.ShellDialect;
import io.github.cloudmckeys.i18n.Language;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cmd scripts, run by a real cmd: Wine's ({@code wine cmd}, Debian's wine64, no display
 * needed). Each credential set, hostile values in every field and the password, is exported
 * as a cmd script and as a POSIX script; cmd {@code call}s the one and bash sources the
 * other, both starting from the same stale OpenStack variables, and the OS_* and ST_*
 * variables they leave must be the same, byte for byte.
 *
 * <p>One difference comes from Wine and not from Windows: Wine 8's cmd decodes a batch file
 * in the OEM code page (437) whatever {@code chcp 65001} said before, where Windows 10 and
 * later read the lines after {@code chcp 65001} as UTF-8 (what the scripts rely on, see
 * {@link CmdSyntax}). So values here are ASCII (all of cmd's special characters, controls
 * included); the GitHub workflow calls the non-ASCII scripts in the real Windows cmd.
 *
 * <p>A second one: after an odd number of {@code "} in a {@code set "…"} line, Windows'
 * cmd is outside quotes, where a caret makes the next character plain and goes, so
 * {@code ^^} is one {@code ^} and {@code ^(} is {@code (} (as Wine's own {@code echo a^^b}
 * shows); Wine's cmd keeps the caret there before {@code ^}, {@code (} and {@code )} ({@link
 * #wineKeepsTheCaretOutsideQuotesInASetLine} shows it). Those three characters, outside
 * quotes, are left out of the values compared here; everything else is compared, the
 * carets before {@code & | < >} outside quotes included.
 * Skipped without wine unless {@value Shells#REQUIRE} names {@code wine}.
 */
class CmdInWineTest {
    /** Random credential sets after the curated values, one per script. */
    private static final int RANDOM_SCRIPTS = 80;
    private static final String RECORD_END = OpenRcInRealShellsTest.RECORD_END;
    private static final Map<String, String> STALE = Map.of("OS_CLOUD", "stale-cloud", "OS_TOKEN", "stale-token",
            "OS_PASSWORD", "stale-password", "ST_KEY", "stale-key", "OS_TENANT_NAME", "stale-tenant");

    /** Wine's C: drive and registry, made on first use: kept in target/ so that runs after the first are quick. */
    private static final Path WINE_PREFIX = Path.of("target", "wineprefix").toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void cmdSetsWhatBashSetsForEveryHostileValue() throws Exception {
        Path wine = Shells.require("wine");
        Path bash = Shells.require("bash");
        HostileValues random = new HostileValues(HostileValues.SEED);
        List<String> values = new ArrayList<>(HostileValues.CURATED.stream().map(CmdInWineTest::cmdAscii).toList());
        List<String> cmdDriver = Shells.lines("@echo off");
        List<String> bashDriver = Shells.lines("set -eu");
        List<String> described = new ArrayList<>();
        int scripts = values.size() + RANDOM_SCRIPTS;
        for (int i = 0; i < scripts; i++) {
            String password = i < values.size() ? values.get(i) : cmdAscii(random.next());
            IdentityVersion version = i % 3 == 2 ? IdentityVersion.V2_0 : IdentityVersion.V3;
            Credentials credentials = Credentials.of(new ServiceEntryValues(random).service())
                    .with(FieldRole.USERNAME, "u" + cmdAscii(random.next()))
                    .with(FieldRole.AUTH_URL, "https://auth.example.com/" + cmdAscii(random.next()))
                    .with(FieldRole.PROJECT_NAME, cmdAscii(random.next()) + "p")
                    .with(FieldRole.PASSWORD, password);
            if (random.chance(50)) {
                credentials.with(FieldRole.REGION, cmdAscii(random.next()) + "r");
            }
            Language language = i % 2 == 0 ? Language.ENGLISH : Language.FRENCH;
            ExportOptions options = new ExportOptions(PasswordMode.EMBED, Instant.EPOCH, "portal.example.com",
                    language);
            String cmd = ScriptExporter.export(credentials.build(), ExportFormat.of(ShellDialect.CMD, version),
                    options).script();
            String sh = ScriptExporter.export(credentials.build(), ExportFormat.of(ShellDialect.POSIX, version),
                    options).script();
            Files.writeString(dir.resolve("s" + i + ".cmd"), cmd, StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("s" + i + ".sh"), sh, StandardCharsets.UTF_8);
            cmdDriver.add("call s" + i + ".cmd");
            cmdDriver.add("set>>out.txt"); // all of it: Wine's cmd writes nothing for "set ST_>>out.txt 2>nul"
            cmdDriver.add("echo " + RECORD_END + ">>out.txt");
            bashDriver.add(". ./s" + i + ".sh");
            bashDriver.add("env -0; printf '%s\\0' " + RECORD_END);
            described.add("script " + i + " (" + version + ", " + language + "), password " + visible(password));
        }
        Files.writeString(dir.resolve("driver.cmd"), String.join("\r\n", cmdDriver) + "\r\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("driver.sh"), String.join("\n", bashDriver) + "\n", StandardCharsets.UTF_8);

        Map<String, String> wineEnv = new LinkedHashMap<>(STALE);
        wineEnv.put("WINEPREFIX", WINE_PREFIX.toString());
        wineEnv.put("WINEDEBUG", "-all");
        Shells.Result ran = Shells.run(List.of(wine.toString(), "cmd", "/c", "driver.cmd"), dir, wineEnv, new byte[0]);
        Shells.Result sourced = Shells.run(List.of(bash.toString(), "driver.sh"), dir, STALE, new byte[0]);
        Shells.run(List.of(wine.toString() + "server", "-k"), dir, wineEnv, new byte[0]);

        assertThat(ran.exitCode()).as("wine cmd exit code; stderr: %s", ran.stderr()).isZero();
        assertThat(ran.stderr().lines().filter(line -> !line.startsWith("wine: ")))
                .as("cmd's stderr, but Wine's own notes on creating its prefix").isEmpty();
        assertThat(sourced.exitCode()).as("bash exit code; stderr: %s", sourced.stderr()).isZero();
        // set prints NAME=value lines: as records they are what env -0 prints, with CR LF for NUL.
        List<Map<String, String>> fromCmd = openStack(Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8)
                .replace("\r\n", "\0"));
        List<Map<String, String>> fromBash = openStack(sourced.out());
        assertThat(fromCmd).as("one environment per cmd script").hasSize(scripts);
        assertThat(fromBash).as("one environment per bash script").hasSize(scripts);
        for (int i = 0; i < scripts; i++) {
            assertThat(fromCmd.get(i)).as(described.get(i)).isEqualTo(fromBash.get(i));
        }
        for (String password : List.of("%PATH%", "!!", "^&", "\"a&b\"c&d", "'; rm -rf ~; echo '")) {
            assertThat(fromCmd.get(values.indexOf(password))).as("the hostile password %s", password)
                    .containsEntry("OS_PASSWORD", password).doesNotContainKeys("OS_TOKEN", "OS_CLOUD", "ST_KEY");
        }
    }

    /**
     * A value cmd can carry and Wine's cmd reads as Windows does: ASCII, without CR, LF,
     * Ctrl-Z and NUL, and without a caret after an odd number of quotes (see above).
     */
    static String cmdAscii(String value) {
        StringBuilder out = new StringBuilder();
        boolean insideQuotes = true;
        for (char c : value.toCharArray()) {
            if (c >= 0x80 || !CmdQuoting.canCarry(c) || (!insideQuotes && "^()".indexOf(c) >= 0)) {
                continue;
            }
            insideQuotes ^= c == '"';
            out.append(c);
        }
        return out.toString();
    }

    /** The Wine difference named above, so that a Wine that fixes it shows up here. */
    @Test
    void wineKeepsTheCaretOutsideQuotesInASetLine() throws Exception {
        Path wine = Shells.require("wine");
        String value = "a\"b^c(d\"e";
        Files.writeString(dir.resolve("caret.cmd"), "@echo off\r\n" + CmdQuoting.setCommand("OS_CARET", value)
                + "\r\necho a^^b>out.txt\r\nset OS_CARET>>out.txt\r\n", StandardCharsets.UTF_8);
        assertThat(CmdQuoting.setCommand("OS_CARET", value)).isEqualTo("set \"OS_CARET=a\"b^^c^(d\"e\"");
        Map<String, String> wineEnv = Map.of("WINEPREFIX", WINE_PREFIX.toString(), "WINEDEBUG", "-all");
        Shells.Result ran = Shells.run(List.of(wine.toString(), "cmd", "/c", "caret.cmd"), dir, wineEnv, new byte[0]);
        Shells.run(List.of(wine.toString() + "server", "-k"), dir, wineEnv, new byte[0]);

        assertThat(ran.exitCode()).as(ran.stderr()).isZero();
        assertThat(Files.readString(dir.resolve("out.txt")))
                .as("echo: one caret, as on Windows; set: Windows would give a\"b^c(d\"e")
                .isEqualTo("a^b\r\nOS_CARET=a\"b^^c^(d\"e\r\n");
    }

    private static String visible(String value) {
        StringBuilder out = new StringBuilder();
        value.chars().forEach(c -> out.append(c < 0x20 || c == 0x7F ? String.format("\\x%02x", c) : (char) c));
        return out.length() > 60 ? out.substring(0, 60) + "..." : out.toString();
    }

    private static List<Map<String, String>> openStack(String nulRecords) {
        return OpenRcInRealShellsTest.records(nulRecords).stream()
                .<Map<String, String>>map(env -> new TreeMap<>(Shells.openStackVariables(env))).toList();
    }

    /** A service whose labels are hostile too: they reach the scripts' comments. */
    private record ServiceEntryValues(HostileValues random) {
        io.github.cloudmckeys.portal.ServiceEntry service() {
            return new io.github.cloudmckeys.portal.ServiceEntry("c", cmdAscii(random.next()), "e",
                    cmdAscii(random.next()), null);
        }
    }
}
