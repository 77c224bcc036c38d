package io.github.cloudmckeys.i18n;

import java.util.Locale;
import java.util.Optional;

/**
 * The languages the interface speaks. One is chosen per process, in this order: the
 * {@code --lang} option, the saved setting, the system's display language; anything
 * the app does not speak falls back to English.
 */
public enum Language {
    ENGLISH("en", Locale.ENGLISH),
    FRENCH("fr", Locale.FRENCH);

    private final String tag;
    private final Locale locale;

    Language(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    /** The short tag used on the command line and in the settings file: {@code en}, {@code fr}. */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    /**
     * The language of a tag such as {@code fr}, {@code fr-CA}, {@code fr_CA.UTF-8} or
     * {@code EN}; empty for a language the app does not speak.
     */
    public static Optional<Language> parse(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String language = tag.strip().split("[-_.@]", 2)[0].toLowerCase(Locale.ROOT);
        for (Language candidate : values()) {
            if (candidate.tag.equals(language)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The language for a locale: French for any French locale ({@code fr_CA}, {@code fr_BE}, …), else English. */
    public static Language of(Locale locale) {
        return parse(locale == null ? null : locale.getLanguage()).orElse(ENGLISH);
    }

    /**
     * The language to use: the command line's choice, else the saved setting, else the
     * system's display language.
     */
    public static Language choose(Optional<Language> commandLine, Optional<Language> setting, Locale system) {
        return commandLine.or(() -> setting).orElseGet(() -> of(system));
    }

    /** The system's display language, as the JVM read it from the environment (LANG, LC_ALL, …). */
    public static Locale systemLocale() {
        return Locale.getDefault(Locale.Category.DISPLAY);
    }
}
