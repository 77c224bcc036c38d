package io.github.cloudmckeys.net;

import io.github.cloudmckeys.i18n.Localized;
import io.github.cloudmckeys.i18n.Message;
import java.util.Objects;

/**
 * The network settings cannot be used (a proxy URL, a CA file), said in one sentence for the
 * user; nothing was sent. Never holds a proxy password: the sentences never quote the proxy URL.
 */
public final class NetException extends Exception implements Localized {
    private static final long serialVersionUID = 1L;

    private final transient Message message;

    public NetException(Message message) {
        this(message, null);
    }

    public NetException(Message message, Throwable cause) {
        super(Objects.requireNonNull(message, "message").english(), cause);
        this.message = message;
    }

    @Override
    public Message userMessage() {
        return message;
    }
}
