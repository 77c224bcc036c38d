package io.github.cloudmckeys.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The user-visible text of the app in one {@link Language}, from the resource bundle
 * {@value #BUNDLE} ({@code messages.properties}, {@code messages_fr.properties}).
 * Every value is a {@link MessageFormat} pattern, so an apostrophe is written {@code ''}
 * (French uses the typographic ’ and needs no escaping).
 */
public final class Messages {
    public static final String BUNDLE = "io.github.cloudmckeys.i18n.messages";

    private final Language language;
    private final ResourceBundle bundle;

    private Messages(Language language, ResourceBundle bundle) {
        this.language = language;
        this.bundle = bundle;
    }

    /**
     * The text in {@code language}. The JVM's default locale is deliberately not consulted:
     * asking for English gets English even on a French system. A key missing from a
     * translation falls back to English (a test keeps both complete).
     */
    public static Messages of(Language language) {
        Objects.requireNonNull(language, "language");
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language.locale(), Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Messages(language, bundle);
    }

    /** English: the language of logs and of {@link Throwable#getMessage()}. */
    public static Messages english() {
        return of(Language.ENGLISH); // ResourceBundle caches the bundle itself
    }

    public Language language() {
        return language;
    }

    /** The text of {@code key} with {@code args} put in its placeholders. */
    public String get(String key, Object... args) {
        return format(key, List.of(args));
    }

    /** The sentence of a message in this language. */
    public String format(Message message) {
        return format(message.key(), message.args());
    }

    /** The sentence a failure carries, in this language; its own message when it carries none. */
    public String sentence(Localized failure) {
        return format(failure.userMessage());
    }

    private String format(String key, List<Object> args) {
        String pattern = bundle.getString(key);
        Object[] values = new Object[args.size()];
        for (int i = 0; i < values.length; i++) {
            Object arg = args.get(i);
            values[i] = arg instanceof Message nested ? format(nested) : arg;
        }
        return new MessageFormat(pattern, language.locale()).format(values);
    }
}
