package io.github.cloudmckeys.demo;

import static io.github.cloudmckeys.demo.DemoHttp.get;
import static io.github.cloudmckeys.demo.DemoHttp.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cloudmckeys.portal.ApiInfoField;
import io.github.cloudmckeys.portal.ServiceConnection;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoDataTest {

    private static final List<String> OBJECT_STORAGE_KEYS = List.of("auth_url_v2", "project_name", "user_name",
            "password", "auth_url", "identity_api_version", "domain_id", "s3_access_key", "s3_secret_key");

    /** A small valid file; tests replace parts of it to break it. */
    private static final String CUSTOM = """
            {
              "user": {"id": "u-1", "userName": "tester", "firstName": "Zoë", "lastName": "Ünit", "email": "t@example.com"},
              "connections": [{"id": "conn 1", "serviceCode": "objects", "name": "Object Storage", "type": "swift"}],
              "environments": [{"id": "env/1 é", "name": "Forêt", "description": "custom",
                                "organization": {"id": "org-1", "name": "Org", "entryPoint": "org"},
                                "connectionId": "conn 1",
                                "apiInfo": {"canRegenerateCredentials": false, "fields": [
                                  {"key": "zeta", "value": "first in file", "sensitive": false, "environmentSpecific": true},
                                  {"key": "password", "value": "s3cr3t wïth 'quotes' \\"and\\" $HOME `cmd` !! \\\\", "sensitive": true},
                                  {"key": "alpha", "value": "", "sensitive": false, "environmentSpecific": false}]}}]
            }
            """;

    @TempDir
    Path dir;

    @Test
    void bundledDataCoversWhatTheAppShows() {
        DemoData data = DemoData.bundled();
        Map<String, ServiceConnection> connections = data.connections().stream()
                .collect(Collectors.toMap(ServiceConnection::id, Function.identity()));

        assertThat(data.environments()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(data.environments().stream().map(e -> e.organization().id()).distinct()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(data.environments()).extracting(DemoData.DemoEnvironment::name)
                .contains("ccontini", "Équipe données", "Montréal-prod", "Québec");
        assertThat(data.connections()).extracting(ServiceConnection::type).contains("swift", "cloudca");
        assertThat(data.connections()).extracting(ServiceConnection::name).contains("Object Storage", "Compute - Montréal");

        List<List<String>> objectStorageKeys = data.environments().stream()
                .filter(e -> connections.get(e.connectionId()).type().equals("swift"))
                .map(e -> e.apiInfo().fields().stream().map(ApiInfoField::key).toList())
                .toList();
        assertThat(objectStorageKeys).contains(OBJECT_STORAGE_KEYS);
        // One environment spells keys differently and adds one nobody knows, for the alias table.
        assertThat(objectStorageKeys).anySatisfy(keys -> assertThat(keys).contains("userName", "projectName", "s3_bucket_hint"));

        DemoData.DemoEnvironment ccontini = environmentNamed(data, "ccontini");
        assertThat(values(ccontini)).containsExactly("https://auth.cloud.ca/v2.0", "system-ccontini",
                "system-ccontini-2925", "demo-Pa55w0rd!", "https://auth.cloud.ca", "3", "default",
                values(ccontini).get(7), values(ccontini).get(8));
        assertThat(values(ccontini).get(7)).matches("[0-9a-f]{32}");
        assertThat(ccontini.apiInfo().fields()).filteredOn(ApiInfoField::sensitive)
                .extracting(ApiInfoField::key).containsExactly("password", "s3_secret_key");

        DemoData.DemoEnvironment prod = environmentNamed(data, "Montréal-prod");
        assertThat(prod.apiInfo().fields()).extracting(ApiInfoField::key)
                .containsExactly("endpoint", "api_key", "secret_key", "project_id");
        assertThat(values(prod).get(0)).isEqualTo("https://api.cloud.ca/client/api");
        assertThat(values(prod).get(3)).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(prod.apiInfo().fields()).filteredOn(ApiInfoField::sensitive)
                .extracting(ApiInfoField::key).containsExactly("secret_key");

        assertThat(data.environments()).flatExtracting(DemoDataTest::values).contains("d3mo pa$$'\"\\`!");
    }

    @Test
    void toStringHoldsNoCredentials() {
        DemoData data = DemoData.bundled();

        String text = data.toString() + data.environments();

        assertThat(text).doesNotContain("demo-Pa55w0rd!", "d3mo pa$$");
        assertThat(data.toString()).contains(data.environments().size() + " environments");
    }

    @Test
    void aLoadedFileIsServedBackVerbatim() throws Exception {
        Path file = write("custom.json", CUSTOM);

        DemoData data = DemoData.load(file);

        try (DemoPortal portal = DemoPortal.start(data)) {
            JsonNode environments = json(get(portal, "/environments")).path("data");
            assertThat(environments.size()).isEqualTo(1);
            assertThat(environments.get(0).path("name").asText()).isEqualTo("Forêt");
            assertThat(environments.get(0).path("serviceConnection").path("id").asText()).isEqualTo("conn 1");

            String path = "/services/connections/conn%201/apiInfo?environmentId=env%2F1+%C3%A9";
            JsonNode apiInfo = json(get(portal, path)).path("data");
            assertThat(apiInfo.path("canRegenerateCredentials").asBoolean(true)).isFalse();
            List<String> served = new ArrayList<>();
            apiInfo.path("fields").forEach(f -> served.add(f.path("key").asText() + "=" + f.path("value").asText()
                    + ";" + f.path("sensitive").asBoolean() + ";" + f.path("environmentSpecific").asBoolean()));
            assertThat(served).containsExactly(
                    "zeta=first in file;false;true",
                    "password=s3cr3t wïth 'quotes' \"and\" $HOME `cmd` !! \\;true;false",
                    "alpha=;false;false");
            assertThat(json(get(portal, "/users")).path("data").get(0).path("lastName").asText()).isEqualTo("Ünit");
        }
    }

    @Test
    void readTakesTheSameFormatFromAStream() throws Exception {
        DemoData fromStream = DemoData.read(new ByteArrayInputStream(CUSTOM.getBytes(StandardCharsets.UTF_8)));

        assertThat(fromStream).isEqualTo(DemoData.load(write("same.json", CUSTOM)));
        assertThat(fromStream.user().firstName()).isEqualTo("Zoë");
    }

    @Test
    void aStreamThatFailsHalfwayIsReportedAsSuch() {
        InputStream failing = new SequenceInputStream(
                new ByteArrayInputStream("{\"user\": {\"id\": \"u".getBytes(StandardCharsets.UTF_8)),
                new InputStream() {
                    @Override
                    public int read() throws IOException {
                        throw new IOException("disk went away");
                    }
                });

        assertThatThrownBy(() -> DemoData.read(failing)).isInstanceOf(IOException.class)
                .hasMessage("The demo data could not be read to the end (IOException).")
                .hasCauseInstanceOf(IOException.class);
    }

    @Test
    void aMissingFileIsNamed() {
        Path file = dir.resolve("nowhere.json");

        assertThatThrownBy(() -> DemoData.load(file)).isInstanceOf(IOException.class)
                .hasMessage("The demo data file " + file + " does not exist.");
    }

    @Test
    void aDirectoryIsNotAFile() {
        assertThatThrownBy(() -> DemoData.load(dir)).isInstanceOf(IOException.class)
                .hasMessage("The demo data file " + dir + " is a directory, not a file.");
    }

    @Test
    void invalidJsonIsReportedWithItsPlaceButNotItsText() throws Exception {
        Path file = write("broken.json", "{\n  \"user\": {\"id\": \"u\", \"userName\": hunter2-secret}\n}");

        assertThatThrownBy(() -> DemoData.load(file)).isInstanceOf(IOException.class)
                .hasMessageStartingWith("The demo data file " + file + " is not valid JSON (line 2, column")
                .hasMessageEndingWith(".")
                .hasNoCause()
                .message().doesNotContain("hunter2").doesNotContain("\n");
    }

    @Test
    void aRepeatedKeyAndContentAfterTheDataAreNotJson() throws Exception {
        Path twice = write("key-twice.json", CUSTOM.replace("\"id\": \"u-1\",", "\"id\": \"u-1\", \"id\": \"u-2\","));
        Path trailing = write("trailing.json", CUSTOM + " {}");

        assertThatThrownBy(() -> DemoData.load(twice)).isInstanceOf(IOException.class)
                .hasMessageStartingWith("The demo data file " + twice + " is not valid JSON (line 2, column");
        assertThatThrownBy(() -> DemoData.load(trailing)).isInstanceOf(IOException.class)
                .hasMessageStartingWith("The demo data file " + trailing + " is not valid JSON (line");
    }

    @Test
    void anEmptyFileIsReported() throws Exception {
        Path file = write("empty.json", "  \n");

        assertThatThrownBy(() -> DemoData.load(file)).isInstanceOf(IOException.class)
                .hasMessage("The demo data file " + file + " is empty.");
    }

    @Test
    void anUnknownConnectionIdIsAShapeError() throws Exception {
        Path file = write("dangling.json", CUSTOM.replace("\"connectionId\": \"conn 1\"", "\"connectionId\": \"conn 9\""));

        assertThatThrownBy(() -> DemoData.load(file)).isInstanceOf(IOException.class)
                .hasMessage("The demo data file " + file + " is not shaped like demo data: the environment"
                        + " \"env/1 é\" has the connectionId \"conn 9\", which names no connection.");
    }

    @Test
    void eachShapeErrorSaysWhereItIs() throws Exception {
        Map<String, String> brokenToWhere = Map.of(
                CUSTOM.replace("\"userName\": \"tester\", ", ""), "user.userName is missing",
                CUSTOM.replace("\"connections\": [", "\"connections\": {\"x\": [").replace("\"swift\"}]", "\"swift\"}]}"),
                "connections must be a JSON array",
                CUSTOM.replace("\"name\": \"Forêt\"", "\"name\": 42"), "environments[0].name must be a string",
                CUSTOM.replace("\"name\": \"Org\"", "\"name\": \" \""), "environments[0].organization.name is blank",
                CUSTOM.replace("\"sensitive\": true", "\"sensitive\": \"yes\""),
                "environments[0].apiInfo.fields[1].sensitive must be true or false",
                CUSTOM.replace("\"key\": \"alpha\", \"value\": \"\", ", "\"key\": \"alpha\", "),
                "environments[0].apiInfo.fields[2].value is missing",
                CUSTOM.replace("\"fields\": [", "\"fieldz\": ["), "environments[0].apiInfo.fields is missing",
                "[1, 2]", "the top level must be a JSON object");
        int n = 0;
        for (Map.Entry<String, String> broken : brokenToWhere.entrySet()) {
            Path file = write("shape-" + n++ + ".json", broken.getKey());

            assertThatThrownBy(() -> DemoData.load(file)).isInstanceOf(IOException.class)
                    .hasMessage("The demo data file " + file + " is not shaped like demo data: "
                            + broken.getValue() + ".");
        }
    }

    @Test
    void repeatedIdsAreRefused() throws Exception {
        String twoConnections = CUSTOM.replace("\"type\": \"swift\"}]",
                "\"type\": \"swift\"}, {\"id\": \"conn 1\", \"name\": \"Again\"}]");
        Path file = write("twice.json", twoConnections);

        assertThatThrownBy(() -> DemoData.load(file)).isInstanceOf(IOException.class)
                .hasMessageEndingWith("is not shaped like demo data: the connection id \"conn 1\" appears twice.");
    }

    @Test
    void generatedDataIsLargeDistinctAndDeterministic() {
        DemoData data = DemoData.generated(10_000);

        assertThat(data.environments()).hasSize(10_000);
        assertThat(data.environments().stream().map(DemoData.DemoEnvironment::id).distinct()).hasSize(10_000);
        assertThat(data.environments().stream().map(DemoData.DemoEnvironment::name).distinct()).hasSize(10_000);
        assertThat(data.environments().stream().map(e -> e.organization().id()).distinct().count()).isGreaterThan(1);
        assertThat(data.connections()).extracting(ServiceConnection::type).contains("swift", "cloudca");
        assertThat(data.environments()).anySatisfy(e -> assertThat(e.apiInfo().fields())
                .extracting(ApiInfoField::key).containsExactlyElementsOf(OBJECT_STORAGE_KEYS));
        assertThat(DemoData.generated(50)).isEqualTo(DemoData.generated(50));
        assertThat(DemoData.generated(0).environments()).isEmpty();
        assertThatThrownBy(() -> DemoData.generated(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static DemoData.DemoEnvironment environmentNamed(DemoData data, String name) {
        return data.environments().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> values(DemoData.DemoEnvironment environment) {
        return environment.apiInfo().fields().stream().map(ApiInfoField::value).toList();
    }
}
