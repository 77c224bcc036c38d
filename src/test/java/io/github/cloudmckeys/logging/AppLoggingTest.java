package io.github.cloudmckeys.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** The one setup, installed and taken back down in each test. */
class AppLoggingTest {
    private static final String KEY = "LOGKEY-7f3a9c21";
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private AppLogging.Installed install(Map<String, String> env) {
        return AppLogging.install(env, new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String written() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void byDefaultOnlyWarningsAreWrittenAndSecretsAreRedacted() {
        LiveSecrets.register(KEY);
        Logger logger = Logger.getLogger("io.github.cloudmckeys.test.Defaults");
        try (AppLogging.Installed installed = install(Map.of())) {
            logger.fine("fine detail");
            logger.info("info detail");
            // Unquoted, a value runs to the next blank: the closing parenthesis goes with it, better than a tail.
            logger.warning("the portal said: bad key " + KEY + " (MC-Api-Key: other-secret-99)");
            assertThat(installed.level()).isEqualTo(Level.WARNING);
        }

        assertThat(written()).doesNotContain("fine detail", "info detail", KEY, "other-secret-99")
                .contains("cloudmc-keys WARNING: the portal said: bad key ******** (MC-Api-Key: ********");
    }

    @Test
    void fineIsWrittenForTheAppWhenAskedOtherLibrariesStayQuiet() {
        Logger app = Logger.getLogger("io.github.cloudmckeys.test.Fine");
        Logger other = Logger.getLogger("org.example.Library");
        try (AppLogging.Installed installed = install(Map.of(AppLogging.LEVEL_VARIABLE, "fine"))) {
            app.fine("app detail");
            other.fine("library detail");
            other.info("library news");
            assertThat(installed.level()).isEqualTo(Level.FINE);
        }

        assertThat(written()).contains("cloudmc-keys FINE: app detail", "library news")
                .doesNotContain("library detail");
    }

    @Test
    void anExceptionsChainIsWrittenRedacted() {
        LiveSecrets.register(KEY);
        Logger logger = Logger.getLogger("io.github.cloudmckeys.test.Thrown");
        IOException cause = new IOException("server echoed " + KEY);
        try (AppLogging.Installed ignored = install(Map.of())) {
            logger.log(Level.WARNING, "could not save", new IllegalStateException("outer password=hunter22", cause));
        }

        assertThat(written()).contains("could not save", "java.lang.IllegalStateException: outer password=********",
                "caused by java.io.IOException: server echoed ********").doesNotContain(KEY, "hunter22");
    }

    @Test
    void nonsenseLevelsFallBackToWarningsAndSaySo() {
        try (AppLogging.Installed installed = install(Map.of(AppLogging.LEVEL_VARIABLE, "loud"))) {
            assertThat(installed.level()).isEqualTo(Level.WARNING);
        }
        assertThat(written()).contains("CLOUDMC_LOG is not a log level");
        assertThat(AppLogging.level("debug")).isEqualTo(Level.FINE);
        assertThat(AppLogging.level(" Off ")).isEqualTo(Level.OFF);
        assertThat(AppLogging.level(null)).isEqualTo(Level.WARNING);
    }

    @Test
    void closingPutsTheRootHandlersBack() {
        Logger root = Logger.getLogger("");
        var before = root.getHandlers();
        Level rootLevel = root.getLevel();
        Thread.UncaughtExceptionHandler uncaught = Thread.getDefaultUncaughtExceptionHandler();

        try (AppLogging.Installed ignored = install(Map.of())) {
            assertThat(root.getHandlers()).hasSize(1).doesNotContain(before);
            assertThat(Thread.getDefaultUncaughtExceptionHandler()).isNotNull().isNotSameAs(uncaught);
        }

        assertThat(root.getHandlers()).containsExactly(before);
        assertThat(root.getLevel()).isEqualTo(rootLevel);
        assertThat(Thread.getDefaultUncaughtExceptionHandler()).isSameAs(uncaught);
    }

    @Test
    void anUncaughtExceptionIsLoggedRedactedInsteadOfPrintedRaw() throws Exception {
        LiveSecrets.register(KEY);
        try (AppLogging.Installed ignored = install(Map.of())) {
            Thread thread = new Thread(() -> {
                throw new IllegalStateException("boom with " + KEY);
            }, "doomed-worker");
            thread.start();
            thread.join();
        }

        assertThat(written()).contains("cloudmc-keys SEVERE: Unexpected failure in thread doomed-worker",
                "IllegalStateException: boom with ********").doesNotContain(KEY);
    }
}
