package io.github.cloudmckeys.render.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cloudmckeys.credentials.FieldRole;
import io.github.cloudmckeys.portal.ServiceEntry;
import io.github.cloudmckeys.render.ExportException;
import io.github.cloudmckeys.render.script.Credentials;
import io.github.cloudmckeys.render.script.Escapes;
import org.junit.jupiter.api.Test;

/** The AWS profile, the rclone remotes and the names, as exact text. */
class ConfigFormatsTest {

    private static ConfigResult export(Credentials credentials, ConfigFormat format, String name) throws ExportException {
        return ConfigExporter.export(credentials.build(), format, CloudsYamlWriterTest.options(name, false));
    }

    /** The text below the header comment. */
    private static String body(ConfigResult result) {
        return result.text().replaceFirst("(?s)^(#[^\n]*\n)+", "");
    }

    @Test
    void theAwsCredentialsProfileHoldsTheKeys() throws Exception {
        ConfigResult result = export(Credentials.ordinary(), ConfigFormat.AWS_CREDENTIALS, "ccontini");

        assertThat(body(result)).isEqualTo("""
                [ccontini]
                aws_access_key_id = fedcba9876543210fedcba9876543210
                aws_secret_access_key = 0123456789abcdef0123456789abcdef
                """);
        assertThat(result.text()).contains("# Use: aws --profile ccontini s3 ls")
                .contains("# Not among the portal's fields, so CloudMC Keys' default is used: S3 endpoint"
                        + " https://objects.cloud.ca, region cloud.ca");
        assertThat(result.toString()).doesNotContain("0123456789abcdef");
    }

    @Test
    void theAwsConfigProfileNamesItsS3EndpointInAServicesSection() throws Exception {
        ConfigResult result = export(Credentials.ordinary().with(FieldRole.S3_ENDPOINT, "https://s3.example.net:8443")
                .with(FieldRole.S3_REGION, "ca-east"), ConfigFormat.AWS_CONFIG, "prod");

        assertThat(body(result)).isEqualTo("""
                [profile prod]
                region = ca-east
                services = prod
                s3 =
                  addressing_style = path

                [services prod]
                s3 =
                  endpoint_url = https://s3.example.net:8443
                """);
        assertThat(result.text()).doesNotContain("default is used").contains("--endpoint-url https://s3.example.net:8443");
    }

    @Test
    void theDefaultProfileIsNamedAsTheAwsToolsExpect() throws Exception {
        ConfigResult config = export(Credentials.ordinary(), ConfigFormat.AWS_CONFIG, "default");

        assertThat(body(config)).startsWith("[default]\nregion = cloud.ca\n");
        ConfigEntry.Ini entry = (ConfigEntry.Ini) config.entry().orElseThrow();
        assertThat(entry.sections().get(0).aliases()).containsExactly("profile default");
    }

    @Test
    void settingsFromTheEnvironmentReplaceCloudCasDefaults() throws Exception {
        S3Defaults defaults = S3Defaults.fromEnvironment(java.util.Map.of(S3Defaults.ENDPOINT_VARIABLE,
                "http://127.0.0.1:8080", S3Defaults.REGION_VARIABLE, " "));
        assertThat(defaults).isEqualTo(new S3Defaults("http://127.0.0.1:8080", "cloud.ca"));
        assertThat(defaults.overriddenBy(null, "RegionOne")).isEqualTo(new S3Defaults("http://127.0.0.1:8080", "RegionOne"));
        ConfigResult result = ConfigExporter.export(Credentials.ordinary().build(), ConfigFormat.AWS_CONFIG,
                new ConfigOptions("x", defaults, false, Credentials.GENERATED_AT, ""));
        assertThat(body(result)).contains("  endpoint_url = http://127.0.0.1:8080\n");
    }

    @Test
    void anEndpointWithoutSchemeGetsHttps() throws Exception {
        ConfigResult result = export(Credentials.ordinary().with(FieldRole.S3_ENDPOINT, "objects.example.org"),
                ConfigFormat.AWS_CONFIG, "x");
        assertThat(body(result)).contains("endpoint_url = https://objects.example.org\n");
        assertThat(result.text()).contains("# The S3 endpoint has no scheme: https:// was put in front of it.");
    }

    @Test
    void awsFilesRefuseWhatTheirReadersWouldChange() {
        for (String secret : new String[] {"clé", " padded", "tab\there", "line\nbreak", "zq9 "}) {
            assertThatThrownBy(() -> export(Credentials.ordinary().with(FieldRole.S3_SECRET_KEY, secret),
                    ConfigFormat.AWS_CREDENTIALS, "x"))
                    .isInstanceOf(ExportException.class).hasMessageContaining("aws_secret_access_key")
                    .hasMessageNotContaining(secret.strip());
        }
    }

    @Test
    void withoutS3KeysThereIsNoProfile() {
        assertThatThrownBy(() -> export(Credentials.ordinary().without(FieldRole.S3_SECRET_KEY),
                ConfigFormat.AWS_CONFIG, "x"))
                .isInstanceOf(ExportException.class).hasMessage("Object Storage / ccontini has no S3 keys (S3 API"
                        + " access key and secret key): there is no AWS profile to write.");
        assertThatThrownBy(() -> export(Credentials.ordinary().without(FieldRole.S3_ACCESS_KEY),
                ConfigFormat.RCLONE_S3, "x")).hasMessageContaining("no rclone S3 remote");
    }

    @Test
    void theRcloneSwiftRemoteAuthenticatesWithKeystoneV3() throws Exception {
        ConfigResult result = export(Credentials.ordinary(), ConfigFormat.RCLONE_SWIFT, "ccontini");

        assertThat(body(result)).isEqualTo("""
                [ccontini]
                type = swift
                env_auth = false
                user = system-ccontini-2925
                key = hunter2
                auth = https://auth.cloud.ca/v3
                auth_version = 3
                tenant = system-ccontini
                domain = Default
                tenant_domain = Default
                endpoint_type = public
                """);
        assertThat(result.text()).contains("the domain with ID \"default\" is Keystone's \"Default\"")
                .contains("# Use: rclone lsd ccontini:");
        assertThat(result.missing()).isEmpty();
    }

    @Test
    void rcloneGetsDomainNamesOnly() throws Exception {
        ConfigResult named = export(Credentials.ordinary().with(FieldRole.DOMAIN_NAME, "Clients")
                .with(FieldRole.REGION, "ON-1"), ConfigFormat.RCLONE_SWIFT, "c");
        assertThat(body(named)).contains("domain = Clients\ntenant_domain = Clients\nregion = ON-1\n");

        ConfigResult unknown = export(Credentials.ordinary().with(FieldRole.DOMAIN_ID, "a1b2c3"),
                ConfigFormat.RCLONE_SWIFT, "c");
        assertThat(body(unknown)).doesNotContain("domain =");
        assertThat(unknown.missing()).containsExactly(FieldRole.DOMAIN_NAME);
        assertThat(unknown.text()).contains("rclone takes domains by name");
    }

    @Test
    void rcloneUrlsGetTheirVersion() {
        assertThat(RcloneWriter.v3Url("https://auth.cloud.ca")).isEqualTo("https://auth.cloud.ca/v3");
        assertThat(RcloneWriter.v3Url("https://auth.cloud.ca/v3/")).isEqualTo("https://auth.cloud.ca/v3");
        assertThat(RcloneWriter.v3Url("https://auth.cloud.ca/v2.0")).isEqualTo("https://auth.cloud.ca/v3");
        assertThat(RcloneWriter.v3Url("http://127.0.0.1:5000/identity")).isEqualTo("http://127.0.0.1:5000/identity/v3");
    }

    @Test
    void rcloneValuesItsReaderWouldTrimOrTakeForQuotesGoBetweenBackquotes() throws Exception {
        String[][] cases = {
                {" lead", "key = ` lead`"}, {"trail\t", "key = `trail\t`"}, {"`tick", "key = ``tick`"},
                {"\"dq", "key = `\"dq`"}, {"'sq", "key = `'sq`"}, {"in`side\"", "key = in`side\""},
                {"p'a\"s $w!`d\\x\\\\ 1é", "key = p'a\"s $w!`d\\x\\\\ 1é"}, {"\u00A0nbsp", "key = `\u00A0nbsp`"},
                {"#not comment", "key = #not comment"}};
        for (String[] c : cases) {
            ConfigResult result = export(Credentials.ordinary().with(FieldRole.PASSWORD, c[0]),
                    ConfigFormat.RCLONE_SWIFT, "c");
            assertThat(body(result)).as(Escapes.show(c[0])).contains("\n" + c[1] + "\n");
        }
        assertThatThrownBy(() -> export(Credentials.ordinary().with(FieldRole.PASSWORD, "a\nb"),
                ConfigFormat.RCLONE_SWIFT, "c")).hasMessageContaining("key").hasMessageContaining("line break");
    }

    @Test
    void theRcloneS3RemoteIsNamedApartFromTheSwiftOne() throws Exception {
        ConfigResult result = export(Credentials.ordinary(), ConfigFormat.RCLONE_S3, "ccontini");

        assertThat(body(result)).isEqualTo("""
                [ccontini-s3]
                type = s3
                provider = Other
                env_auth = false
                access_key_id = fedcba9876543210fedcba9876543210
                secret_access_key = 0123456789abcdef0123456789abcdef
                endpoint = https://objects.cloud.ca
                region = cloud.ca
                force_path_style = true
                """);
        assertThat(ConfigExporter.rcloneS3RemoteName("ccontini")).isEqualTo("ccontini-s3");
    }

    @Test
    void namesAreCheckedAndDefaultsMadeFromTheEnvironment() throws Exception {
        assertThat(EntryNames.defaultName(Credentials.of(new ServiceEntry("c", "Object Storage", "e",
                " Québec / Prod ", "o")).build())).isEqualTo("Quebec-Prod");
        assertThat(EntryNames.defaultName(Credentials.of(new ServiceEntry("c", "Object Storage", "e", "中文",
                "o")).build())).isEqualTo("cloudmc");
        for (String bad : new String[] {"", "-x", ".x", "a b", "a]b", "é", "x".repeat(65)}) {
            assertThatThrownBy(() -> export(Credentials.ordinary(), ConfigFormat.CLOUDS_YAML, bad))
                    .as(bad).isInstanceOf(ExportException.class);
        }
        assertThat(EntryNames.check("a.b_c-d+e@f")).isEqualTo("a.b_c-d+e@f");
    }

    @Test
    void everyFormatHasItsCommandLineName() {
        assertThat(ConfigFormat.byCliName("clouds-yaml")).contains(ConfigFormat.CLOUDS_YAML);
        assertThat(java.util.Arrays.stream(ConfigFormat.values()).map(ConfigFormat::cliName)).containsExactly(
                "clouds-yaml", "aws-credentials", "aws-config", "aws-config-process", "s3-env-sh", "s3-env-fish", "s3-env-powershell",
                "s3-env-cmd", "rclone-swift", "rclone-s3");
        assertThat(ConfigFormat.byCliName("openrc-v3")).isEmpty();
    }
}
