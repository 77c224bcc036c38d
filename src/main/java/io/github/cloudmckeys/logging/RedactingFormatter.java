package io.github.cloudmckeys.logging;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * One line per record, {@code cloudmc-keys WARNING: message}, then the exception's
 * chain (class and message of each cause; with {@code stackFrames}, the frames too), all
 * of it passed through the {@link SecretRedactor}: whatever a library puts into a message
 * or an exception, no registered secret and no announced secret value reaches the output.
 */
public final class RedactingFormatter extends Formatter {
    private static final int MAX_CAUSES = 20;

    private final SecretRedactor redactor;
    private final boolean stackFrames;

    /** @param stackFrames also write each exception's stack frames (for the verbose levels) */
    public RedactingFormatter(SecretRedactor redactor, boolean stackFrames) {
        this.redactor = Objects.requireNonNull(redactor, "redactor");
        this.stackFrames = stackFrames;
    }

    /** Redacting with the process's {@link LiveSecrets}. */
    public static RedactingFormatter withLiveSecrets(boolean stackFrames) {
        return new RedactingFormatter(LiveSecrets.redactor(), stackFrames);
    }

    @Override
    public String format(LogRecord record) {
        StringBuilder line = new StringBuilder("cloudmc-keys ").append(record.getLevel().getName()).append(": ");
        String message = formatMessage(record);
        line.append(message == null ? "" : message.replace('\r', ' ').replace('\n', ' '));
        if (stackFrames && record.getLoggerName() != null) {
            line.append(" [").append(record.getLoggerName()).append(']');
        }
        appendThrown(line, record.getThrown());
        return redactor.redact(line.toString()) + System.lineSeparator();
    }

    private void appendThrown(StringBuilder line, Throwable thrown) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        int depth = 0;
        for (Throwable t = thrown; t != null && seen.add(t) && depth < MAX_CAUSES; t = t.getCause(), depth++) {
            line.append(depth == 0 ? System.lineSeparator() + "  " : System.lineSeparator() + "  caused by ")
                    .append(t.getClass().getName());
            if (t.getMessage() != null) {
                line.append(": ").append(t.getMessage().replace('\r', ' ').replace('\n', ' '));
            }
            if (stackFrames) {
                for (StackTraceElement frame : t.getStackTrace()) {
                    line.append(System.lineSeparator()).append("    at ").append(frame);
                }
            }
        }
    }
}
