package io.github.cloudmckeys.render.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cloudmckeys.credentials.FieldRole;
import io.github.cloudmckeys.credentials.IdentityVersion;
import io.github.cloudmckeys.i18n.Language;
import io.github.cloudmckeys.portal.ServiceEntry;
import io.github.cloudmckeys.render.ExportException;
import io.github.cloudmckeys.render.ShellDialect;
import io.github.cloudmckeys.render.config.GoldenFilesTest;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ScriptExporterTest {
    private static final String PASSWORD = "hunter2-s3cret";

    private static String posix(Credentials credentials, IdentityVersion version, PasswordMode mode)
            throws ExportException {
        return Credentials.export(credentials.build(), ExportFormat.of(ShellDialect.POSIX, version), mode).script();
    }

    private static List<String> lines(String script) {
        return Arrays.asList(script.split("\n"));
    }

    @Test
    void theV3ScriptSetsTheServiceAndRemovesWhatWouldHijackIt() throws Exception {
        String script = posix(Credentials.ordinary().with(FieldRole.REGION, "ca-east-1"), IdentityVersion.V3,
                PasswordMode.EMBED);
        assertThat(lines(script)).contains(
                "export OS_AUTH_URL='https://auth.cloud.ca'",
                "export OS_USERNAME='system-ccontini-2925'",
                "export OS_PASSWORD='hunter2'",
                "export OS_PROJECT_NAME='system-ccontini'",
                "export OS_USER_DOMAIN_ID='default'",
                "export OS_PROJECT_DOMAIN_ID='default'",
                "export OS_REGION_NAME='ca-east-1'",
                "export OS_INTERFACE='public'",
                "export OS_IDENTITY_API_VERSION='3'",
                "export OS_AUTH_TYPE='password'");
        String unset = unsetWords(script);
        assertThat(unset.split(" ")).contains("OS_TENANT_ID", "OS_TENANT_NAME", "OS_CLOUD", "OS_TOKEN", "OS_AUTH_TOKEN",
                "OS_STORAGE_URL", "ST_AUTH", "ST_USER", "ST_KEY", "ST_AUTH_VERSION",
                // not known, so not set: an earlier openrc's must not stay
                "OS_PROJECT_ID", "OS_USER_DOMAIN_NAME", "OS_PROJECT_DOMAIN_NAME", "OS_DOMAIN_ID", "OS_DOMAIN_NAME")
                .doesNotContain("OS_AUTH_URL", "OS_PASSWORD", "OS_REGION_NAME");
    }

    @Test
    void theV2ScriptRemovesEveryDomainVariableAndTheV3OnlyOnes() throws Exception {
        String script = posix(Credentials.ordinary().with(FieldRole.PROJECT_ID, "abc123"), IdentityVersion.V2_0,
                PasswordMode.EMBED);
        assertThat(lines(script)).contains(
                "export OS_AUTH_URL='https://auth.cloud.ca/v2.0'",
                "export OS_TENANT_NAME='system-ccontini'",
                "export OS_PROJECT_NAME='system-ccontini'",
                "export OS_IDENTITY_API_VERSION='2.0'",
                "export OS_ENDPOINT_TYPE='publicURL'");
        assertThat(unsetWords(script).split(" ")).contains("OS_USER_DOMAIN_ID", "OS_USER_DOMAIN_NAME",
                "OS_PROJECT_DOMAIN_ID", "OS_PROJECT_DOMAIN_NAME", "OS_DOMAIN_ID", "OS_DOMAIN_NAME", "OS_DEFAULT_DOMAIN",
                "OS_DEFAULT_DOMAIN_ID", "OS_DEFAULT_DOMAIN_NAME", "OS_PROJECT_ID", "OS_INTERFACE", "OS_AUTH_TYPE",
                "OS_CLOUD", "OS_TOKEN", "OS_AUTH_TOKEN", "OS_STORAGE_URL", "ST_AUTH", "ST_USER", "ST_KEY",
                "ST_AUTH_VERSION");
        assertThat(script).doesNotContain("abc123").doesNotContain("export OS_USER_DOMAIN");
    }

    @Test
    void theFirstCommentSaysTheModeAndForV2ThatItIsDeprecated() throws Exception {
        assertThat(lines(posix(Credentials.ordinary(), IdentityVersion.V3, PasswordMode.EMBED)).get(0))
                .contains("Keystone v3").contains("password embedded");
        assertThat(lines(posix(Credentials.ordinary(), IdentityVersion.V3, PasswordMode.PROMPT)).get(0))
                .contains("password asked for");
        assertThat(lines(posix(Credentials.ordinary(), IdentityVersion.V2_0, PasswordMode.EMBED)).get(0))
                .contains("DEPRECATED").contains("v2.0").contains("removed in the Queens release");
    }

    @ParameterizedTest
    @CsvSource({
            "https://auth.cloud.ca, https://auth.cloud.ca/v2.0",
            "https://auth.cloud.ca/, https://auth.cloud.ca/v2.0",
            "https://auth.cloud.ca//, https://auth.cloud.ca/v2.0",
            "https://auth.cloud.ca/v3, https://auth.cloud.ca/v2.0",
            "https://auth.cloud.ca/v3/, https://auth.cloud.ca/v2.0",
            "https://auth.cloud.ca/identity/v3, https://auth.cloud.ca/identity/v2.0",
            "https://auth.cloud.ca/v2.0/, https://auth.cloud.ca/v2.0"})
    void withoutAV2EndpointTheV2UrlIsTheAuthUrlWithV20AndNoDoubleSlash(String authUrl, String expected)
            throws Exception {
        String script = posix(Credentials.ordinary().without(FieldRole.AUTH_URL_V2).with(FieldRole.AUTH_URL, authUrl),
                IdentityVersion.V2_0, PasswordMode.EMBED);
        assertThat(lines(script)).contains("export OS_AUTH_URL='" + expected + "'")
                .contains("# The portal gives no Keystone v2.0 endpoint: this is its authentication URL"
                        + " with /v2.0 appended.");
    }

    @Test
    void theSpecificDomainRolesWinOverTheGenericDomain() throws Exception {
        String script = posix(Credentials.ordinary().with(FieldRole.DOMAIN_NAME, "Default")
                .with(FieldRole.USER_DOMAIN_NAME, "users").with(FieldRole.PROJECT_DOMAIN_ID, "p-dom"),
                IdentityVersion.V3, PasswordMode.EMBED);
        assertThat(lines(script)).contains("export OS_USER_DOMAIN_NAME='users'", "export OS_PROJECT_DOMAIN_ID='p-dom'")
                .doesNotContain("export OS_USER_DOMAIN_ID='default'", "export OS_PROJECT_DOMAIN_NAME='Default'");
        assertThat(unsetWords(script).split(" ")).contains("OS_USER_DOMAIN_ID", "OS_PROJECT_DOMAIN_NAME");
    }

    @ParameterizedTest
    @CsvSource({"internal, internal, internalURL", "publicURL, public, publicURL", " Admin , admin, adminURL",
            "weird, weird, weird"})
    void theInterfaceIsWrittenTheWayEachVersionReadsIt(String field, String v3, String v2) throws Exception {
        Credentials credentials = Credentials.ordinary().with(FieldRole.INTERFACE, field);
        assertThat(lines(posix(credentials, IdentityVersion.V3, PasswordMode.EMBED)))
                .contains("export OS_INTERFACE='" + v3 + "'");
        assertThat(lines(posix(credentials, IdentityVersion.V2_0, PasswordMode.EMBED)))
                .contains("export OS_ENDPOINT_TYPE='" + v2 + "'");
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void aMissingPasswordIsNamedInACommentAndInTheResult(ExportFormat format) throws Exception {
        ExportResult result = Credentials.export(Credentials.ordinary().without(FieldRole.PASSWORD).build(), format,
                PasswordMode.EMBED);
        assertThat(result.missing()).containsExactly(FieldRole.PASSWORD);
        assertThat(result.script()).contains("Not in the portal's credentials: Password. OS_PASSWORD is not set")
                .doesNotContain("hunter2");
    }

    @Test
    void aMissingPasswordIsRemovedSoAnEarlierOneCannotStay() throws Exception {
        String script = posix(Credentials.ordinary().without(FieldRole.PASSWORD), IdentityVersion.V3, PasswordMode.EMBED);
        assertThat(unsetWords(script).split(" ")).contains("OS_PASSWORD");
    }

    @Test
    void thePromptNeedsNoPasswordField() throws Exception {
        ExportResult result = Credentials.export(Credentials.ordinary().without(FieldRole.PASSWORD).build(),
                ExportFormat.OPENRC_V3, PasswordMode.PROMPT);
        assertThat(result.missing()).isEmpty();
        assertThat(result.script()).contains("read -r").doesNotContain("Not in the portal's credentials");
    }

    @Test
    void thePromptModeNeverWritesThePassword() throws Exception {
        for (ExportFormat format : ExportFormat.values()) {
            if (format.supportsPasswordPrompt()) {
                assertThat(Credentials.export(Credentials.ordinary().with(FieldRole.PASSWORD, PASSWORD).build(),
                        format, PasswordMode.PROMPT).script()).as(format.cliName()).doesNotContain(PASSWORD);
            }
        }
    }

    @Test
    void aMissingProjectAndDomainAreNamed() throws Exception {
        ExportResult v3 = Credentials.export(Credentials.ordinary().without(FieldRole.PROJECT_NAME)
                .without(FieldRole.DOMAIN_ID).build(), ExportFormat.OPENRC_V3, PasswordMode.EMBED);
        assertThat(v3.missing()).containsExactly(FieldRole.PROJECT_NAME, FieldRole.DOMAIN_ID);
        assertThat(v3.script()).contains("# Not in the portal's credentials: Project name.")
                .contains("# Not in the portal's credentials: Domain ID.");
        ExportResult v2 = Credentials.export(Credentials.ordinary().without(FieldRole.PROJECT_NAME).build(),
                ExportFormat.FISH_V2, PasswordMode.EMBED);
        assertThat(v2.missing()).containsExactly(FieldRole.PROJECT_NAME);
        assertThat(v2.script()).contains("# Not in the portal's credentials: Project name.");
    }

    @Test
    void aProjectKnownOnlyByIdNeedsNoProjectDomain() throws Exception {
        ExportResult result = Credentials.export(Credentials.ordinary().without(FieldRole.PROJECT_NAME)
                .with(FieldRole.PROJECT_ID, "p-123").build(), ExportFormat.OPENRC_V3, PasswordMode.EMBED);
        assertThat(result.missing()).isEmpty();
        assertThat(result.script()).contains("export OS_PROJECT_ID='p-123'");
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    @DisplayName("A service without an authentication URL has no openrc: the error names the service")
    void noAuthUrl(ExportFormat format) {
        ServiceEntry compute = new ServiceEntry("c", "Compute", "e", "prod", "Acme");
        Credentials credentials = Credentials.of(compute).with(FieldRole.USERNAME, "u").with(FieldRole.PASSWORD, PASSWORD);
        assertThatThrownBy(() -> Credentials.export(credentials.build(), format, PasswordMode.EMBED))
                .isInstanceOf(ExportException.class)
                .hasMessageStartingWith("Compute / prod has no Keystone credentials (no authentication URL or user"
                        + " name): there is no openrc to write. Missing: auth-url")
                .hasMessageNotContaining(PASSWORD);
    }

    @Test
    void aServiceWithoutAUserNameHasNoOpenrc() {
        Credentials credentials = Credentials.ordinary().without(FieldRole.USERNAME);
        assertThatThrownBy(() -> posix(credentials, IdentityVersion.V3, PasswordMode.EMBED))
                .isInstanceOf(ExportException.class).hasMessageStartingWith("Object Storage / ccontini has no Keystone");
    }

    @Test
    void v3NeedsTheV3UrlWhileV2TakesEither() throws Exception {
        Credentials onlyV2 = Credentials.ordinary().without(FieldRole.AUTH_URL);
        assertThatThrownBy(() -> posix(onlyV2, IdentityVersion.V3, PasswordMode.EMBED))
                .isInstanceOf(ExportException.class);
        assertThat(posix(onlyV2, IdentityVersion.V2_0, PasswordMode.EMBED))
                .contains("export OS_AUTH_URL='https://auth.cloud.ca/v2.0'");
    }

    @Test
    void aServiceLabelWithALineBreakCannotLeaveItsComment() throws Exception {
        ServiceEntry evil = new ServiceEntry("c", "Storage\nexport OS_PASSWORD=pwned\r\n", "e", "env\u2028x",
                "org\nrm -rf ~");
        Credentials credentials = Credentials.ordinary();
        Credentials relabelled = Credentials.of(evil);
        for (FieldRole role : FieldRole.values()) {
            credentials.value(role).ifPresent(v -> relabelled.with(role, v));
        }
        for (ExportFormat format : ExportFormat.values()) {
            String script = Credentials.export(relabelled.build(), format, PasswordMode.EMBED).script();
            assertThat(script).as(format.cliName()).doesNotContain("\npwned").doesNotContain("\nexport OS_PASSWORD=pwned")
                    .doesNotContain("\nrm -rf").doesNotContain("\u2028");
        }
        assertThat(posix(relabelled, IdentityVersion.V3, PasswordMode.EMBED))
                .contains("# Service: Storage export OS_PASSWORD=pwned   / env x (organization: org rm -rf ~)");
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void theSameInputGivesTheSameBytes(ExportFormat format) throws Exception {
        PasswordMode mode = format.supportsPasswordPrompt() ? PasswordMode.PROMPT : PasswordMode.EMBED;
        String first = Credentials.export(GoldenFilesTest.hostile().build(), format, mode).script();
        String second = Credentials.export(GoldenFilesTest.hostile().build(), format, mode).script();
        assertThat(second).isEqualTo(first);
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void otherSecretsOfTheServiceNeverAppear(ExportFormat format) throws Exception {
        Credentials credentials = Credentials.ordinary()
                .with(FieldRole.API_KEY, "cloudstack-api-key-value")
                .with(FieldRole.SECRET_KEY, "cloudstack-secret-value");
        String script = Credentials.export(credentials.build(), format, PasswordMode.EMBED).script();
        assertThat(script).doesNotContain("cloudstack-api-key-value").doesNotContain("cloudstack-secret-value")
                .doesNotContain("0123456789abcdef0123456789abcdef"); // the S3 secret key
    }

    @Test
    void theHeaderSaysWhereAndWhenAndHowToUseTheScript() throws Exception {
        String script = posix(Credentials.ordinary(), IdentityVersion.V3, PasswordMode.EMBED);
        assertThat(lines(script)).contains("# Service: Object Storage / ccontini (organization: Acme)",
                "# Portal: portal.example.com", "# Generated: 2026-01-02T03:04:05Z by CloudMC Keys");
        // The file's own name when it is known, "this file" when not (shown, copied, saved under the user's name).
        assertThat(script).contains("# Use: source this file: . followed by its path (running it as a program");
        assertThat(export(ExportFormat.FISH_V2, "prod-openrc-v2.fish")).contains("# Use: source prod-openrc-v2.fish");
        assertThat(export(ExportFormat.POWERSHELL_V3, "prod.ps1")).contains("# Use: . .\\prod.ps1");
        assertThat(export(ExportFormat.CMD_V3, "prod.cmd")).contains("rem Use: call prod.cmd");
        assertThat(export(ExportFormat.OPENRC_V3, "prod-openrc.sh")).contains("# Use: . ./prod-openrc.sh   (source it");
    }

    private static String export(ExportFormat format, String fileName) throws ExportException {
        return ScriptExporter.export(Credentials.ordinary().build(), format, new ExportOptions(PasswordMode.EMBED,
                Credentials.GENERATED_AT, Credentials.PORTAL_HOST, Language.ENGLISH, fileName)).script();
    }

    @Test
    void aResultNeverShowsItsScriptInToString() throws Exception {
        ExportResult result = Credentials.export(Credentials.ordinary().build(), ExportFormat.OPENRC_V3,
                PasswordMode.EMBED);
        assertThat(result.toString()).doesNotContain("hunter2").contains("missing=[]");
    }

    /** The words of the POSIX script's unset statement, continuation lines joined. */
    private static String unsetWords(String script) {
        String joined = script.replace(" \\\n    ", " ");
        return lines(joined).stream().filter(l -> l.startsWith("unset ")).findFirst().orElseThrow().substring(6);
    }
}
