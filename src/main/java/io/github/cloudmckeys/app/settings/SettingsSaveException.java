package io.github.cloudmckeys.app.settings;

import io.github.cloudmckeys.i18n.Localized;
import io.github.cloudmckeys.i18n.Message;
import java.io.IOException;
import java.util.Objects;

/** The settings could not be saved, said in one sentence for the user; the previous file is intact. */
public final class SettingsSaveException extends IOException implements Localized {
    private final transient Message message;

    SettingsSaveException(Message message, Throwable cause) {
        super(message.english(), cause);
        this.message = Objects.requireNonNull(message, "message");
    }

    @Override
    public Message userMessage() {
        return message;
    }
}
