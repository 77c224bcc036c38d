package io.github.cloudmckeys.demo;

import io.github.cloudmckeys.i18n.Localized;
import io.github.cloudmckeys.i18n.Message;
import java.util.Objects;

/**
 * Demo data that is not shaped as it must be: what and where, e.g. "environments[0].name
 * is missing". It is the part of a {@link DemoDataException} after "is not shaped like demo
 * data: ".
 */
final class InvalidDemoData extends IllegalArgumentException implements Localized {
    private static final long serialVersionUID = 1L;

    private final transient Message message;

    InvalidDemoData(Message message) {
        super(Objects.requireNonNull(message, "message").english());
        this.message = message;
    }

    /** {@code demo.shape.<key>} with its arguments. */
    static InvalidDemoData of(String key, Object... args) {
        return new InvalidDemoData(Message.of("demo.shape." + key, args));
    }

    @Override
    public Message userMessage() {
        return message;
    }
}
