package io.github.cloudmckeys.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

/** What the portal client tests share: a distinctive API key and clients pointed at loopback servers. */
final class PortalTestSupport {
    /** Distinctive, so that any leak into a message or log line is found by a plain search. */
    static final String KEY = "SEKRET-KEY-4f1c9e";

    private PortalTestSupport() {}

    static HttpPortalApi api(String endpoint, Duration requestTimeout) throws PortalException {
        return new HttpPortalApi(HttpPortalApi.newHttpClient(Duration.ofSeconds(5)), PortalEndpoint.parse(endpoint), ApiKey.of(KEY), requestTimeout);
    }

    static HttpPortalApi api(RawHttpTestServer server) throws PortalException {
        return api(server.url("/api/v2"), Duration.ofSeconds(10));
    }

    /** The key is in no message of the exception, its causes or their suppressed exceptions. */
    static void assertKeyAbsent(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 50; t = t.getCause(), depth++) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain(KEY);
            assertThat(t.toString()).doesNotContain(KEY);
            for (Throwable suppressed : t.getSuppressed()) {
                assertKeyAbsent(suppressed);
            }
        }
    }
}
