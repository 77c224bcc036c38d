package io.github.cloudmckeys.logging;

/**
 * The secrets this process holds, for redaction. Process-wide on purpose, like
 * {@code java.util.logging} itself: a secret is registered where it enters the process
 * (the portal client gets the API key, the credentials model reads sensitive values),
 * and redaction happens where text leaves it (the log formatter, the command line's error
 * line, the window's banner). Handing one instance through every layer in between would
 * tie the portal client and the credentials model to the app's wiring, and miss a path the
 * day someone adds one.
 */
public final class LiveSecrets {
    private static final SecretRedactor REDACTOR = new SecretRedactor();

    private LiveSecrets() {}

    /** Remembers {@code secret} so that no log line, error line or banner shows it from now on. */
    public static void register(String secret) {
        REDACTOR.register(secret);
    }

    /** {@code text} without any registered secret or announced secret value. */
    public static String redact(String text) {
        return REDACTOR.redact(text);
    }

    static SecretRedactor redactor() {
        return REDACTOR;
    }
}
