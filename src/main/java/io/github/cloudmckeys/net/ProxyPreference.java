package io.github.cloudmckeys.net;

import java.util.Objects;
import java.util.Optional;

/**
 * The proxy the window uses when the environment names none (Preferences…): the operating
 * system's setting, none, or a URL the user typed.
 *
 * @param mode      which of the three
 * @param manualUrl the URL for {@link Mode#MANUAL}, as typed (it may hold a login: never shown back in a sentence)
 */
public record ProxyPreference(Mode mode, Optional<String> manualUrl) {
    public enum Mode { SYSTEM, NONE, MANUAL }

    /** The command line's choice, as curl's: the environment or nothing. */
    public static final ProxyPreference NONE = new ProxyPreference(Mode.NONE, Optional.empty());
    /** The window's default: what the operating system says. */
    public static final ProxyPreference SYSTEM = new ProxyPreference(Mode.SYSTEM, Optional.empty());

    public ProxyPreference {
        Objects.requireNonNull(mode, "mode");
        manualUrl = Objects.requireNonNull(manualUrl, "manualUrl").map(String::strip).filter(u -> !u.isEmpty());
    }

    public static ProxyPreference manual(String url) {
        return new ProxyPreference(Mode.MANUAL, Optional.of(url));
    }

    @Override
    public String toString() {
        return "ProxyPreference[" + mode + "]"; // the manual URL may carry a password
    }
}
