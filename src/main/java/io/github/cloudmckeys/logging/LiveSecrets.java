package io.github.cloudmckeys.logging;

/**
 * The secrets this process holds, for redaction. Process-wide on purpose, like
 * {@code java.util.logging} itself: a secret is registered where it enters the process
 * (the portal client gets the API key, the credentials model reads sensitive values),
 * and redaction happens where text leaves it (the log formatter, the command line's error
 * line, the window's banner). Handing one instance through every layer in between would
 * tie the portal client and the credentials model to the app's wiring, and miss a path the
 * day someone adds one.
 *
 * <p>It knows what the process holds now: each portal client keeps its key in a
 * {@linkplain #openScope() scope of its own}, closed with it (a key tested in Connect is
 * forgotten once tested), and the sensitive values shown belong to the current portal
 * session, forgotten when the window {@linkplain #newPortalSession() switches portal}.
 */
public final class LiveSecrets {
    private static final SecretRedactor REDACTOR = new SecretRedactor();
    private static volatile SecretRedactor.Scope portalSession = REDACTOR.openScope();

    private LiveSecrets() {}

    /** Remembers {@code secret} so that no log line, error line or banner shows it from now on. */
    public static void register(String secret) {
        REDACTOR.register(secret);
    }

    /** A scope of its own, for secrets that go when their holder goes (a portal client's key). */
    public static SecretRedactor.Scope openScope() {
        return REDACTOR.openScope();
    }

    /** Remembers a sensitive value read from the current portal, until the next {@link #newPortalSession()}. */
    public static void registerShown(String secret) {
        portalSession.register(secret);
    }

    /** Another portal is now the current one: the values shown from the previous one are forgotten. */
    public static synchronized void newPortalSession() {
        SecretRedactor.Scope previous = portalSession;
        portalSession = REDACTOR.openScope();
        previous.close();
    }

    /** {@code text} without any registered secret or announced secret value. */
    public static String redact(String text) {
        return REDACTOR.redact(text);
    }

    static SecretRedactor redactor() {
        return REDACTOR;
    }
}
