package io.github.cloudmckeys.app.cli;

import io.github.cloudmckeys.app.settings.AppSettings;
import io.github.cloudmckeys.app.settings.SettingsStore;
import io.github.cloudmckeys.app.settings.XdgSettingsStore;
import io.github.cloudmckeys.session.KeyStore;
import io.github.cloudmckeys.session.PortalRegistry;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * What the commands reach beyond the portal: the settings file (remembered portals), the OS
 * keyring (opened only when a command needs a key from it), and the terminal or standard input
 * a key is read from. Injected, so that tests use a temporary folder, an in-memory key store
 * and a stream of their own.
 */
final class CommandLineDesk {
    private final Optional<SettingsStore> settings;
    private final Supplier<KeyStore> keyStoreFactory;
    private final InputStream in;
    private final Console console;
    private KeyStore keyStore;

    CommandLineDesk(Optional<SettingsStore> settings, Supplier<KeyStore> keyStore, InputStream in, Console console) {
        this.settings = settings;
        this.keyStoreFactory = keyStore;
        this.in = in;
        this.console = console;
    }

    /** The settings file the environment points to ({@code XDG_CONFIG_HOME}, else {@code HOME}), if any. */
    static Optional<SettingsStore> settingsFor(Map<String, String> env) {
        String home = env.getOrDefault("HOME", "");
        String configHome = env.getOrDefault("XDG_CONFIG_HOME", "");
        if (home.isBlank() && configHome.isBlank()) {
            return Optional.empty();
        }
        try {
            Path userHome = Path.of(home.isBlank() ? System.getProperty("user.home") : home);
            return Optional.of(XdgSettingsStore.forEnvironment(env, userHome));
        } catch (InvalidPathException e) {
            return Optional.empty(); // a HOME that is no path: no settings to follow
        }
    }

    AppSettings settings() {
        return settings.map(SettingsStore::load).orElse(AppSettings.defaults());
    }

    PortalRegistry registry() {
        return PortalRegistry.from(settings());
    }

    /**
     * Applies {@code change} to the settings as they are on disk now (another window or command
     * may have changed them since this one started) and saves them.
     */
    void update(UnaryOperator<AppSettings> change) throws CliFailure {
        if (settings.isEmpty()) {
            throw new CliFailure(ExitCodes.EXPORT_FAILED, io.github.cloudmckeys.i18n.Message.of("cli.settings.nowhere"));
        }
        try {
            settings.get().save(change.apply(settings.get().load()));
        } catch (IOException e) {
            throw CliFailure.of(ExitCodes.EXPORT_FAILED, e);
        }
    }

    KeyStore keyStore() {
        if (keyStore == null) {
            keyStore = keyStoreFactory.get();
        }
        return keyStore;
    }

    /**
     * The key typed at the terminal without echo, or the first line of standard input when it is
     * not a terminal; empty when nothing was given.
     */
    Optional<String> readKey(String prompt) throws CliFailure {
        if (console != null) {
            char[] typed = console.readPassword("%s", prompt);
            return typed == null ? Optional.empty() : Optional.of(new String(typed)).filter(k -> !k.isBlank());
        }
        try {
            String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
            return Optional.ofNullable(line).filter(k -> !k.isBlank());
        } catch (IOException e) {
            throw CliFailure.of(ExitCodes.USAGE, e);
        }
    }
}
