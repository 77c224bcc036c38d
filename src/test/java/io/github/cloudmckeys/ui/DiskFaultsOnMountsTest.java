package io.github.cloudmckeys.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Saving onto a file system that is full, and onto one mounted read-only: the old file
 * stays as it was, no temporary file is left, and the command line and the window say the
 * same one sentence. Needs real mounts, which only root can make: {@code .ci/disk-faults.sh}
 * mounts two small tmpfs (one remounted read-only, holding an old {@code openrc.sh}) and
 * runs this class with their paths in the system properties {@value #FULL_PROPERTY} and
 * {@value #READ_ONLY_PROPERTY}. Without them, it is skipped.
 */
class DiskFaultsOnMountsTest {
    static final String FULL_PROPERTY = "cloudmc.diskFaults.fullDir";
    static final String READ_ONLY_PROPERTY = "cloudmc.diskFaults.readOnlyDir";
    private static final String OLD = "old content\n";
    /** The tmpfs must be tiny: the test fills it to the last block. */
    private static final long MAX_FULL_FS_BYTES = 1024 * 1024;

    private SaveFaults faults;

    @BeforeEach
    void start() {
        faults = new SaveFaults();
    }

    @AfterEach
    void close() {
        faults.close();
    }

    private static Path mount(String property) {
        String dir = System.getProperty(property);
        assumeTrue(dir != null && !dir.isBlank(),
                "set by .ci/disk-faults.sh, which mounts the file systems (root only)");
        return Path.of(dir);
    }

    @Test
    void aFullFileSystemKeepsTheOldFileAndSaysSoInOneSentence() throws Exception {
        Path dir = mount(FULL_PROPERTY);
        FileStore store = Files.getFileStore(dir);
        assertThat(store.type()).isEqualTo("tmpfs");
        assertThat(store.getTotalSpace()).isLessThan(MAX_FULL_FS_BYTES);
        Path file = Files.writeString(dir.resolve("openrc.sh"), OLD);
        Path filler = fill(dir.resolve("filler"));
        try {
            String sentence = "The disk holding " + dir + " is full: nothing was saved; free some space or choose"
                    + " another folder.";

            SaveFaults.CliRun cli = SaveFaults.cliExport(file, "--force");
            assertThat(cli.exitCode()).isEqualTo(1);
            assertThat(cli.err()).isEqualTo(sentence + System.lineSeparator());
            assertThat(faults.windowSave(file, true)).isEqualTo(sentence);
            assertThat(faults.windowSave(dir.resolve("new-openrc.sh"), true)).isEqualTo(sentence);

            assertThat(Files.readString(file)).isEqualTo(OLD);
            assertThat(names(dir)).containsExactlyInAnyOrder("filler", "openrc.sh");
        } finally {
            Files.delete(filler);
            Files.delete(file);
        }
    }

    @Test
    void aReadOnlyFileSystemKeepsTheOldFileAndSaysSoInOneSentence() throws Exception {
        Path dir = mount(READ_ONLY_PROPERTY);
        assertThat(Files.getFileStore(dir).isReadOnly()).isTrue();
        Path file = dir.resolve("openrc.sh");
        assertThat(Files.readString(file)).as("the old file the script put there").isEqualTo(OLD);
        String sentence = "Cannot write in " + dir + " (permission denied or read-only): nothing was saved;"
                + " choose another folder.";

        SaveFaults.CliRun replacing = SaveFaults.cliExport(file, "--force");
        SaveFaults.CliRun creating = SaveFaults.cliExport(dir.resolve("another-openrc.sh"));
        assertThat(replacing.exitCode()).isEqualTo(1);
        assertThat(replacing.err()).isEqualTo(sentence + System.lineSeparator());
        assertThat(creating.exitCode()).isEqualTo(1);
        assertThat(creating.err()).isEqualTo(sentence + System.lineSeparator());
        assertThat(faults.windowSave(file, true)).isEqualTo(sentence);
        assertThat(faults.windowSave(dir.resolve("another-openrc.sh"), true)).isEqualTo(sentence);

        assertThat(Files.readString(file)).isEqualTo(OLD);
        assertThat(names(dir)).containsExactly("openrc.sh");
    }

    /** Writes zeros until the file system refuses another byte. */
    private static Path fill(Path filler) throws IOException {
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
                out.flush();
            }
        } catch (IOException full) {
            assertThat(full.getMessage()).containsIgnoringCase("no space left");
        }
        try (OutputStream out = Files.newOutputStream(filler, java.nio.file.StandardOpenOption.APPEND)) {
            for (int i = 0; i < 4096; i++) {
                out.write(0); // the last partial block
                out.flush();
            }
        } catch (IOException full) {
            // full to the last byte
        }
        return filler;
    }

    private static java.util.List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
