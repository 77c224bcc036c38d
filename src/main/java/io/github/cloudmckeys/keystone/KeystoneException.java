package io.github.cloudmckeys.keystone;

import io.github.cloudmckeys.i18n.LocalizedException;
import io.github.cloudmckeys.i18n.Message;
import java.util.Objects;

/**
 * Keystone gave no token, said in one sentence for the user ({@link #userMessage()}, in their
 * language; {@link #getMessage()} is its English rendering); never holds the password.
 */
public final class KeystoneException extends LocalizedException {
    private static final long serialVersionUID = 1L;

    public enum Kind {
        /** Keystone answered and refused: wrong password, unknown user, project or domain (400, 401, 403). */
        REFUSED(true),
        /** Keystone answered that it has no such API: v2.0 on a current Keystone, a wrong path (404). */
        NOT_OFFERED(true),
        /** The credentials lack what a token request needs: nothing was sent. */
        INCOMPLETE(false),
        /** The URL is plain http to another machine, or not a URL: nothing was sent. */
        NOT_SENT(false),
        /** No connection, no answer in time, or a broken TLS handshake. */
        UNREACHABLE(false),
        /** A redirect: not followed, so the password went nowhere else. */
        REDIRECTED(false),
        /** Keystone failed (5xx) or the answer was not Keystone's. */
        BAD_ANSWER(false);

        private final boolean keystoneSaidNo;

        Kind(boolean keystoneSaidNo) {
            this.keystoneSaidNo = keystoneSaidNo;
        }

        /** True when Keystone itself answered and issued no token. */
        public boolean keystoneSaidNo() {
            return keystoneSaidNo;
        }
    }

    private final Kind kind;

    public KeystoneException(Kind kind, Message message) {
        this(kind, message, null);
    }

    public KeystoneException(Kind kind, Message message, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public Kind kind() {
        return kind;
    }
}
