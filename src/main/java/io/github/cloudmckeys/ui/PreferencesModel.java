package io.github.cloudmckeys.ui;

import io.github.cloudmckeys.app.settings.ThemeChoice;
import io.github.cloudmckeys.i18n.Language;
import io.github.cloudmckeys.net.ProxyPreference;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What Preferences… edits: how long a copied secret stays on the clipboard and the appearance
 * (both apply at once), the language (applies at the next start) and the proxy (from the next
 * connection). The app loads them and saves what changes.
 */
public final class PreferencesModel {
    private final DialogService dialogs;
    private final IntegerProperty clipboardClearSeconds;
    private final ObjectProperty<Optional<Language>> language = new SimpleObjectProperty<>(Optional.empty());
    private final ObjectProperty<ProxyPreference> proxy = new SimpleObjectProperty<>(ProxyPreference.SYSTEM);
    private final ObjectProperty<ThemeChoice> theme = new SimpleObjectProperty<>(ThemeChoice.SYSTEM);
    private final BooleanProperty systemPrefersDark = new SimpleBooleanProperty(false);
    private final BooleanBinding dark = Bindings.createBooleanBinding(
            () -> theme.get().isDark(systemPrefersDark.get()), theme, systemPrefersDark);

    /** @param clipboardClearSeconds the clipboard's own delay, which this edits in place */
    PreferencesModel(DialogService dialogs, IntegerProperty clipboardClearSeconds) {
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.clipboardClearSeconds = Objects.requireNonNull(clipboardClearSeconds, "clipboardClearSeconds");
    }

    /** Opens the Preferences dialog; what the user accepts is set here. */
    public void edit() {
        int seconds = Math.max(0, Math.min(Preferences.MAX_CLIPBOARD_CLEAR_SECONDS, clipboardClearSeconds.get()));
        dialogs.editPreferences(new Preferences(seconds, language.get(), proxy.get(), theme.get())).ifPresent(chosen -> {
            clipboardClearSeconds.set(chosen.clipboardClearSeconds());
            language.set(chosen.language());
            proxy.set(chosen.proxy());
            theme.set(chosen.theme());
        });
    }

    /** Seconds a copied secret stays on the clipboard; 0 for never. */
    public IntegerProperty clipboardClearSecondsProperty() {
        return clipboardClearSeconds;
    }

    /** Light, dark or the system's: applies at once. */
    public ObjectProperty<ThemeChoice> themeProperty() {
        return theme;
    }

    /** Whether the operating system prefers a dark appearance (the app asks it at start). */
    public BooleanProperty systemPrefersDarkProperty() {
        return systemPrefersDark;
    }

    /** Whether the window is dark now. */
    public BooleanBinding darkProperty() {
        return dark;
    }

    /** The language chosen in Preferences, empty to follow the system's. */
    public ObjectProperty<Optional<Language>> languageProperty() {
        return language;
    }

    /** The proxy when the environment names none: System, None or Manual, from the next connection. */
    public ObjectProperty<ProxyPreference> proxyProperty() {
        return proxy;
    }
}
