package io.github.cloudmckeys.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Disk faults any file system can show, from the command line and the window: a file in
 * the way, a symbolic link in the way, a crashed save's leftover. The full and the
 * read-only file system are in {@link DiskFaultsOnMountsTest}.
 */
class DiskFaultsOnSaveTest {
    private static final String OLD = "old content\n";

    @TempDir
    Path dir;
    private final SaveFaults faults = new SaveFaults();

    @AfterEach
    void close() {
        faults.close();
    }

    @Test
    void anExistingFileIsNeverSilentlyReplaced() throws Exception {
        Path file = Files.writeString(dir.resolve("openrc.sh"), OLD);

        SaveFaults.CliRun cli = SaveFaults.cliExport(file);
        assertThat(cli.exitCode()).isEqualTo(1);
        assertThat(cli.err()).isEqualTo(file.toAbsolutePath().normalize() + " already exists and is left as it is:"
                + " add --force to replace it, or give another file with -o." + System.lineSeparator());
        assertThat(cli.out()).isEmpty();
        assertThat(Files.readString(file)).isEqualTo(OLD);

        assertThat(faults.windowSave(file, false)).isEmpty();
        assertThat(faults.model().statusProperty().get()).isEqualTo("Not saved: " + file + " was left as it was.");
        assertThat(Files.readString(file)).isEqualTo(OLD);

        assertThat(SaveFaults.cliExport(file, "--force").exitCode()).isZero();
        assertThat(Files.readString(file)).startsWith("# OpenStack credentials");
    }

    @Test
    void aSymbolicLinkAtTheTargetIsRefusedAndWhatItPointsToIsUntouched() throws Exception {
        Path victim = Files.writeString(dir.resolve("victim.txt"), OLD);
        Path link = Files.createSymbolicLink(dir.resolve("openrc.sh"), victim);
        String sentence = link + " is a symbolic link: CloudMC Keys does not write through links; choose another name.";

        SaveFaults.CliRun cli = SaveFaults.cliExport(link, "--force");
        assertThat(cli.exitCode()).isEqualTo(1);
        assertThat(cli.err()).isEqualTo(sentence + System.lineSeparator());

        assertThat(faults.windowSave(link, true)).isEqualTo(sentence);

        assertThat(Files.readString(victim)).isEqualTo(OLD);
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void theLeftoverOfACrashedSaveIsCleanedByTheNextSaveFromEitherSide() throws Exception {
        Path file = dir.resolve("openrc.sh");
        Path leftover = Files.writeString(dir.resolve(".openrc.sh.8086.tmp"), "export OS_PASSWORD='half'\n");
        Files.setLastModifiedTime(leftover, FileTime.from(Instant.now().minus(Duration.ofMinutes(3))));

        assertThat(SaveFaults.cliExport(file).exitCode()).isZero();
        assertThat(names()).containsExactly("openrc.sh");

        Files.writeString(leftover, "export OS_PASSWORD='half again'\n");
        Files.setLastModifiedTime(leftover, FileTime.from(Instant.now().minus(Duration.ofMinutes(3))));
        assertThat(faults.windowSave(file, true)).isEmpty();
        assertThat(names()).containsExactly("openrc.sh");
        assertThat(Files.readString(file)).isEqualTo(faults.script());
    }

    private java.util.List<String> names() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
