package io.github.cloudmckeys.app.cli;

import java.util.Optional;

/**
 * {@code --lang en|fr}, read from the arguments before picocli parses them: the language
 * decides how picocli's own help and parse errors are worded, so it must be known first.
 * picocli still declares the option (on every command, for the help and so that it parses
 * wherever it stands) but its value there is not used.
 */
public final class LanguageOption {
    public static final String NAME = "--lang";

    private LanguageOption() {}

    /**
     * The value of the last {@code --lang} ({@code --lang fr} or {@code --lang=fr}) before
     * {@code --}; empty when there is none, or when {@code --lang} ends the line without a
     * value (picocli then says that a value is missing).
     */
    public static Optional<String> find(String[] args) {
        String found = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--")) {
                break;
            }
            if (arg.equals(NAME) && i + 1 < args.length) {
                found = args[++i];
            } else if (arg.startsWith(NAME + "=")) {
                found = arg.substring(NAME.length() + 1);
            }
        }
        return Optional.ofNullable(found);
    }

    /** True when the arguments are nothing but {@code --lang} and its value: the window, in that language. */
    public static boolean onlyLanguage(String[] args) {
        int i = 0;
        while (i < args.length) {
            if (args[i].equals(NAME) && i + 1 < args.length) {
                i += 2;
            } else if (args[i].startsWith(NAME + "=")) {
                i++;
            } else {
                return false;
            }
        }
        return args.length > 0;
    }
}
