package io.github.cloudmckeys.app.settings;

import java.util.Locale;
import java.util.Optional;

/** Light, dark, or whichever the operating system prefers (Preferences… › Appearance). */
public enum ThemeChoice {
    SYSTEM, LIGHT, DARK;

    /** The word kept in the settings. */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The choice {@code tag} names; empty for a word this version does not know. */
    public static Optional<ThemeChoice> parse(String tag) {
        for (ThemeChoice choice : values()) {
            if (choice.tag().equals(tag)) {
                return Optional.of(choice);
            }
        }
        return Optional.empty();
    }

    /** Whether the window is dark with this choice, when the system prefers dark or not. */
    public boolean isDark(boolean systemPrefersDark) {
        return this == DARK || this == SYSTEM && systemPrefersDark;
    }
}
