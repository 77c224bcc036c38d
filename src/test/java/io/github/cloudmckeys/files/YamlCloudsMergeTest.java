package io.github.cloudmckeys.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** One cloud in, every other thing the same as a YAML 1.1 loader (openstacksdk's PyYAML) reads it. */
class YamlCloudsMergeTest {
    /** Comments, anchors, aliases, a merge key, YAML 1.1 booleans, a date, hex, a literal block, flow style. */
    static final String EXISTING = """
            # My clouds. Do not lose this comment.
            clouds:
              # the old ccontini
              ccontini:   # trailing comment
                auth: &shared
                  auth_url: https://old.example:5000
                  username: "bob"
                  password: 'it''s old'
                region_name: RegionOne
              lab:
                <<: {interface: internal, verify: no}
                auth: *shared
                timeout: 0x1F
                since: 2001-12-14
                regions: [a, b, {name: c}]
                cacert: |
                  -----BEGIN CERTIFICATE-----
                  MIIB
                  -----END CERTIFICATE-----
                yes: on
            ansible:
              use_hostnames: true
            # the end
            """;

    static final String ENTRY = """
            clouds:
              "ccontini":
                "auth":
                  "auth_url": "https://auth.cloud.ca"
                  "password": "p'a\\"s"
            """;

    @SuppressWarnings("unchecked")
    static Map<String, Object> load(String yaml) {
        return new Yaml().load(yaml);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> clouds(String yaml) {
        return (Map<String, Object>) load(yaml).get("clouds");
    }

    @Test
    void everyOtherCloudAndKeyMeansWhatItMeant() throws Exception {
        YamlCloudsMerge.Outcome merged = YamlCloudsMerge.put(Optional.of(EXISTING), "ccontini", ENTRY, "clouds.yaml");

        assertThat(merged.replaced()).containsExactly("ccontini");
        assertThat(clouds(merged.text()).get("lab")).isEqualTo(clouds(EXISTING).get("lab"));
        assertThat(load(merged.text()).get("ansible")).isEqualTo(load(EXISTING).get("ansible"));
        assertThat(clouds(merged.text()).get("ccontini")).isEqualTo(Map.of("auth",
                Map.of("auth_url", "https://auth.cloud.ca", "password", "p'a\"s")));
        assertThat(YamlCloudsMerge.cloudNames(merged.text())).containsExactly("ccontini", "lab");
        assertThat(merged.text()).contains("# My clouds. Do not lose this comment.").contains("# the end")
                .contains("0x1F").contains("verify: no").contains("&shared");
        // the lab cloud's alias still points at the old auth, now written out under lab
        assertThat(((Map<?, ?>) ((Map<?, ?>) clouds(merged.text()).get("lab")).get("auth")).get("password"))
                .isEqualTo("it's old");
    }

    @Test
    void aNewCloudIsAddedAfterTheOthers() throws Exception {
        YamlCloudsMerge.Outcome merged = YamlCloudsMerge.put(Optional.of(EXISTING), "new", ENTRY.replace(
                "\"ccontini\"", "\"new\""), "clouds.yaml");

        assertThat(merged.replaced()).isEmpty();
        assertThat(YamlCloudsMerge.cloudNames(merged.text())).containsExactly("ccontini", "lab", "new");
        assertThat(clouds(merged.text()).get("ccontini")).isEqualTo(clouds(EXISTING).get("ccontini"));
    }

    @Test
    void aMissingOrEmptyFileOrCloudsKeyIsCreated() throws Exception {
        assertThat(YamlCloudsMerge.put(Optional.empty(), "ccontini", ENTRY, "f").text()).isEqualTo(ENTRY);
        assertThat(YamlCloudsMerge.put(Optional.of(""), "ccontini", ENTRY, "f").text()).isEqualTo(ENTRY);
        String withoutClouds = YamlCloudsMerge.put(Optional.of("ansible: {a: 1}\n"), "ccontini", ENTRY, "f").text();
        assertThat(load(withoutClouds)).containsOnlyKeys("ansible", "clouds");
        String nullClouds = YamlCloudsMerge.put(Optional.of("clouds:\n"), "ccontini", ENTRY, "f").text();
        assertThat(clouds(nullClouds)).containsOnlyKeys("ccontini");
    }

    @Test
    void duplicatesOfTheNameAreAllReplacedByOne() throws Exception {
        String twice = "clouds:\n  x: {a: 1}\n  other: {b: 2}\n  x: {a: 3}\n";
        YamlCloudsMerge.Outcome merged = YamlCloudsMerge.put(Optional.of(twice), "x",
                "clouds:\n  \"x\":\n    \"c\": \"d\"\n", "f");
        assertThat(merged.replaced()).containsExactly("x", "x");
        assertThat(YamlCloudsMerge.cloudNames(merged.text())).containsExactly("x", "other");
        assertThat(clouds(merged.text()).get("x")).isEqualTo(Map.of("c", "d"));
    }

    @Test
    void aKeyThatReadsAsABooleanIsNotTheCloudOfThatName() throws Exception {
        YamlCloudsMerge.Outcome merged = YamlCloudsMerge.put(Optional.of("clouds:\n  yes: {a: 1}\n"), "yes",
                "clouds:\n  \"yes\":\n    \"c\": \"d\"\n", "f");
        assertThat(merged.replaced()).isEmpty();
        Map<Object, Object> clouds = new java.util.HashMap<>(clouds(merged.text()));
        assertThat(clouds.keySet()).containsExactlyInAnyOrder(true, "yes");
    }

    @Test
    void removingTakesOutTheCloudOnly() throws Exception {
        YamlCloudsMerge.Outcome removed = YamlCloudsMerge.remove(Optional.of(EXISTING), "ccontini", "secure.yaml");
        assertThat(removed.changed()).isTrue();
        assertThat(YamlCloudsMerge.cloudNames(removed.text())).containsExactly("lab");
        assertThat(clouds(removed.text()).get("lab")).isEqualTo(clouds(EXISTING).get("lab"));

        YamlCloudsMerge.Outcome absent = YamlCloudsMerge.remove(Optional.of(EXISTING), "zzz", "secure.yaml");
        assertThat(absent.changed()).isFalse();
        assertThat(absent.text()).isEqualTo(EXISTING);
        assertThat(YamlCloudsMerge.remove(Optional.empty(), "x", "secure.yaml").changed()).isFalse();
    }

    @Test
    void windowsLineEndsStay() throws Exception {
        String crlf = "clouds:\r\n  a:\r\n    b: c\r\n";
        String merged = YamlCloudsMerge.put(Optional.of(crlf), "x", "clouds:\n  \"x\":\n    \"c\": \"d\"\n", "f").text();
        assertThat(merged).contains("\r\n").doesNotContain("\n\n").matches("(?s)([^\n]*\r\n)*");
    }

    @Test
    void aFileThatIsNotAMappingOfCloudsIsLeftAloneWithOneSentenceThatQuotesNothing() {
        for (String bad : List.of("clouds: [a, b]\n", "- just\n- a list\n", "clouds:\n  x: {a: 1\n  secret: hunter2\n",
                "a: 1\n---\nb: 2\n", "key: \"unterminated hunter2\n")) {
            assertThatThrownBy(() -> YamlCloudsMerge.put(Optional.of(bad), "ccontini", ENTRY, "/home/u/clouds.yaml"))
                    .as(bad).isInstanceOf(SaveException.class)
                    .hasMessageContaining("/home/u/clouds.yaml").hasMessageEndingWith("nothing was changed.")
                    .hasMessageNotContaining("hunter2");
        }
    }
}
