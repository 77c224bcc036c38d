package io.github.cloudmckeys.app.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On the real file system of a temporary folder. */
class XdgSettingsStoreTest {
    private static final AppSettings FULL = AppSettings.defaults()
            .withEndpoint("https://portal.example.com/api/v2")
            .withWindowBounds(new WindowBounds(-1280.5, 40, 1100, 760.25, true))
            .withLastSaveFolder(Path.of("/home/someone/projects/openrc"));

    @TempDir
    Path home;
    private Path configDir;
    private XdgSettingsStore store;
    private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
    private final Logger logger = Logger.getLogger(XdgSettingsStore.class.getName());
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void setUp() {
        configDir = home.resolve(".config").resolve("cloudmc-keys");
        store = new XdgSettingsStore(configDir);
        logger.addHandler(handler);
        // The warnings are expected here: captured above, kept out of the build's output.
        logger.setUseParentHandlers(false);
    }

    @AfterEach
    void tearDown() {
        logger.removeHandler(handler);
        logger.setUseParentHandlers(true);
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS));
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(configDir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private String warnings() {
        return logged.stream().filter(r -> r.getLevel() == Level.WARNING).map(LogRecord::getMessage)
                .reduce("", (a, b) -> a + b + "\n");
    }

    @Test
    void nothingSavedGivesTheDefaultsAndCreatesNothing() {
        assertThat(store.load()).isEqualTo(AppSettings.defaults());
        assertThat(store.location()).isEqualTo(configDir.resolve("settings.json"));
        assertThat(home.resolve(".config")).doesNotExist();
        assertThat(logged).isEmpty();
    }

    @Test
    void savedSettingsComeBackInANewStoreFromAnOwnerOnlyFileAndFolder() throws Exception {
        store.save(FULL);

        assertThat(new XdgSettingsStore(configDir).load()).isEqualTo(FULL);
        assertThat(mode(configDir)).isEqualTo("rwx------");
        assertThat(mode(store.location())).isEqualTo("rw-------");
        assertThat(names()).containsExactly("settings.json");
        assertThat(Files.readString(store.location()))
                .contains("\"endpoint\" : \"https://portal.example.com/api/v2\"", "\"maximized\" : true",
                        "\"lastSaveFolder\" : \"/home/someone/projects/openrc\"");
    }

    @Test
    void savingAgainReplacesTheFileAndMakesItOwnerOnly() throws Exception {
        store.save(FULL);
        Files.setPosixFilePermissions(store.location(), PosixFilePermissions.fromString("rw-r--r--"));

        store.save(FULL.withEndpoint(null).withWindowBounds(null));

        assertThat(store.load()).isEqualTo(AppSettings.defaults().withLastSaveFolder(FULL.lastSaveFolder().get()));
        assertThat(mode(store.location())).isEqualTo("rw-------");
        assertThat(Files.readString(store.location())).doesNotContain("endpoint", "window");
    }

    @Test
    void anExistingFolderIsUsedAsItIs() throws Exception {
        Files.createDirectories(configDir);
        Files.setPosixFilePermissions(configDir, PosixFilePermissions.fromString("rwxr-x---"));

        store.save(FULL);

        assertThat(mode(configDir)).isEqualTo("rwxr-x---");
        assertThat(store.load()).isEqualTo(FULL);
    }

    @Test
    void aCorruptFileGivesTheDefaultsAndIsKeptAsideWithoutLoggingItsContent() throws Exception {
        Files.createDirectories(configDir);
        String corrupt = "{\"endpoint\": \"https://private-portal.example.org/api/v2\", \"window\": {\"x\": 1";
        Files.writeString(store.location(), corrupt);

        assertThat(store.load()).isEqualTo(AppSettings.defaults());

        assertThat(names()).containsExactly("settings.json.bad");
        assertThat(Files.readString(configDir.resolve("settings.json.bad"))).isEqualTo(corrupt);
        assertThat(warnings()).contains("is corrupt", "settings.json.bad").doesNotContain("private-portal");
        // The next save starts a fresh file and leaves the kept copy alone.
        store.save(FULL);
        assertThat(names()).containsExactly("settings.json", "settings.json.bad");
        assertThat(store.load()).isEqualTo(FULL);
    }

    @Test
    void jsonThatIsNotAnObjectOrNotTextIsCorruptToo() throws Exception {
        Files.createDirectories(configDir);
        for (byte[] content : List.of("[\"https://portal.example.com\"]".getBytes(StandardCharsets.UTF_8),
                "".getBytes(StandardCharsets.UTF_8), new byte[] {'{', '"', (byte) 0xC3, '"', '}'})) {
            Files.write(store.location(), content);

            assertThat(store.load()).isEqualTo(AppSettings.defaults());

            assertThat(names()).containsExactly("settings.json.bad");
            assertThat(Files.readAllBytes(configDir.resolve("settings.json.bad"))).isEqualTo(content);
        }
    }

    @Test
    void unusableValuesAreDroppedOneByOneAndUnknownFieldsIgnored() throws Exception {
        Files.createDirectories(configDir);
        Files.writeString(store.location(), """
                {"endpoint": 424242, "window": {"x": 10, "y": 20, "width": -987.5, "height": 600},
                 "lastSaveFolder": "/home/someone/keys", "accent": "blue", "future": {"nested": [1, 2]}}
                """);

        assertThat(store.load()).isEqualTo(AppSettings.defaults().withLastSaveFolder(Path.of("/home/someone/keys")));

        assertThat(names()).containsExactly("settings.json");
        // The temporary folder's random name may hold any digits: look at the warning without it.
        assertThat(warnings().replace(store.location().toString(), "<file>"))
                .contains("[endpoint, window]").doesNotContain("424242", "987");
    }

    @Test
    void windowBoundsNeedFourNumbersAndAFolderMustBeAbsolute() throws Exception {
        Files.createDirectories(configDir);
        Files.writeString(store.location(), """
                {"endpoint": "  https://portal.example.com/api/v2 ", "window": {"x": 10, "y": "20", "width": 800,
                 "height": 600}, "lastSaveFolder": "relative/folder"}
                """);

        AppSettings loaded = store.load();

        assertThat(loaded.endpoint()).contains("https://portal.example.com/api/v2");
        assertThat(loaded.windowBounds()).isEmpty();
        assertThat(loaded.lastSaveFolder()).isEmpty();
        assertThat(warnings()).contains("[window, lastSaveFolder]");
    }

    @Test
    void anUnreadableFileGivesTheDefaultsAndIsLeftInPlace() throws Exception {
        Files.createDirectories(store.location());

        assertThat(store.load()).isEqualTo(AppSettings.defaults());

        assertThat(names()).containsExactly("settings.json");
        assertThat(warnings()).contains("cannot be read");
    }

    @Test
    void aSaveThatCannotCreateTheFolderSaysWhyInOneSentence() throws Exception {
        Files.createDirectories(configDir.getParent());
        Files.writeString(configDir, "a file where the folder should be");

        IOException e = catchThrowableOfType(IOException.class, () -> store.save(FULL));

        assertThat(e).hasMessageStartingWith("The settings could not be saved: ")
                .hasMessageContaining("is in the way of the settings folder " + configDir);
        assertThat(Files.readString(configDir)).isEqualTo("a file where the folder should be");
    }

    @Test
    void aSaveThroughASymbolicLinkIsRefusedAndTheLinkedFileKept() throws Exception {
        Files.createDirectories(configDir);
        Path elsewhere = Files.writeString(home.resolve("elsewhere.json"), "{}");
        Files.createSymbolicLink(store.location(), elsewhere);

        IOException e = catchThrowableOfType(IOException.class, () -> store.save(FULL));

        assertThat(e).hasMessage("The settings could not be saved to " + store.location()
                + ": it is a symbolic link, and CloudMC Keys does not write through links.");
        assertThat(Files.readString(elsewhere)).isEqualTo("{}");
    }

    @Test
    void theXdgConfigHomeIsUsedOnlyWhenAbsolute() {
        Path userHome = Path.of("/home/someone");
        Path fallback = Path.of("/home/someone/.config/cloudmc-keys/settings.json");

        assertThat(XdgSettingsStore.forEnvironment(java.util.Map.of("XDG_CONFIG_HOME", "/srv/conf"), userHome)
                .location()).isEqualTo(Path.of("/srv/conf/cloudmc-keys/settings.json"));
        assertThat(XdgSettingsStore.forEnvironment(java.util.Map.of("XDG_CONFIG_HOME", "conf"), userHome)
                .location()).isEqualTo(fallback);
        assertThat(XdgSettingsStore.forEnvironment(java.util.Map.of("XDG_CONFIG_HOME", " "), userHome)
                .location()).isEqualTo(fallback);
        assertThat(XdgSettingsStore.forEnvironment(java.util.Map.of(), userHome).location()).isEqualTo(fallback);
    }

    @Test
    void forgettingValuesAndUnusableBounds() {
        assertThat(FULL.withEndpoint("   ").endpoint()).isEmpty();
        assertThat(FULL.withEndpoint(null).endpoint()).isEmpty();
        assertThat(FULL.withWindowBounds(new WindowBounds(Double.NaN, 0, 800, 600, false)).windowBounds()).isEmpty();
        assertThat(FULL.withWindowBounds(new WindowBounds(0, 0, 0, 600, false)).windowBounds()).isEmpty();
        assertThat(FULL.withWindowBounds(new WindowBounds(0, 0, Double.POSITIVE_INFINITY, 600, false))
                .windowBounds()).isEmpty();
        assertThat(FULL.withLastSaveFolder(null).lastSaveFolder()).isEmpty();
        assertThat(FULL.withLastSaveFolder(Path.of("relative")).lastSaveFolder())
                .contains(Path.of("relative").toAbsolutePath());
        assertThat(FULL.endpoint()).isEqualTo(Optional.of("https://portal.example.com/api/v2"));
    }
}
