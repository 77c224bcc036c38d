package io.github.cloudmckeys.app.settings;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The settings store's log lines during one test, kept out of the build's output: the
 * warnings for bad values are expected in the tests that register this
 * ({@code @RegisterExtension final StoreWarnings warnings = new StoreWarnings();}).
 */
final class StoreWarnings implements BeforeEachCallback, AfterEachCallback {
    private final Logger logger = Logger.getLogger(XdgSettingsStore.class.getName());
    private final List<String> messages = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            messages.add(record.getMessage());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @Override
    public void beforeEach(ExtensionContext context) {
        logger.addHandler(handler);
        logger.setUseParentHandlers(false);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        logger.removeHandler(handler);
        logger.setUseParentHandlers(true);
    }

    /** The messages logged so far in this test, oldest first. */
    List<String> messages() {
        return messages;
    }
}
