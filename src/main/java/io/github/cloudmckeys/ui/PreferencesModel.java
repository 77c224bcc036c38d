package io.github.cloudmckeys.ui;

import io.github.cloudmckeys.i18n.Language;
import io.github.cloudmckeys.net.ProxyPreference;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What Preferences… edits: how long a copied secret stays on the clipboard (applies at once),
 * the language (applies at the next start) and the proxy (from the next connection). The app loads both and saves what changes.
 */
public final class PreferencesModel {
    private final DialogService dialogs;
    private final IntegerProperty clipboardClearSeconds;
    private final ObjectProperty<Optional<Language>> language = new SimpleObjectProperty<>(Optional.empty());
    private final ObjectProperty<ProxyPreference> proxy = new SimpleObjectProperty<>(ProxyPreference.SYSTEM);

    /** @param clipboardClearSeconds the clipboard's own delay, which this edits in place */
    PreferencesModel(DialogService dialogs, IntegerProperty clipboardClearSeconds) {
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.clipboardClearSeconds = Objects.requireNonNull(clipboardClearSeconds, "clipboardClearSeconds");
    }

    /** Opens the Preferences dialog; what the user accepts is set here. */
    public void edit() {
        int seconds = Math.max(0, Math.min(Preferences.MAX_CLIPBOARD_CLEAR_SECONDS, clipboardClearSeconds.get()));
        dialogs.editPreferences(new Preferences(seconds, language.get(), proxy.get())).ifPresent(chosen -> {
            clipboardClearSeconds.set(chosen.clipboardClearSeconds());
            language.set(chosen.language());
            proxy.set(chosen.proxy());
        });
    }

    /** Seconds a copied secret stays on the clipboard; 0 for never. */
    public IntegerProperty clipboardClearSecondsProperty() {
        return clipboardClearSeconds;
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
