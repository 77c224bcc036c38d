package io.github.cloudmckeys.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.cloudmckeys.demo.DemoPortal;
import io.github.cloudmckeys.i18n.Language;
import io.github.cloudmckeys.i18n.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Saving onto exFAT, the file system of every USB stick: no hard links and no permissions.
 * A new file, a refused and a forced overwrite, and merges into clouds.yaml are saved (or
 * refused) as on any disk, and the user is told, in the window and on the command line,
 * that the file could not be kept private. {@code .ci/exfat.sh} formats an image with
 * exfatprogs, mounts it with exfat-fuse and passes the empty mount point in
 * {@value #PROPERTY}; without it, this class is skipped.
 */
class ExfatSavesTest {
    static final String PROPERTY = "cloudmc.exfat.dir";
    private static final String OLD = "old content\n";

    private Path dir;
    private SaveFaults faults;

    @BeforeEach
    void start() throws IOException {
        String given = System.getProperty(PROPERTY);
        assumeTrue(given != null && !given.isBlank(), "set by .ci/exfat.sh, which mounts an exFAT image (root only)");
        dir = Files.createDirectories(Path.of(given).resolve("case-" + System.nanoTime()));
        faults = new SaveFaults();
    }

    @AfterEach
    void close() {
        if (faults != null) {
            faults.close();
        }
    }

    private static String warning(Path file) {
        return "Saved " + file + ", but the file system there cannot make files readable by you only: anyone who"
                + " can read that drive can read the secrets saved on it.";
    }

    @Test
    void theMountIsExfatWithoutHardLinksNorPermissions() throws IOException {
        assertThat(Files.getFileStore(dir).type()).isIn("fuseblk", "exfat");
        Path file = Files.writeString(dir.resolve("probe"), "x");
        assertThat(org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> Files.createLink(dir.resolve("link"), file)).getMessage()).contains("not permitted");
        assertThat(Files.getPosixFilePermissions(file)).as("what exFAT shows, whatever was asked")
                .hasSizeGreaterThan(2);
    }

    @Test
    void aNewFileIsSavedAndTheUserIsToldItIsNotPrivate() throws IOException {
        Path file = dir.resolve("openrc.sh");
        SaveFaults.CliRun cli = SaveFaults.cliExport(file);
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.err()).startsWith(warning(file) + System.lineSeparator())
                .contains("Use it with: . " + file);
        assertThat(Files.readString(file)).startsWith("# OpenStack credentials for Keystone v3")
                .contains("export OS_USERNAME=").contains("export OS_PASSWORD=");

        Path fromWindow = dir.resolve("window-openrc.sh");
        faults.windowSave(fromWindow, false);
        assertThat(faults.model().statusProperty().get()).isEqualTo(warning(fromWindow));
        assertThat(Files.readString(fromWindow)).isEqualTo(faults.script());
        assertThat(names()).containsExactlyInAnyOrder("openrc.sh", "window-openrc.sh");
    }

    @Test
    void anExistingFileIsKeptUnlessReplacingWasAllowed() throws IOException {
        Path file = Files.writeString(dir.resolve("openrc.sh"), OLD);

        SaveFaults.CliRun refused = SaveFaults.cliExport(file);
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).startsWith(file + " already exists").doesNotContain("readable by you only");
        faults.windowSave(file, false);
        assertThat(faults.model().statusProperty().get()).startsWith("Not saved");
        assertThat(Files.readString(file)).isEqualTo(OLD);

        SaveFaults.CliRun forced = SaveFaults.cliExport(file, "--force");
        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(forced.err()).startsWith(warning(file));
        assertThat(Files.readString(file)).contains("export OS_PASSWORD=");

        faults.windowSave(file, true);
        assertThat(faults.model().statusProperty().get()).isEqualTo(warning(file));
        assertThat(Files.readString(file)).isEqualTo(faults.script());
        assertThat(names()).containsExactly("openrc.sh");
    }

    @Test
    void mergesIntoCloudsYamlSayItToo() throws IOException {
        Path clouds = dir.resolve("clouds.yaml");
        Path secure = dir.resolve("secure.yaml");
        SaveFaults.CliRun added = SaveFaults.cliMerge(clouds);
        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(added.err()).isEqualTo(warning(clouds) + System.lineSeparator());
        assertThat(Files.readString(clouds)).contains("ccontini:").contains("password:");

        SaveFaults.CliRun again = SaveFaults.cliMerge(clouds);
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).startsWith("Not added");
        String first = Files.readString(clouds);

        SaveFaults.CliRun replaced = SaveFaults.cliMerge(clouds, "--force");
        assertThat(replaced.exitCode()).as(replaced.err()).isZero();
        assertThat(replaced.err()).startsWith(warning(clouds) + System.lineSeparator())
                .contains("The previous version is in " + dir.resolve("clouds.yaml.bak-"));
        assertThat(Files.readString(clouds)).contains("ccontini:");
        try (Stream<Path> files = Files.list(dir)) {
            Path backup = files.filter(f -> f.getFileName().toString().startsWith("clouds.yaml.bak-")).findFirst()
                    .orElseThrow();
            assertThat(Files.readString(backup)).isEqualTo(first);
        }
        assertThat(secure).doesNotExist();
    }

    @Test
    void theWindowsMergeAndTheFrenchCommandLineSayIt() throws IOException {
        Path home = Files.createDirectories(dir.resolve("home"));
        Path clouds = home.resolve(".config/openstack/clouds.yaml");
        try (DemoPortal portal = DemoPortal.start()) {
            ScriptedDialogs dialogs = new ScriptedDialogs();
            MainViewModel model = new MainViewModel(BackgroundRunner.inPlace(), new RecordingClipboard(), dialogs,
                    MainViewModelTest.CLOCK, MainViewModelTest.ROLES, MainViewModelTest.LABELS, UiTimer.never(),
                    new ExportSetup(Map.of(), home), Messages.of(Language.ENGLISH));
            try {
                model.connect(Portals.demo(portal));
                model.select(MainViewModelTest.entry(model, "Object Storage / ccontini"));
                model.configFiles().addToCloudsYaml();
                assertThat(model.statusProperty().get()).isEqualTo(warning(clouds));
                assertThat(Files.readString(clouds)).contains("ccontini:");
            } finally {
                model.close();
            }
        }

        Path file = dir.resolve("fr-openrc.sh");
        SaveFaults.CliRun french = SaveFaults.cliExport(file, "--lang", "fr");
        assertThat(french.exitCode()).as(french.err()).isZero();
        assertThat(french.err()).startsWith("Enregistré sous " + file + ", mais ce système de fichiers ne sait pas"
                + " réserver un fichier à vous seul\u00a0: quiconque peut lire ce disque peut y lire vos secrets."
                + System.lineSeparator() + "Utilisez-le avec\u00a0: ");
    }

    private java.util.List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
