package io.github.cloudmckeys.portal;

import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.cloudmckeys.i18n.Message;
import io.github.cloudmckeys.portal.PortalException.Kind;
import java.io.IOException;
import java.net.http.HttpHeaders;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the portal's answers: a 2xx JSON envelope {@code {"data": …, "metadata": …}}
 * becomes records, everything else a {@link PortalException}. Parse errors are not
 * attached as causes: Jackson quotes the offending input, which may be a secret.
 */
final class PortalResponses {

    /** Reads one record from its JSON object ({@link PortalRecords}). */
    interface RecordReader<T> {
        T read(JsonNode object) throws PortalRecords.WrongType;
    }

    /** One answer of the portal; {@code path} (without query) names the call in sentences. */
    record Answer(String path, int status, HttpHeaders headers, CappedBodySubscriber.Body body) {}

    private final PortalEndpoint endpoint;
    private final PortalFailures failures;

    PortalResponses(PortalEndpoint endpoint, PortalFailures failures) {
        this.endpoint = endpoint;
        this.failures = failures;
    }

    /** A list call: {@code data} must be an array of objects; 204 is an empty list. */
    <T> List<T> list(Answer answer, RecordReader<T> type) throws PortalException {
        if (answer.status() == 204) {
            return List.of();
        }
        return items(answer, data(answer), type);
    }

    /**
     * A list call that may be paged: the items and what {@code metadata} says of the pages
     * (-1 for what it does not say); 204 is an empty, whole list.
     */
    <T> PagedList.Page<T> page(Answer answer, RecordReader<T> type) throws PortalException {
        if (answer.status() == 204) {
            return new PagedList.Page<>(List.of(), -1, -1, -1);
        }
        JsonNode root = envelope(answer);
        List<T> items = items(answer, data(answer, root), type);
        JsonNode metadata = root.path("metadata");
        return new PagedList.Page<>(items, number(metadata, "recordCount"), (int) number(metadata, "pageSize"),
                (int) number(metadata, "pageCurrent"));
    }

    /** A whole number of the metadata that fits an int and is not negative, else -1. */
    private static long number(JsonNode metadata, String field) {
        JsonNode node = metadata.get(field);
        if (node != null && node.isTextual() && node.textValue().matches("\\d{1,9}")) {
            return Long.parseLong(node.textValue());
        }
        return node != null && node.canConvertToInt() && node.isIntegralNumber() && node.intValue() >= 0
                ? node.intValue() : -1;
    }

    private <T> List<T> items(Answer answer, JsonNode data, RecordReader<T> type) throws PortalException {
        if (!data.isArray()) {
            throw malformed(answer, "listExpected");
        }
        List<T> items = new ArrayList<>();
        for (JsonNode item : data) {
            if (!item.isNull()) {
                items.add(convert(answer, item, type));
            }
        }
        return List.copyOf(items);
    }

    /** An object call: {@code data} must be one object. */
    <T> T object(Answer answer, RecordReader<T> type) throws PortalException {
        if (answer.status() == 204) {
            throw malformed(answer, "noContent");
        }
        JsonNode data = data(answer);
        if (!data.isObject()) {
            throw malformed(answer, "objectExpected");
        }
        return convert(answer, data, type);
    }

    /** {@code /users}: the first user of the list (a single object is accepted too). */
    PortalUser firstUser(Answer answer) throws PortalException {
        JsonNode data = answer.status() == 204 ? null : data(answer);
        if (data != null && data.isObject()) {
            return convert(answer, data, PortalRecords::user);
        }
        List<PortalUser> users = data == null ? List.of() : items(answer, data, PortalRecords::user);
        if (users.isEmpty()) {
            throw new PortalException(Kind.MALFORMED, Message.of("portal.noUser"));
        }
        return users.get(0);
    }

    /** The {@code data} node of a 2xx answer, after every check on status, size and content. */
    private JsonNode data(Answer answer) throws PortalException {
        return data(answer, envelope(answer));
    }

    private JsonNode data(Answer answer, JsonNode root) throws PortalException {
        JsonNode data = root.get("data");
        if (data == null || data.isNull()) {
            throw malformed(answer, "noData");
        }
        return data;
    }

    /** The whole JSON object of a 2xx answer, after every check on status, size and content. */
    private JsonNode envelope(Answer answer) throws PortalException {
        CappedBodySubscriber.Body body = answer.body();
        if (answer.status() < 200 || answer.status() > 299) {
            throw failures.status(answer.status(), answer.headers(), body.overCap() ? null : body.bytes());
        }
        if (body.overCap()) {
            throw new PortalException(Kind.TOO_LARGE, Message.of("portal.tooLarge", answer.path(),
                    HttpPortalApi.MAX_BODY_BYTES / (1024 * 1024)));
        }
        if (isHtml(answer.headers(), body.bytes())) {
            throw new PortalException(Kind.NOT_API, Message.of("portal.notApi", endpoint.host()));
        }
        if (firstSignificant(body.bytes()) < 0) {
            throw malformed(answer, "empty");
        }
        JsonNode root;
        try {
            root = JsonTree.read(body.bytes());
        } catch (JsonEOFException e) {
            throw malformed(answer, "cutOff");
        } catch (IOException e) {
            throw malformed(answer, "notJson");
        }
        if (root == null || !root.isObject()) {
            throw malformed(answer, "noEnvelope");
        }
        return root;
    }

    private <T> T convert(Answer answer, JsonNode node, RecordReader<T> type) throws PortalException {
        if (!node.isObject()) {
            throw malformed(answer, "objectExpected");
        }
        try {
            return type.read(node);
        } catch (PortalRecords.WrongType | RuntimeException e) {
            throw malformed(answer, "wrongType");
        }
    }

    /** @param detail what is wrong, the end of a {@code portal.malformed.} key */
    private static PortalException malformed(Answer answer, String detail) {
        return new PortalException(Kind.MALFORMED, Message.of("portal.malformed", answer.path(),
                Message.of("portal.malformed." + detail)));
    }

    /** HTML by declaration, or by a body whose first character (past a BOM and blanks) is '<'. */
    static boolean isHtml(HttpHeaders headers, byte[] body) {
        String type = headers.firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        if (type.startsWith("text/html") || type.startsWith("application/xhtml")) {
            return true;
        }
        int first = firstSignificant(body);
        return first >= 0 && body[first] == '<';
    }

    /** Index of the first byte that is not a UTF-8 BOM or JSON whitespace, or -1. */
    private static int firstSignificant(byte[] body) {
        int i = body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF
                ? 3 : 0;
        while (i < body.length && (body[i] == ' ' || body[i] == '\t' || body[i] == '\r' || body[i] == '\n')) {
            i++;
        }
        return i < body.length ? i : -1;
    }
}
