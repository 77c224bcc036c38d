package io.github.cloudmckeys.logging;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.StreamHandler;

/**
 * The one logging setup of the app, for the command line and the window alike, made once
 * at start: {@code java.util.logging} with a single handler on stderr whose
 * {@link RedactingFormatter} takes out every secret the process knows. By default only
 * warnings and errors are written; {@code CLOUDMC_LOG=fine} (or {@code info}, {@code all},
 * {@code off}) changes that for the app's own loggers, while other libraries stay at INFO
 * and above. An exception nobody caught is logged the same way instead of being printed raw.
 */
public final class AppLogging {
    /** The variable that sets the level: a {@link Level} name, or {@code debug}/{@code verbose} for FINE. */
    public static final String LEVEL_VARIABLE = "CLOUDMC_LOG";
    /** The app's loggers all live below this one. */
    public static final String APP_LOGGER_NAME = "io.github.cloudmckeys";
    private static final Level DEFAULT_LEVEL = Level.WARNING;
    /**
     * Held here because the log manager only keeps loggers weakly: a level set on a
     * logger that is collected would be lost with it.
     */
    private static final Logger APP_LOGGER = Logger.getLogger(APP_LOGGER_NAME);

    private AppLogging() {}

    /** What {@link #install} changed, so that a test can put everything back. */
    public static final class Installed implements AutoCloseable {
        private final Handler handler;
        private final List<Handler> previousHandlers;
        private final Level previousRootLevel;
        private final Level previousAppLevel;
        private final Thread.UncaughtExceptionHandler previousUncaught;
        private final Level level;

        private Installed(Handler handler, List<Handler> previousHandlers, Level previousRootLevel,
                          Level previousAppLevel, Thread.UncaughtExceptionHandler previousUncaught, Level level) {
            this.handler = handler;
            this.previousHandlers = previousHandlers;
            this.previousRootLevel = previousRootLevel;
            this.previousAppLevel = previousAppLevel;
            this.previousUncaught = previousUncaught;
            this.level = level;
        }

        /** The level the app's loggers write at. */
        public Level level() {
            return level;
        }

        /** Removes the handler and restores the handlers, levels and uncaught-exception handler found at install. */
        @Override
        public void close() {
            Logger root = Logger.getLogger("");
            handler.flush();
            root.removeHandler(handler);
            previousHandlers.forEach(root::addHandler);
            root.setLevel(previousRootLevel);
            APP_LOGGER.setLevel(previousAppLevel);
            Thread.setDefaultUncaughtExceptionHandler(previousUncaught);
        }
    }

    /**
     * Replaces the root logger's handlers (the JDK's console handler) by one redacting
     * handler on {@code err}.
     *
     * @param env the process environment, for {@value #LEVEL_VARIABLE}
     */
    public static Installed install(Map<String, String> env, PrintStream err) {
        Objects.requireNonNull(err, "err");
        String asked = env.get(LEVEL_VARIABLE);
        Level level = level(asked);
        Logger root = Logger.getLogger("");
        List<Handler> previous = List.of(root.getHandlers());
        Installed installed = new Installed(new ErrHandler(err, level), previous, root.getLevel(),
                APP_LOGGER.getLevel(), Thread.getDefaultUncaughtExceptionHandler(), level);
        previous.forEach(root::removeHandler);
        root.addHandler(installed.handler);
        root.setLevel(level.intValue() < Level.INFO.intValue() ? Level.INFO : level);
        APP_LOGGER.setLevel(level);
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> APP_LOGGER.log(Level.SEVERE,
                "Unexpected failure in thread " + thread.getName() + ": please report it (see SECURITY.md for"
                        + " anything security-related).", failure));
        if (asked != null && !asked.isBlank() && level == DEFAULT_LEVEL && !isWarning(asked)) {
            APP_LOGGER.warning(() -> LEVEL_VARIABLE + " is not a log level (use fine, info, warning, all or off):"
                    + " warnings only.");
        }
        return installed;
    }

    /** The level {@code text} names; WARNING for nothing or nonsense. */
    static Level level(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT_LEVEL;
        }
        String name = text.strip().toUpperCase(Locale.ROOT);
        if (name.equals("DEBUG") || name.equals("VERBOSE")) {
            return Level.FINE;
        }
        try {
            return Level.parse(name);
        } catch (IllegalArgumentException e) {
            return DEFAULT_LEVEL;
        }
    }

    private static boolean isWarning(String text) {
        String name = text.strip();
        return name.equalsIgnoreCase("warning") || name.equals(String.valueOf(Level.WARNING.intValue()));
    }

    /** Writes and flushes each record at once; closing flushes but never closes stderr. */
    private static final class ErrHandler extends StreamHandler {
        ErrHandler(PrintStream err, Level level) {
            super(err, RedactingFormatter.withLiveSecrets(level.intValue() <= Level.FINE.intValue()));
            setLevel(level);
        }

        @Override
        public synchronized void publish(LogRecord record) {
            super.publish(record);
            flush();
        }

        @Override
        public synchronized void close() {
            flush();
        }
    }
}
