package io.github.cloudmckeys.render.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cloudmckeys.credentials.FieldRole;
import io.github.cloudmckeys.portal.ServiceEntry;
import io.github.cloudmckeys.render.ExportException;
import io.github.cloudmckeys.render.script.Credentials;
import io.github.cloudmckeys.render.script.Escapes;
import io.github.cloudmckeys.render.script.HostileValues;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** clouds.yaml and secure.yaml as a YAML 1.1 loader (like openstacksdk's PyYAML) reads them. */
public class CloudsYamlWriterTest {
    private static final S3Defaults DEFAULTS = S3Defaults.CLOUD_CA;

    public static ConfigOptions options(String name, boolean split) {
        return new ConfigOptions(name, DEFAULTS, split, Credentials.GENERATED_AT, Credentials.PORTAL_HOST);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cloud(String yaml, String name) {
        Map<String, Object> root = new Yaml().load(yaml);
        return (Map<String, Object>) ((Map<String, Object>) root.get("clouds")).get(name);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> auth(String yaml, String name) {
        return (Map<String, Object>) cloud(yaml, name).get("auth");
    }

    @Test
    void anOrdinaryServiceGivesACompleteV3Cloud() throws Exception {
        ConfigResult result = ConfigExporter.export(Credentials.ordinary().build(), ConfigFormat.CLOUDS_YAML,
                options("ccontini", false));

        assertThat(cloud(result.text(), "ccontini")).isEqualTo(Map.of(
                "auth", Map.of("auth_url", "https://auth.cloud.ca", "username", "system-ccontini-2925",
                        "password", "hunter2", "project_name", "system-ccontini", "user_domain_id", "default",
                        "project_domain_id", "default"),
                "interface", "public", "identity_api_version", "3"));
        assertThat(auth(result.text(), "ccontini").keySet()).containsExactly("auth_url", "username", "password",
                "project_name", "user_domain_id", "project_domain_id");
        assertThat(result.text()).startsWith("# openstacksdk cloud \"ccontini\" (Keystone v3)")
                .contains("# Service: Object Storage / ccontini (organization: Acme)")
                .contains("# Use: openstack --os-cloud ccontini token issue")
                .contains("# The password is in this file: keep it private.");
        assertThat(result.secureYaml()).isEmpty();
        assertThat(result.missing()).isEmpty();
        assertThat(result.entry()).get().isInstanceOf(ConfigEntry.Cloud.class);
        assertThat(result.toString()).doesNotContain("hunter2");
        assertThat(result.entry().get().toString()).doesNotContain("hunter2");
    }

    @Test
    void theSplitPutsThePasswordInSecureYamlOnly() throws Exception {
        ConfigResult result = ConfigExporter.export(Credentials.ordinary().build(), ConfigFormat.CLOUDS_YAML,
                options("prod", true));

        assertThat(result.text()).doesNotContain("hunter2").contains("secure.yaml");
        assertThat(auth(result.text(), "prod")).doesNotContainKey("password");
        assertThat(result.secureYaml()).get().satisfies(secure -> {
            assertThat(cloud(secure, "prod")).isEqualTo(Map.of("auth", Map.of("password", "hunter2")));
            assertThat(secure).startsWith("# The password of the openstacksdk cloud \"prod\"");
        });
        ConfigEntry.Cloud entry = (ConfigEntry.Cloud) result.entry().orElseThrow();
        assertThat(entry.secureYaml()).isPresent();
        assertThat(entry.cloudsYaml()).doesNotContain("#").doesNotContain("hunter2");
    }

    @Test
    void everyValueIsReadBackAsTheSameStringWhateverItHolds() throws Exception {
        for (String hostile : HostileValues.CURATED) {
            if (hostile.isBlank() || hostile.indexOf('\0') >= 0) {
                continue; // a blank field counts as missing; NUL is refused (next test)
            }
            Credentials credentials = Credentials.ordinary().with(FieldRole.PASSWORD, hostile)
                    .with(FieldRole.USERNAME, hostile).with(FieldRole.PROJECT_NAME, hostile);
            for (boolean split : new boolean[] {false, true}) {
                ConfigResult result = ConfigExporter.export(credentials.build(), ConfigFormat.CLOUDS_YAML,
                        options("x", split));
                Map<String, Object> auth = auth(result.text(), "x");
                assertThat(auth.get("username")).as("user name %s", Escapes.show(hostile)).isEqualTo(hostile);
                assertThat(auth.get("project_name")).isEqualTo(hostile);
                Object password = split ? auth(result.secureYaml().orElseThrow(), "x").get("password")
                        : auth.get("password");
                assertThat(password).as("password %s", Escapes.show(hostile)).isEqualTo(hostile);
            }
        }
    }

    @Test
    void wordsAYamlLoaderWouldTakeForBooleansOrNumbersStayStrings() throws Exception {
        for (String tricky : new String[] {"no", "yes", "on", "off", "true", "null", "~", "123", "0x1F", "1e3",
                "2001-12-14", "0o17", ".inf", "=", "<<", "- a", "{a: b}", "[a]", "&anchor", "*alias", "!tag", "%x",
                "@x", "`x", "|", ">", "'", "\"", "#x", "a: b", "a #b"}) {
            ConfigResult result = ConfigExporter.export(Credentials.ordinary().with(FieldRole.USERNAME, tricky)
                    .build(), ConfigFormat.CLOUDS_YAML, options("c", false));
            assertThat(auth(result.text(), "c").get("username")).as(tricky).isEqualTo(tricky);
        }
    }

    @Test
    void aNulOrAHalfSurrogateIsRefusedWithoutShowingTheValue() {
        assertThatThrownBy(() -> ConfigExporter.export(Credentials.ordinary().with(FieldRole.PASSWORD, "se\0cret")
                .build(), ConfigFormat.CLOUDS_YAML, options("c", false)))
                .isInstanceOf(ExportException.class).hasMessageContaining("password").hasMessageNotContaining("se");
        assertThatThrownBy(() -> ConfigExporter.export(Credentials.ordinary().with(FieldRole.PASSWORD, "x\uD800")
                .build(), ConfigFormat.CLOUDS_YAML, options("c", false)))
                .isInstanceOf(ExportException.class).hasMessageContaining("surrogate");
    }

    @Test
    void whatThePortalLacksIsNamedAndLeftOut() throws Exception {
        ConfigResult result = ConfigExporter.export(Credentials.ordinary().without(FieldRole.PASSWORD)
                .without(FieldRole.DOMAIN_ID).build(), ConfigFormat.CLOUDS_YAML, options("c", true));

        assertThat(result.missing()).containsExactly(FieldRole.PASSWORD, FieldRole.DOMAIN_ID);
        assertThat(result.secureYaml()).isEmpty();
        assertThat(auth(result.text(), "c")).doesNotContainKeys("password", "user_domain_id");
        assertThat(result.text()).contains("# Not in the portal's credentials: Password.");
    }

    @Test
    void regionInterfaceAndNamedDomainsComeThrough() throws Exception {
        ConfigResult result = ConfigExporter.export(Credentials.ordinary().without(FieldRole.DOMAIN_ID)
                .with(FieldRole.USER_DOMAIN_NAME, "Users").with(FieldRole.PROJECT_DOMAIN_ID, "p-dom")
                .with(FieldRole.REGION, "ON-1").with(FieldRole.INTERFACE, "internalURL").build(),
                ConfigFormat.CLOUDS_YAML, options("c", false));

        assertThat(cloud(result.text(), "c")).containsEntry("region_name", "ON-1").containsEntry("interface", "internal");
        assertThat(auth(result.text(), "c")).containsEntry("user_domain_name", "Users")
                .containsEntry("project_domain_id", "p-dom").doesNotContainKeys("user_domain_id");
    }

    @Test
    void aServiceWithoutKeystoneCredentialsHasNoCloud() {
        assertThatThrownBy(() -> ConfigExporter.export(Credentials.ordinary().without(FieldRole.AUTH_URL).build(),
                ConfigFormat.CLOUDS_YAML, options("c", false)))
                .isInstanceOf(ExportException.class).hasMessageContaining("no clouds.yaml to write");
    }

    @Test
    void aLabelWithALineBreakStaysInItsComment() throws Exception {
        ServiceEntry evil = new ServiceEntry("c", "Object\nclouds: {evil: 1}", "e", "env", "Org\r\nx: 1");
        ConfigResult result = ConfigExporter.export(Credentials.of(evil).with(FieldRole.AUTH_URL, "https://a")
                .with(FieldRole.USERNAME, "u").build(), ConfigFormat.CLOUDS_YAML, options("c", false));

        Map<String, Object> root = new Yaml().load(result.text());
        assertThat(root).containsOnlyKeys("clouds");
        assertThat(((Map<?, ?>) root.get("clouds")).keySet().toString()).isEqualTo("[c]");
    }

    @Test
    void theSameInputGivesTheSameBytes() throws Exception {
        String first = ConfigExporter.export(Credentials.ordinary().build(), ConfigFormat.CLOUDS_YAML,
                options("c", true)).text();
        assertThat(ConfigExporter.export(Credentials.ordinary().build(), ConfigFormat.CLOUDS_YAML,
                options("c", true)).text()).isEqualTo(first);
    }
}
