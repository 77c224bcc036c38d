package io.github.cloudmckeys.demo;

import static io.github.cloudmckeys.demo.DemoHttp.send;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.Test;

/** The demo portal's request log, at FINE: every request named, never a key, right or wrong. */
class DemoPortalLoggingTest {
    private final DemoData data = DemoData.bundled();

    @Test
    void fineLogsNameRequestsButNeverTheKey() throws Exception {
        Logger logger = Logger.getLogger(DemoPortal.class.getPackageName());
        Level previous = logger.getLevel();
        List<String> lines = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(new SimpleFormatter().format(record));
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        capture.setLevel(Level.ALL);
        logger.setLevel(Level.FINE);
        logger.addHandler(capture);
        String wrongKey = "wrong-key-in-a-log-9d2e";
        try (DemoPortal logged = DemoPortal.start(data)) {
            for (String route : DemoPortalRoutesTest.allRoutes(data)) {
                assertThat(send(logged, "GET", route, DemoPortal.API_KEY).statusCode()).isEqualTo(200);
                assertThat(send(logged, "GET", route, wrongKey).statusCode()).isEqualTo(401);
            }
        } finally {
            logger.removeHandler(capture);
            logger.setLevel(previous);
        }

        assertThat(lines).anySatisfy(line -> assertThat(line).contains("GET /api/v2/environments -> 200"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("-> 401"));
        assertThat(String.join("\n", lines)).doesNotContain(DemoPortal.API_KEY, wrongKey);
    }
}
