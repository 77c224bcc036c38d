package io.github.cloudmckeys.render.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudmckeys.credentials.FieldRole;
import io.github.cloudmckeys.credentials.IdentityVersion;
import io.github.cloudmckeys.i18n.Language;
import io.github.cloudmckeys.portal.ServiceEntry;
import io.github.cloudmckeys.render.script.Credentials;
import io.github.cloudmckeys.render.script.ExportFormat;
import io.github.cloudmckeys.render.script.PasswordMode;
import io.github.cloudmckeys.render.script.ScriptExporter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The exact output, kept as files a reviewer can read in
 * {@code src/test/resources/io/github/cloudmckeys/export/golden/}: the ordinary cloud.ca
 * credentials in every format and password mode, a hostile set per dialect, missing
 * fields, and a v2.0 URL made from the v3 one. Under {@code golden/fr/}: the same scripts
 * commented in French, and French configuration files.
 *
 * <p>After an intended change of the output, rewrite the files with
 * {@code ./mvnw test -Dtest=GoldenFilesTest -Dgolden.update=true}, read the diff, and
 * commit it with the change.
 */
public class GoldenFilesTest {
    private static final Path GOLDEN = Path.of(System.getProperty("basedir", "."),
            "src/test/resources/io/github/cloudmckeys/export/golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    /** A password with every dialect's specials, and non-ASCII names: what the quoting must survive. */
    public static Credentials hostile() {
        return Credentials.of(new ServiceEntry("c", "Stockage d’objets", "e", "équipe 中文", "Acme & Fils"))
                .with(FieldRole.AUTH_URL, "https://auth.cloud.ca")
                .with(FieldRole.USERNAME, "José \"Pepe\" O'Brien")
                .with(FieldRole.PASSWORD, "it’s 'a' \"quoted\" and \"open $HOME `id` \\ %PATH% ^&|<>() ; # * ? ~ !bang -x 😀")
                .with(FieldRole.PROJECT_NAME, "projet-été")
                .with(FieldRole.DOMAIN_ID, "default");
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (ExportFormat format : ExportFormat.values()) {
            cases.add(Arguments.of(format.cliName() + format.fileExtension(), Credentials.ordinary(), format,
                    PasswordMode.EMBED));
            if (format.supportsPasswordPrompt()) {
                cases.add(Arguments.of(format.cliName() + "-prompt" + format.fileExtension(), Credentials.ordinary(),
                        format, PasswordMode.PROMPT));
            }
            if (format.identityVersion() == IdentityVersion.V3) {
                cases.add(Arguments.of("hostile-" + format.cliName() + format.fileExtension(), hostile(), format,
                        PasswordMode.EMBED));
            }
        }
        cases.add(Arguments.of("hostile-powershell-v3-prompt.ps1", hostile(), ExportFormat.POWERSHELL_V3,
                PasswordMode.PROMPT));
        cases.add(Arguments.of("multiline-powershell-v3.ps1",
                hostile().with(FieldRole.PASSWORD, "line one\r\nline ’two’\nthree\r"), ExportFormat.POWERSHELL_V3,
                PasswordMode.EMBED));
        cases.add(Arguments.of("missing-fields-openrc-v3.sh", Credentials.ordinary().without(FieldRole.PASSWORD)
                .without(FieldRole.PROJECT_NAME).without(FieldRole.DOMAIN_ID), ExportFormat.OPENRC_V3,
                PasswordMode.EMBED));
        cases.add(Arguments.of("derived-url-openrc-v2.sh", Credentials.ordinary().without(FieldRole.AUTH_URL_V2)
                .with(FieldRole.AUTH_URL, "https://auth.cloud.ca/v3/"), ExportFormat.OPENRC_V2, PasswordMode.EMBED));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theScriptIsExactlyTheGoldenFile(String fileName, Credentials credentials, ExportFormat format,
            PasswordMode mode) throws Exception {
        String script = Credentials.export(credentials.build(), format, mode).script();
        Path golden = GOLDEN.resolve(fileName);
        if (UPDATE) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, script, StandardCharsets.UTF_8);
        }
        assertThat(read(golden)).as("%s (rewrite with -Dgolden.update=true after an intended change)", fileName)
                .isEqualTo(script);
    }

    static Stream<Arguments> frenchCases() {
        List<Arguments> cases = new ArrayList<>();
        for (ExportFormat format : List.of(ExportFormat.OPENRC_V3, ExportFormat.OPENRC_V2, ExportFormat.FISH_V3,
                ExportFormat.POWERSHELL_V3, ExportFormat.CMD_V3, ExportFormat.CMD_V2)) {
            cases.add(Arguments.of(format.cliName() + format.fileExtension(), Credentials.ordinary(), format,
                    PasswordMode.EMBED));
        }
        cases.add(Arguments.of("openrc-v3-prompt.sh", Credentials.ordinary(), ExportFormat.OPENRC_V3,
                PasswordMode.PROMPT));
        cases.add(Arguments.of("powershell-v3-prompt.ps1", Credentials.ordinary(), ExportFormat.POWERSHELL_V3,
                PasswordMode.PROMPT));
        // cmd: French words folded to ASCII, so the code page changes only for the portal's own non-ASCII text.
        cases.add(Arguments.of("hostile-cmd-v3.cmd", hostile(), ExportFormat.CMD_V3, PasswordMode.EMBED));
        cases.add(Arguments.of("missing-fields-openrc-v3.sh", Credentials.ordinary().without(FieldRole.PASSWORD)
                .without(FieldRole.PROJECT_NAME).without(FieldRole.DOMAIN_ID), ExportFormat.OPENRC_V3,
                PasswordMode.EMBED));
        return cases.stream();
    }

    @ParameterizedTest(name = "fr/{0}")
    @MethodSource("frenchCases")
    void theFrenchScriptIsExactlyTheGoldenFile(String fileName, Credentials credentials, ExportFormat format,
            PasswordMode mode) throws Exception {
        String script = ScriptExporter.export(credentials.build(), format,
                Credentials.options(mode, Language.FRENCH)).script();
        compare(GOLDEN.resolve("fr").resolve(fileName), script);
    }

    static Stream<Arguments> frenchConfigCases() {
        Credentials missing = Credentials.ordinary().without(FieldRole.PASSWORD).without(FieldRole.DOMAIN_ID)
                .without(FieldRole.PROJECT_NAME);
        return Stream.of(
                Arguments.of("clouds.yaml", Credentials.ordinary(), ConfigFormat.CLOUDS_YAML, false),
                Arguments.of("clouds-split.yaml", Credentials.ordinary(), ConfigFormat.CLOUDS_YAML, true),
                Arguments.of("missing-fields-clouds.yaml", missing, ConfigFormat.CLOUDS_YAML, false),
                Arguments.of("aws-config", Credentials.ordinary(), ConfigFormat.AWS_CONFIG, false),
                Arguments.of("rclone-swift.conf", missing, ConfigFormat.RCLONE_SWIFT, false),
                Arguments.of("s3-env.sh", Credentials.ordinary(), ConfigFormat.S3_ENV_SH, false));
    }

    @ParameterizedTest(name = "fr/{0}")
    @MethodSource("frenchConfigCases")
    void theFrenchConfigFileIsExactlyTheGoldenFile(String fileName, Credentials credentials, ConfigFormat format,
            boolean split) throws Exception {
        ConfigResult result = ConfigExporter.export(credentials.build(), format, new ConfigOptions("ccontini",
                S3Defaults.CLOUD_CA, split, Credentials.GENERATED_AT, Credentials.PORTAL_HOST, Language.FRENCH));
        String text = result.text() + result.secureYaml().map(secure -> "# ---- secure.yaml ----\n" + secure)
                .orElse("");
        compare(GOLDEN.resolve("fr").resolve(fileName), text);
    }

    private static void compare(Path golden, String actual) throws IOException {
        if (UPDATE) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(read(golden)).as("%s (rewrite with -Dgolden.update=true after an intended change)", golden)
                .isEqualTo(actual);
    }

    private static String read(Path golden) throws IOException {
        return Files.exists(golden) ? Files.readString(golden, StandardCharsets.UTF_8) : "(no golden file " + golden + ")";
    }
}
