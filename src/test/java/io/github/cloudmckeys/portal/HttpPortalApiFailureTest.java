package io.github.cloudmckeys.portal;

import static io.github.cloudmckeys.portal.PortalTestSupport.KEY;
import static io.github.cloudmckeys.portal.PortalTestSupport.api;
import static io.github.cloudmckeys.portal.PortalTestSupport.assertKeyAbsent;
import static io.github.cloudmckeys.portal.RawHttpScripts.headersThenClose;
import static io.github.cloudmckeys.portal.RawHttpScripts.largeBody;
import static io.github.cloudmckeys.portal.RawHttpScripts.respond;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.cloudmckeys.portal.PortalException.Kind;
import io.github.cloudmckeys.portal.RawHttpTestServer.Script;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every way an answer can be wrong, each turned into one kind and one sentence that
 * never holds the API key. Transport-level failures are in {@link HttpPortalApiTransportTest}.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HttpPortalApiFailureTest {

    private static final String JSON = "application/json";
    private static final String ERRORS = "{\"errors\":[{\"code\":2012,\"message\":\"The API key " + KEY
            + " is not valid\",\"context\":{\"key\":\"" + KEY + "\"}}]}";
    private static final String HTML = "<!DOCTYPE html><html><head><title>Sign in</title></head><body>Log in</body></html>";

    /** Which call meets the bad answer. */
    private interface Call {
        Object on(PortalApi api) throws PortalException;
    }

    private static final Call ENVIRONMENTS = PortalApi::environments;
    private static final Call API_INFO = api -> api.apiInfo("conn-1", "env-1");
    private static final Call USERS = PortalApi::currentUser;

    static Stream<Arguments> badAnswers() {
        return Stream.of(
                arguments("401 with the key echoed", respond(401, JSON, ERRORS), ENVIRONMENTS, Kind.UNAUTHORIZED,
                        List.of("the API key is invalid or was deleted: generate a new one under API credentials",
                                "********")),
                arguments("401 without a body", respond(401, null, ""), ENVIRONMENTS, Kind.UNAUTHORIZED,
                        List.of("refused the API key")),
                arguments("403", respond(403, JSON, ERRORS), API_INFO, Kind.FORBIDDEN,
                        List.of("lacks the right", "admin", "(error 2012)")),
                arguments("404 HTML page", respond(404, "text/html", HTML), ENVIRONMENTS, Kind.NOT_FOUND,
                        List.of("is this the API endpoint?", "Endpoint shown on the API credentials page")),
                arguments("405", respond(405, JSON, "{}"), USERS, Kind.UNEXPECTED_STATUS,
                        List.of("unexpected status 405", "API credentials page")),
                arguments("400", respond(400, JSON, ERRORS), API_INFO, Kind.UNEXPECTED_STATUS,
                        List.of("400", "********")),
                arguments("429 with Retry-After", respond(429, JSON, "{}", "Retry-After: 17"), ENVIRONMENTS,
                        Kind.RATE_LIMITED, List.of("too many requests", "wait 17 seconds")),
                arguments("429 without Retry-After", respond(429, JSON, "{}"), ENVIRONMENTS,
                        Kind.RATE_LIMITED, List.of("too many requests", "wait a moment")),
                arguments("500", respond(500, JSON, ERRORS), ENVIRONMENTS, Kind.SERVER_ERROR,
                        List.of("HTTP 500", "try again later", "********")),
                arguments("502 from a proxy", respond(502, "text/html", "<html>Bad gateway</html>"), ENVIRONMENTS,
                        Kind.SERVER_ERROR, List.of("proxy", "HTTP 502", "try again later")),
                arguments("503", respond(503, "text/plain", "down"), USERS, Kind.SERVER_ERROR, List.of("HTTP 503")),
                arguments("504", respond(504, null, ""), ENVIRONMENTS, Kind.SERVER_ERROR, List.of("HTTP 504")),
                arguments("200 HTML page", respond(200, "text/html; charset=utf-8", HTML), ENVIRONMENTS, Kind.NOT_API,
                        List.of("web page instead of API data", "Endpoint shown on the API credentials page",
                                "https://127.0.0.1/api/v2")),
                arguments("200 HTML served as JSON", respond(200, JSON, "\uFEFF \r\n\t" + HTML), ENVIRONMENTS,
                        Kind.NOT_API, List.of("web page instead of API data")),
                arguments("200 empty", respond(200, JSON, ""), ENVIRONMENTS, Kind.MALFORMED, List.of("empty")),
                arguments("200 blanks only", respond(200, JSON, " \n "), API_INFO, Kind.MALFORMED, List.of("empty")),
                arguments("204 where an object belongs", respond(204, null, ""), API_INFO, Kind.MALFORMED,
                        List.of("no content")),
                arguments("not JSON", respond(200, JSON, "hello " + KEY), ENVIRONMENTS, Kind.MALFORMED,
                        List.of("not valid JSON", "/environments")),
                arguments("trailing garbage", respond(200, JSON, "{\"data\":[]} ]"), ENVIRONMENTS, Kind.MALFORMED,
                        List.of("not valid JSON")),
                arguments("truncated JSON", respond(200, JSON, "{\"data\": [{\"id\": \"env-1\", \"na"), ENVIRONMENTS,
                        Kind.MALFORMED, List.of("cut off")),
                arguments("no envelope", respond(200, JSON, "[{\"id\":\"env-1\"}]"), ENVIRONMENTS, Kind.MALFORMED,
                        List.of("no envelope")),
                arguments("no data", respond(200, JSON, "{\"metadata\":{}}"), ENVIRONMENTS, Kind.MALFORMED,
                        List.of("no \"data\"")),
                arguments("object where a list belongs", respond(200, JSON, "{\"data\":{\"id\":\"env-1\"}}"),
                        ENVIRONMENTS, Kind.MALFORMED, List.of("a list was expected")),
                arguments("array where an object belongs", respond(200, JSON, "{\"data\":[]}"), API_INFO,
                        Kind.MALFORMED, List.of("an object was expected", "apiInfo")),
                arguments("string items in a list", respond(200, JSON, "{\"data\":[\"env-1\"]}"), ENVIRONMENTS,
                        Kind.MALFORMED, List.of("an object was expected")),
                arguments("object as an id", respond(200, JSON, "{\"data\":[{\"id\":{\"x\":1}}]}"), ENVIRONMENTS,
                        Kind.MALFORMED, List.of("wrong type")),
                arguments("string as the field list", respond(200, JSON, "{\"data\":{\"fields\":\"" + KEY + "\"}}"),
                        API_INFO, Kind.MALFORMED, List.of("wrong type")),
                arguments("word as a flag", respond(200, JSON,
                                "{\"data\":{\"fields\":[{\"key\":\"k\",\"value\":\"v\",\"sensitive\":\"perhaps\"}]}}"),
                        API_INFO, Kind.MALFORMED, List.of("wrong type")),
                arguments("closed mid-body", headersThenClose(200, JSON, 1000, "{\"data\": [{\"id\""), ENVIRONMENTS,
                        Kind.UNREACHABLE, List.of("broke before the portal's answer was complete")),
                arguments("reset before any answer", RawHttpScripts.reset(), ENVIRONMENTS, Kind.UNREACHABLE,
                        List.of("Cannot reach 127.0.0.1")),
                arguments("17 MB declared", largeBody(JSON, 17L * 1024 * 1024, true), ENVIRONMENTS, Kind.TOO_LARGE,
                        List.of("larger than 16 MB")),
                arguments("17 MB undeclared", largeBody(JSON, 17L * 1024 * 1024, false), API_INFO, Kind.TOO_LARGE,
                        List.of("larger than 16 MB")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badAnswers")
    void aBadAnswerBecomesOneKindAndOneSentenceWithoutTheKey(String name, Script script, Call call, Kind kind,
                                                            List<String> words) throws Exception {
        try (RawHttpTestServer server = RawHttpTestServer.start(script)) {
            PortalApi api = api(server);
            PortalException e = catchThrowableOfType(PortalException.class, () -> call.on(api));

            assertThat(e).as(name).isNotNull();
            assertThat(e.kind()).as(e.getMessage()).isEqualTo(kind);
            assertThat(e.getMessage()).contains(words).doesNotContain("\n");
            assertKeyAbsent(e);
        }
    }

    @Test
    void aRetryAfterDateBecomesSeconds() throws Exception {
        String inTwoMinutes = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(120));
        try (RawHttpTestServer server = RawHttpTestServer.start(respond(429, JSON, "{}", "Retry-After: " + inTwoMinutes))) {
            PortalException e = catchThrowableOfType(PortalException.class, () -> api(server).environments());

            assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
            assertThat(e.getMessage()).containsPattern("wait 1[12]\\d seconds");
        }
    }

    @Test
    void aHugeBodyIsNotReadToTheEnd() throws Exception {
        long offered = 50L * 1024 * 1024;
        try (RawHttpTestServer server = RawHttpTestServer.start(largeBody(JSON, offered, false))) {
            PortalException e = catchThrowableOfType(PortalException.class, () -> api(server).environments());

            assertThat(e.kind()).isEqualTo(Kind.TOO_LARGE);
            assertThat(server.bytesWritten()).isLessThan(40L * 1024 * 1024);
        }
    }

    @Test
    void aBodyOfExactlyTheCapIsRead() throws Exception {
        // The cap itself is allowed: a long string value padded to exactly MAX_BODY_BYTES.
        String start = "{\"data\":[{\"id\":\"env-1\",\"name\":\"";
        String end = "\"}]}";
        String body = start + "n".repeat((int) HttpPortalApi.MAX_BODY_BYTES - start.length() - end.length()) + end;
        try (RawHttpTestServer server = RawHttpTestServer.start(respond(200, JSON, body))) {
            assertThat(api(server).environments()).singleElement()
                    .satisfies(env -> assertThat(env.name()).hasSize(body.length() - start.length() - end.length()));
        }
    }
}
