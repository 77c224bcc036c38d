package io.github.cloudmckeys.portal;

import io.github.cloudmckeys.portal.RawHttpTestServer.Script;
import java.util.List;

/** Server behaviours the fault suite needs beyond {@link RawHttpScripts}. */
final class FaultScripts {
    private FaultScripts() {}

    /** Announces {@code declaredLength} bytes, sends {@code partialBody}, then resets the connection (RST, not FIN). */
    static Script headersThenReset(int status, String contentType, long declaredLength, String partialBody) {
        String head = RawHttpScripts.head(status,
                List.of("Content-Type: " + contentType, "Content-Length: " + declaredLength));
        return connection -> {
            connection.write(head + partialBody);
            connection.reset();
        };
    }
}
