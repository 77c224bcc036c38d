package io.github.cloudmckeys.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A sentence for the user that is not yet in a language: a key of the {@code messages}
 * bundle and its arguments. Layers below the UI (portal, export, keystone) build these so
 * that they need not know the user's language; the window and the command line render
 * them with {@link Messages#format(Message)}.
 *
 * <p>An argument may itself be a {@code Message} (rendered in the same language), a
 * number (formatted for the language: pass ids, ports and HTTP statuses as strings
 * so that they are not grouped) or anything else (its {@code toString()}). Arguments
 * never hold a secret: they reach exception messages and logs.
 *
 * @param key  the bundle key, e.g. {@code portal.unauthorized}
 * @param args the arguments of the key's {@link java.text.MessageFormat} pattern
 */
public record Message(String key, List<Object> args) {
    public Message {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args); // rejects null arguments: a missing value is a bug, not "null" on screen
    }

    public static Message of(String key, Object... args) {
        return new Message(key, Arrays.asList(args));
    }

    /** The sentence in English, for logs and {@link Throwable#getMessage()}. */
    public String english() {
        return Messages.english().format(this);
    }

    @Override
    public String toString() {
        return english();
    }
}
