package io.github.cloudmckeys.logging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes secrets out of text meant for a log, a terminal or a banner: every secret
 * {@linkplain #register(String) registered} (API keys, sensitive credential values) is
 * replaced wherever it appears, and so is the value after a name that announces a secret
 * ({@code MC-Api-Key: …}, {@code OS_PASSWORD=…}, {@code "secret_key": "…"}), whether or not
 * it was registered.
 *
 * <p>Secrets are kept in {@linkplain Scope scopes}: a portal session's, what is on screen,
 * a key being tested. Closing a scope forgets its secrets (those another open scope also
 * holds stay), so that the redactor knows what the process holds now, not all it ever saw.
 * {@link #register(String)} puts a secret in the redactor's own scope, which lasts as long
 * as the redactor (a command line's arguments).
 */
public final class SecretRedactor {
    /**
     * What a hidden secret becomes, wherever the user sees it: in a log, a sentence, the window's credentials table
     * and the command line's. The same length whatever the secret, so it tells nothing; ASCII, so that it reads the
     * same in any console code page and any log file.
     */
    public static final String MASK = "********";
    /**
     * Shorter values are not searched for: a one- or two-letter "secret" would blank out
     * every occurrence of those letters, and it is no secret worth the name.
     */
    static final int MIN_SECRET_LENGTH = 4;
    /** Enough for any session; beyond it the oldest are forgotten rather than memory growing without end. */
    static final int MAX_SECRETS = 10_000;

    /** A value: double-quoted (backslash escapes included), single-quoted, or up to a blank, comma or semicolon. */
    private static final String VALUE =
            "(\"(?:[^\"\\\\]|\\\\.)*\"|'[^']*'|(?:Bearer\\s+|Basic\\s+)?[^\\s,;\"']+)";
    /** A header or variable that holds a secret, then ":" or "=", then the value. */
    private static final Pattern HEADER_OR_VARIABLE = Pattern.compile(
            "(?i)((?<![A-Za-z0-9])(?:MC-Api-Key|X-Api-Key|Authorization|OS_PASSWORD"
                    + "|OS_APPLICATION_CREDENTIAL_SECRET|ST_KEY|AWS_SECRET_ACCESS_KEY|AWS_SESSION_TOKEN"
                    + "|CLOUDMC_API_KEY)[\"']?\\s*[:=]\\s*)" + VALUE);
    /**
     * A generic name ("password", "api_key", "secret_key") announces a value only as
     * {@code name=value} or as JSON, {@code "name": "value"}: in a sentence like "cannot ask
     * for the password: use …" the words after the colon are prose, not a secret.
     */
    private static final Pattern GENERIC_NAME = Pattern.compile(
            "(?i)((?<![A-Za-z0-9])(?:api[_-]?key|password|passwd|secret[_-]?key|secret[_-]?access[_-]?key)[\"']?"
                    + "(?:\\s*=\\s*|\\s*:\\s*(?=[\"'])))" + VALUE);

    /** The open scopes, the redactor's own first; guarded by itself. */
    private final Set<Scope> scopes = new LinkedHashSet<>();
    private final Scope own = openScope();
    /** Longest first, so that a secret containing another one is replaced whole. */
    private volatile List<String> longestFirst = List.of();

    /** Remembers {@code secret} (when it is at least {@value #MIN_SECRET_LENGTH} characters) for {@link #redact}. */
    public void register(String secret) {
        own.register(secret);
    }

    /** A new, empty scope: what it registers is redacted until it is closed. */
    public Scope openScope() {
        Scope scope = new Scope();
        synchronized (scopes) {
            scopes.add(scope);
        }
        return scope;
    }

    /** Secrets forgotten together: a portal session's, what is on screen, a key being tested. */
    public final class Scope implements AutoCloseable {
        private final LinkedHashSet<String> secrets = new LinkedHashSet<>();

        private Scope() {}

        /** Remembers {@code secret} (at least {@value #MIN_SECRET_LENGTH} characters) until this scope closes. */
        public void register(String secret) {
            if (secret == null || secret.strip().length() < MIN_SECRET_LENGTH) {
                return;
            }
            synchronized (scopes) {
                if (!scopes.contains(this) || !secrets.add(secret)) {
                    return;
                }
                secrets.add(secret.strip()); // a value may be echoed without its surrounding blanks
                while (secrets.size() > MAX_SECRETS) {
                    secrets.remove(secrets.iterator().next());
                }
                rebuild();
            }
        }

        /** Forgets this scope's secrets, but those another open scope holds. */
        @Override
        public void close() {
            synchronized (scopes) {
                if (scopes.remove(this)) {
                    secrets.clear();
                    rebuild();
                }
            }
        }
    }

    /** Called holding the lock on {@link #scopes}. */
    private void rebuild() {
        Set<String> all = new LinkedHashSet<>();
        scopes.forEach(scope -> all.addAll(scope.secrets));
        List<String> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        longestFirst = List.copyOf(sorted);
    }

    /** {@code text} with every registered secret and every announced secret value replaced by {@value #MASK}. */
    public String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = text;
        for (String secret : longestFirst) {
            if (result.contains(secret)) {
                result = result.replace(secret, MASK);
            }
        }
        return replaceValues(GENERIC_NAME, replaceValues(HEADER_OR_VARIABLE, result));
    }

    private static String replaceValues(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        do {
            String value = matcher.group(2);
            // The whole value, even one that holds the mask already (a registered secret replaced above): a
            // password may contain the mask's characters. Masking a masked value gives the same text.
            String replacement = quoteLike(value);
            matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group(1) + replacement));
        } while (matcher.find());
        matcher.appendTail(out);
        return out.toString();
    }

    /** Keeps the quotes of a quoted value, so that redacted JSON still reads as JSON. */
    private static String quoteLike(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") || value.startsWith("'"))) {
            char quote = value.charAt(0);
            return quote + MASK + quote;
        }
        return MASK;
    }

    /** How many distinct secrets are remembered (for tests). */
    int size() {
        return longestFirst.size();
    }

    @Override
    public String toString() {
        return "SecretRedactor[" + size() + " secrets]";
    }
}
