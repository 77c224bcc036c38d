package io.github.cloudmckeys.app;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** The search behind {@link NoSecretInAnyOutputTest} finds a secret wherever it hides. */
class OutputSearchTest {
    private static final String SECRET = "FINDME-SECRET-0c1d";

    @Test
    void aSecretInALibrarysFinestRecordIsFound() {
        try (OutputSearch search = new OutputSearch(List.of(SECRET))) {
            Logger.getLogger("jdk.internal.something").finest("header value " + SECRET);
            assertThatThrownBy(search::assertNoSecret).hasMessageContaining("log record #")
                    .hasMessageContaining("holds secret #0");
        }
    }

    @Test
    void aSecretInARecordsParameterIsFound() {
        try (OutputSearch search = new OutputSearch(List.of(SECRET))) {
            Logger.getLogger("org.example").log(Level.FINER, "value {0}", new Object[] {null, SECRET});
            assertThatThrownBy(search::assertNoSecret).hasMessageContaining("holds secret #0");
        }
    }

    @Test
    void aSecretPrintedToSystemErrIsFound() {
        try (OutputSearch search = new OutputSearch(List.of(SECRET))) {
            System.err.println(SECRET);
            assertThatThrownBy(search::assertNoSecret).hasMessageContaining("System.err holds secret #0");
        }
    }

    @Test
    void aSecretInADeepCauseIsFound() {
        try (OutputSearch search = new OutputSearch(List.of(SECRET))) {
            search.add("failure", new IllegalStateException("outer", new RuntimeException("middle",
                    new IOException("inner " + SECRET))));
            assertThatThrownBy(search::assertNoSecret).hasMessageContaining("failure #0 holds secret #0");
        }
    }
}
