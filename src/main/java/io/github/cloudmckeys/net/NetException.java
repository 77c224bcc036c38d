package io.github.cloudmckeys.net;

import io.github.cloudmckeys.i18n.LocalizedException;
import io.github.cloudmckeys.i18n.Message;

/**
 * The network settings cannot be used (a proxy URL, a CA file), said in one sentence for the
 * user; nothing was sent. Never holds a proxy password: the sentences never quote the proxy URL.
 */
public final class NetException extends LocalizedException {
    private static final long serialVersionUID = 1L;

    public NetException(Message message) {
        this(message, null);
    }

    public NetException(Message message, Throwable cause) {
        super(message, cause);
    }
}
