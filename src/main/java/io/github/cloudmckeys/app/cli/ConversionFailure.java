package io.github.cloudmckeys.app.cli;

import io.github.cloudmckeys.i18n.Localized;
import io.github.cloudmckeys.i18n.Message;
import java.util.Objects;
import picocli.CommandLine.TypeConversionException;

/** An option's value that does not convert, with the sentence that says which values it takes. */
final class ConversionFailure extends TypeConversionException implements Localized {
    private final transient Message message;

    ConversionFailure(Message message) {
        super(message.english());
        this.message = Objects.requireNonNull(message, "message");
    }

    @Override
    public Message userMessage() {
        return message;
    }
}
