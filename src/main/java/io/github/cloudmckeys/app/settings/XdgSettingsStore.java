package io.github.cloudmckeys.app.settings;

import io.github.cloudmckeys.files.OwnerOnlyFileWriter;
import io.github.cloudmckeys.files.SaveException;
import io.github.cloudmckeys.i18n.Message;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Logger;

/**
 * {@code settings.json} in the user's configuration folder, following the XDG base
 * directory rules: {@code $XDG_CONFIG_HOME/cloudmc-keys}, by default
 * {@code ~/.config/cloudmc-keys}. The folder is created owner-only and the file is
 * replaced whole, owner-only, on every save.
 */
public final class XdgSettingsStore implements SettingsStore {
    /** The folder's name under the configuration home. */
    public static final String FOLDER_NAME = "cloudmc-keys";
    static final String FILE_NAME = "settings.json";
    static final String KEPT_ASIDE_NAME = FILE_NAME + ".bad";
    /** A settings file is a few hundred bytes; anything this large is not one. */
    static final long MAX_FILE_BYTES = 1024 * 1024;

    private static final Logger LOG = Logger.getLogger(XdgSettingsStore.class.getName());

    private final Path configDir;
    private final Path file;
    private final SettingsJson json = new SettingsJson();

    /** @param configDir the {@code cloudmc-keys} folder itself */
    public XdgSettingsStore(Path configDir) {
        this.configDir = Objects.requireNonNull(configDir, "configDir").toAbsolutePath().normalize();
        this.file = this.configDir.resolve(FILE_NAME);
    }

    /**
     * The store the XDG rules give: {@code $XDG_CONFIG_HOME/cloudmc-keys} when that variable
     * holds an absolute path (the specification says to ignore a relative one), else
     * {@code userHome/.config/cloudmc-keys}.
     */
    public static XdgSettingsStore forEnvironment(Map<String, String> env, Path userHome) {
        String configHome = env.get("XDG_CONFIG_HOME");
        if (configHome != null && !configHome.isBlank()) {
            try {
                Path path = Path.of(configHome);
                if (path.isAbsolute()) {
                    return new XdgSettingsStore(path.resolve(FOLDER_NAME));
                }
            } catch (InvalidPathException e) {
                // Ignored like a relative path: the default applies.
            }
        }
        return new XdgSettingsStore(userHome.resolve(".config").resolve(FOLDER_NAME));
    }

    @Override
    public Path location() {
        return file;
    }

    @Override
    public AppSettings load() {
        String text;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                return keepAside("far too large to be a settings file");
            }
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (NoSuchFileException e) {
            return AppSettings.defaults();
        } catch (CharacterCodingException e) {
            return keepAside("not UTF-8 text");
        } catch (IOException e) {
            // Unreadable (permissions, a folder in its place) is not corrupt: leave it where it is.
            LOG.warning(() -> "The settings file " + file + " cannot be read (" + e.getClass().getSimpleName()
                    + "): the defaults are used.");
            return AppSettings.defaults();
        }
        try {
            SettingsJson.Read read = json.read(text);
            if (!read.dropped().isEmpty()) {
                LOG.warning(() -> "The settings file " + file + " holds unusable values for " + read.dropped()
                        + ": the defaults are used for them.");
            }
            return read.settings();
        } catch (SettingsJson.NotSettingsException e) {
            return keepAside(e.getMessage());
        }
    }

    /** Moves a corrupt file out of the way so that the next save does not destroy it unseen. */
    private AppSettings keepAside(String why) {
        Path aside = configDir.resolve(KEPT_ASIDE_NAME);
        try {
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            LOG.warning(() -> "The settings file " + file + " is corrupt (" + why + "): the defaults are used"
                    + " and the file was kept as " + aside + ".");
        } catch (IOException e) {
            LOG.warning(() -> "The settings file " + file + " is corrupt (" + why + "): the defaults are used;"
                    + " it could not be kept aside (" + e.getClass().getSimpleName() + ").");
        }
        return AppSettings.defaults();
    }

    @Override
    public void save(AppSettings settings) throws IOException {
        Objects.requireNonNull(settings, "settings");
        createFolder();
        try {
            OwnerOnlyFileWriter.write(file, json.write(settings), OwnerOnlyFileWriter.IfExists.REPLACE);
        } catch (SaveException e) {
            throw new SettingsSaveException(Message.of("settings.saveFailed", file.toString(), reason(e)), e);
        }
    }

    /** The writer's sentences advise on choosing a file; here only the reason applies. */
    private static Message reason(SaveException e) {
        return Message.of(switch (e.kind()) {
            case NOT_WRITABLE -> "settings.reason.notWritable";
            case DISK_FULL -> "settings.reason.diskFull";
            case SYMBOLIC_LINK -> "settings.reason.symbolicLink";
            case NOT_A_FILE -> "settings.reason.notAFile";
            case NO_FOLDER -> "settings.reason.noFolder";
            case EXISTS, IO -> "settings.reason.refused";
        });
    }

    /** The parents as the system makes them; the folder itself owner-only, whatever the umask. */
    void createFolder() throws IOException {
        if (Files.isDirectory(configDir)) {
            return;
        }
        try {
            Files.createDirectories(configDir.getParent());
            if (Files.getFileStore(configDir.getParent()).supportsFileAttributeView("posix")) {
                Files.createDirectory(configDir,
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                Files.setPosixFilePermissions(configDir, PosixFilePermissions.fromString("rwx------"));
            } else {
                Files.createDirectory(configDir);
            }
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(configDir)) {
                throw new SettingsSaveException(Message.of("settings.folderInTheWay", String.valueOf(e.getFile()),
                        configDir.toString()), e);
            }
        } catch (IOException e) {
            throw new SettingsSaveException(Message.of("settings.folderNotCreated", configDir.toString(),
                    e.getClass().getSimpleName()), e);
        }
    }
}
