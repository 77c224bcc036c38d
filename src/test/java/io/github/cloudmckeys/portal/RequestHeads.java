package io.github.cloudmckeys.portal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The request head {@link RawHttpTestServer} records: read by hand, as a misbehaving server would. */
final class RequestHeads {
    private RequestHeads() {}

    /** Reads up to the blank line; a non-HTTP first byte (TLS) is recorded as such at once. */
    static RawHttpTestServer.RecordedRequest read(InputStream in) throws IOException {
        int first = in.read();
        if (first < 0) {
            return null;
        }
        if (first < 'A' || first > 'Z') {
            while (in.available() > 0 && in.skip(in.available()) > 0) {
                // drop the rest of what the client sent (a ClientHello), so that closing is not a reset
            }
            return new RawHttpTestServer.RecordedRequest("", "", Map.of(), false);
        }
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        head.write(first);
        int matched = 0;
        while (matched < 4 && head.size() < 64 * 1024) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
            matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        String[] requestLine = lines[0].split(" ");
        Map<String, List<String>> headers = new TreeMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.computeIfAbsent(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        k -> new ArrayList<>()).add(lines[i].substring(colon + 1).strip());
            }
        }
        headers.replaceAll((k, v) -> List.copyOf(v));
        return new RawHttpTestServer.RecordedRequest(requestLine[0], requestLine.length > 1 ? requestLine[1] : "",
                Collections.unmodifiableMap(headers), true);
    }
}
