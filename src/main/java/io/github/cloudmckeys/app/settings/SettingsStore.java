package io.github.cloudmckeys.app.settings;

import java.io.IOException;
import java.nio.file.Path;

/** Where {@link AppSettings} live between runs. */
public interface SettingsStore {

    /** The saved settings; never fails: anything missing or unreadable gives the defaults. */
    AppSettings load();

    /** @throws IOException with one sentence for the user (a {@link SettingsSaveException}); the previous file is left intact */
    void save(AppSettings settings) throws IOException;

    /** The settings file, for messages and documentation. */
    Path location();
}
