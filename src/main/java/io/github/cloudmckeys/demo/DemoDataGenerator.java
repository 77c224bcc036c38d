package io.github.cloudmckeys.demo;

import io.github.cloudmckeys.portal.ApiInfo;
import io.github.cloudmckeys.portal.ApiInfoField;
import io.github.cloudmckeys.portal.Environment;
import io.github.cloudmckeys.portal.PortalUser;
import io.github.cloudmckeys.portal.ServiceConnection;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Synthesizes large demo data for benchmarks. Deterministic: ids and keys are name-based
 * UUIDs of fixed strings, so the same count always gives the same data.
 */
final class DemoDataGenerator {

    private static final List<ServiceConnection> CONNECTIONS = List.of(
            new ServiceConnection(id("connection-0"), "objects-ca", "Object Storage", "swift"),
            new ServiceConnection(id("connection-1"), "objects-eu", "Object Storage - Europe", "swift"),
            new ServiceConnection(id("connection-2"), "compute-qc", "Compute - Montréal", "cloudca"),
            new ServiceConnection(id("connection-3"), "compute-on", "Compute - Toronto", "cloudca"));

    private static final List<Environment.Organization> ORGANIZATIONS = List.of(
            new Environment.Organization(id("organization-0"), "Demo Corp", "democorp"),
            new Environment.Organization(id("organization-1"), "Laboratoire Boréal", "boreal"),
            new Environment.Organization(id("organization-2"), "Société Générique", "generique"));

    // Accented and plain names alternate so sorting and matching see both.
    private static final List<String> NAME_STEMS = List.of("team", "équipe", "projet-été", "prod", "staging");

    private DemoDataGenerator() {}

    static DemoData generate(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("the environment count is negative: " + count);
        }
        List<DemoData.DemoEnvironment> environments = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ServiceConnection connection = CONNECTIONS.get(i % CONNECTIONS.size());
            Environment.Organization organization = ORGANIZATIONS.get(i % ORGANIZATIONS.size());
            String name = String.format("%s-%05d", NAME_STEMS.get(i % NAME_STEMS.size()), i);
            environments.add(new DemoData.DemoEnvironment(
                    id("environment-" + i),
                    name,
                    "Generated environment " + i + " of " + organization.name(),
                    organization,
                    connection.id(),
                    new ApiInfo(i % 7 != 0, connection.type().equals("swift") ? objectStorage(name, i) : compute(i))));
        }
        PortalUser user = new PortalUser(id("user"), "bench", "Béatrice", "Benchmark", "bench@example.com");
        return new DemoData(user, CONNECTIONS, environments);
    }

    private static List<ApiInfoField> objectStorage(String name, int i) {
        String project = "system-" + name;
        return List.of(
                new ApiInfoField("auth_url_v2", "https://auth.cloud.ca/v2.0", false, false),
                new ApiInfoField("project_name", project, false, true),
                new ApiInfoField("user_name", project + "-" + (1000 + i), false, true),
                new ApiInfoField("password", "demo-" + hex("password-" + i).substring(0, 12) + "!", true, true),
                new ApiInfoField("auth_url", "https://auth.cloud.ca", false, false),
                new ApiInfoField("identity_api_version", "3", false, false),
                new ApiInfoField("domain_id", "default", false, false),
                new ApiInfoField("s3_access_key", hex("s3-access-" + i), false, true),
                new ApiInfoField("s3_secret_key", hex("s3-secret-" + i), true, true));
    }

    private static List<ApiInfoField> compute(int i) {
        return List.of(
                new ApiInfoField("endpoint", "https://api.cloud.ca/client/api", false, false),
                new ApiInfoField("api_key", hex("api-key-a-" + i) + hex("api-key-b-" + i), false, true),
                new ApiInfoField("secret_key", hex("secret-key-a-" + i) + hex("secret-key-b-" + i), true, true),
                new ApiInfoField("project_id", id("project-" + i), false, true));
    }

    private static String id(String seed) {
        return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** 32 hex digits derived from the seed. */
    private static String hex(String seed) {
        return id(seed).replace("-", "");
    }
}
