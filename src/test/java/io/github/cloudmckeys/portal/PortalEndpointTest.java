package io.github.cloudmckeys.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.cloudmckeys.portal.PortalException.Kind;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PortalEndpointTest {

    @Test
    void httpsIsAcceptedAsPasted() throws Exception {
        PortalEndpoint endpoint = PortalEndpoint.parse("https://portal.example.com/api/v2");

        assertThat(endpoint.uri()).isEqualTo(URI.create("https://portal.example.com/api/v2"));
        assertThat(endpoint.host()).isEqualTo("portal.example.com");
        assertThat(endpoint.resolve("/environments"))
                .isEqualTo(URI.create("https://portal.example.com/api/v2/environments"));
    }

    @ParameterizedTest
    @CsvSource({
            "https://portal.example.com/api/v2/,        https://portal.example.com/api/v2",
            "'  https://portal.example.com/api/v2//  ', https://portal.example.com/api/v2",
            "HTTPS://portal.example.com:8443/v1/,       https://portal.example.com:8443/v1",
            "https://portal.example.com/,               https://portal.example.com",
            "https://portal.example.com,                https://portal.example.com"})
    void trailingSlashesAndBlanksAreDropped(String pasted, String expected) throws Exception {
        PortalEndpoint endpoint = PortalEndpoint.parse(pasted);

        assertThat(endpoint.uri()).hasToString(expected);
        assertThat(endpoint.resolve("/users")).hasToString(expected + "/users");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/api/v2", "http://127.1.2.3/api/v2", "http://localhost:9/api/v2",
            "http://LOCALHOST/api/v2", "http://[::1]:8080/api/v2"})
    void httpIsAcceptedForLoopback(String pasted) throws Exception {
        assertThat(PortalEndpoint.parse(pasted).uri()).hasToString(pasted);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://example.com/api/v2", "http://portal.example.com", "http://127.0.0.1.example.com/api",
            "http://10.0.0.1/api/v2", "http://localhost.example.com/api"})
    void httpToAnythingElseIsRefusedAsInsecure(String pasted) {
        PortalException e = catchThrowableOfType(PortalException.class, () -> PortalEndpoint.parse(pasted));

        assertThat(e.kind()).isEqualTo(Kind.INSECURE_ENDPOINT);
        assertThat(e.getMessage()).contains("http://", "https://");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not a url", "portal.example.com/api/v2", "ftp://portal.example.com/api", "https://",
            "https:///api/v2", "https://portal.example.com/api/v2?org_id=1", "https://portal.example.com/api#x",
            "https://user:pa55word@portal.example.com/api/v2", "mailto:someone@example.com"})
    void garbageIsAnInvalidEndpoint(String pasted) {
        PortalException e = catchThrowableOfType(PortalException.class, () -> PortalEndpoint.parse(pasted));

        assertThat(e.kind()).isEqualTo(Kind.INVALID_ENDPOINT);
        assertThat(e.getMessage()).contains("API credentials page").doesNotContain("pa55word");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n"})
    void blankIsAnInvalidEndpoint(String pasted) {
        PortalException e = catchThrowableOfType(PortalException.class, () -> PortalEndpoint.parse(pasted));

        assertThat(e.kind()).isEqualTo(Kind.INVALID_ENDPOINT);
        assertThat(e.getMessage()).contains("No portal endpoint is set");
    }

    @Test
    void anEndpointBuiltFromAUriWithATrailingSlashStillResolvesCleanly() {
        PortalEndpoint endpoint = new PortalEndpoint(URI.create("https://portal.example.com/api/v2/"));

        assertThat(endpoint.resolve("/environments"))
                .isEqualTo(URI.create("https://portal.example.com/api/v2/environments"));
    }
}
