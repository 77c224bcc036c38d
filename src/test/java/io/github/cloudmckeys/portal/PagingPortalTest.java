package io.github.cloudmckeys.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Lists that come in pages, from a loopback portal that pages well, ignores paging or misbehaves. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PagingPortalTest {
    private static final int RECORDS = 23;

    private HttpServer server;
    private final List<String> queries = new CopyOnWriteArrayList<>();

    /** What the portal sends for a page: the records (by number) and the recordCount it announces. */
    private interface Pages {
        Answer page(int number, int size);
    }

    private record Answer(List<Integer> records, int recordCount) {}

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** A portal that pages {@link #RECORDS} environments: page 1 of {@code defaultSize} when asked for no page. */
    private HttpPortalApi portal(int defaultSize, Pages pages) throws IOException, PortalException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/v2/environments", exchange -> {
            Map<String, String> query = query(exchange.getRequestURI());
            queries.add(exchange.getRequestURI().getRawQuery() == null ? "" : exchange.getRequestURI().getRawQuery());
            int number = Integer.parseInt(query.getOrDefault("page_number", "1"));
            int size = Integer.parseInt(query.getOrDefault("page_size", String.valueOf(defaultSize)));
            Answer answer = pages.page(number, size);
            respond(exchange, body(answer, number, size));
        });
        server.start();
        return PortalTestSupport.api("http://127.0.0.1:" + server.getAddress().getPort() + "/api/v2",
                Duration.ofSeconds(10));
    }

    private static List<Integer> slice(int number, int size, int total) {
        int from = Math.min(total, (number - 1) * size);
        return IntStream.range(from, Math.min(total, from + size)).boxed().toList();
    }

    private static Pages wellBehaved() {
        return (number, size) -> new Answer(slice(number, size, RECORDS), RECORDS);
    }

    @ParameterizedTest(name = "page size {0}")
    @ValueSource(ints = {1, 5, 10, 22, 23, 50})
    void everyPageIsFetchedAndEveryEnvironmentListedOnce(int size) throws Exception {
        HttpPortalApi api = portal(size, wellBehaved());

        List<Environment> environments = api.environments();

        assertThat(environments).extracting(Environment::id)
                .containsExactlyElementsOf(IntStream.range(0, RECORDS).mapToObj(i -> "env-" + i).toList());
        int pages = (RECORDS + size - 1) / size;
        assertThat(queries).hasSize(pages);
        assertThat(queries.get(0)).isEmpty(); // a portal that does not page gets the request it always got
        for (int page = 2; page <= pages; page++) {
            assertThat(queries.get(page - 1)).isEqualTo("page_number=" + page + "&page_size=" + size);
        }
    }

    @Test
    void theFirstPageIsThereBeforeTheOthersAndIsNotCalledWhole() throws Exception {
        HttpPortalApi api = portal(10, wellBehaved());

        PagedList<Environment> paged = api.environmentsPaged();

        assertThat(paged.soFar()).hasSize(10);
        assertThat(paged.complete()).isFalse();
        assertThat(queries).hasSize(1);
        assertThat(paged.rest().soFar()).hasSize(RECORDS);
        assertThat(paged.complete()).isTrue();
    }

    @Test
    void aPortalThatIgnoresThePageParametersAndSendsEverythingIsReadOnce() throws Exception {
        HttpPortalApi api = portal(10, (number, size) -> new Answer(slice(1, RECORDS, RECORDS), RECORDS));

        assertThat(api.environments()).hasSize(RECORDS);
        assertThat(queries).hasSize(1);
    }

    @Test
    void aPortalThatIgnoresThePageParametersButSendsAPageIsRefusedNotTakenForWhole() throws Exception {
        HttpPortalApi api = portal(10, (number, size) -> new Answer(slice(1, 10, RECORDS), RECORDS));

        PortalException failure = catchThrowableOfType(PortalException.class, api::environments);

        assertThat(failure.kind()).isEqualTo(PortalException.Kind.MALFORMED);
        assertThat(failure.getMessage()).isEqualTo("The portal sent page 2 of /environments with only records it"
                + " had already sent, so the list is incomplete. Try again in a moment; if it persists, tell the"
                + " portal's administrators.");
        assertThat(queries).hasSize(2);
    }

    @Test
    void aPortalThatRepeatsALaterPageIsRefused() throws Exception {
        HttpPortalApi api = portal(5, (number, size) -> new Answer(slice(Math.min(number, 3), size, RECORDS), RECORDS));

        PortalException failure = catchThrowableOfType(PortalException.class, api::environments);

        assertThat(failure.getMessage()).startsWith("The portal sent page 4 of /environments with only records");
    }

    @Test
    void aListThatShiftsBetweenPagesListsARecordOnceAndKeepsGoing() throws Exception {
        // Each page after the first starts one record early, as when a record is added while paging.
        HttpPortalApi api = portal(10, (number, size) -> number == 1 ? new Answer(slice(1, size, RECORDS), RECORDS)
                : new Answer(concat(List.of((number - 1) * size - 1), slice(number, size, RECORDS)), RECORDS));

        assertThat(api.environments()).extracting(Environment::id).doesNotHaveDuplicates().hasSize(RECORDS);
    }

    @Test
    void aPortalThatGrowsWithoutEndGetsASentenceNotALoop() throws Exception {
        HttpPortalApi api = portal(10, (number, size) -> new Answer(slice(number, size, Integer.MAX_VALUE),
                number * size + 1));

        PortalException failure = catchThrowableOfType(PortalException.class, api::environments);

        assertThat(failure.getMessage()).startsWith("The portal still announces more records of /environments after");
        // The first answer announced 11 records, 2 pages: room for twice that and two more, no further.
        assertThat(queries).hasSize(6);
    }

    @Test
    void aPortalThatStopsBeforeItsCountIsRefused() throws Exception {
        HttpPortalApi api = portal(10, (number, size) -> new Answer(number <= 2 ? slice(number, size, RECORDS)
                : List.of(), RECORDS));

        PortalException failure = catchThrowableOfType(PortalException.class, api::environments);

        assertThat(failure.getMessage()).startsWith("The portal announced more records of /environments than it"
                + " sent (page 3 came empty)");
    }

    @Test
    void theSentencesAreFrench() throws Exception {
        HttpPortalApi api = portal(10, (number, size) -> new Answer(slice(1, 10, RECORDS), RECORDS));
        PortalException failure = catchThrowableOfType(PortalException.class, api::environments);
        assertThat(io.github.cloudmckeys.i18n.Messages.of(io.github.cloudmckeys.i18n.Language.FRENCH)
                .format(failure.userMessage())).startsWith("Le portail a envoyé la page 2 de /environments");
    }

    private static List<Integer> concat(List<Integer> first, List<Integer> second) {
        List<Integer> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static String body(Answer answer, int number, int size) {
        StringBuilder data = new StringBuilder();
        for (int record : answer.records()) {
            data.append(data.length() == 0 ? "" : ",").append("""
                    {"id": "env-%1$d", "name": "env %1$d", "serviceConnection": {"id": "c1", "name": "Storage",
                     "type": "swift"}}""".formatted(record));
        }
        return "{\"data\": [" + data + "], \"metadata\": {\"pageSize\": " + size + ", \"pageCurrent\": " + number
                + ", \"recordCount\": " + answer.recordCount() + "}}";
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> query = new HashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String[] parts = pair.split("=", 2);
                query.put(parts[0], parts.length > 1 ? parts[1] : "");
            }
        }
        return query;
    }

    private static void respond(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
