package io.github.cloudmckeys.render.script;

/** Preconditions shared by the quoting functions. */
final class QuotingChecks {
    private QuotingChecks() {
    }

    /** Fails without showing the value: it may be a password. */
    static void requireNoNul(String value) {
        if (value.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("A NUL character cannot be quoted for any shell");
        }
    }
}
