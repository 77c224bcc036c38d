package io.github.cloudmckeys.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.cloudmckeys.files.OwnerOnlyFileWriter.IfExists;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A save that crashed leaves {@code .<name>.<digits>.tmp} behind, secrets in it: the next
 * save of that name removes it, and touches nothing that is not clearly such a leftover.
 */
class StaleTemporaryFilesTest {
    private static final String SCRIPT = "export OS_PASSWORD='new'\n";

    @TempDir
    Path dir;

    private Path file(String name, Duration age) throws IOException {
        Path path = Files.writeString(dir.resolve(name), "export OS_PASSWORD='from a crashed save'\n");
        Files.setLastModifiedTime(path, FileTime.from(Instant.now().minus(age)));
        return path;
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aLeftoverOfTheSameNameIsRemovedByTheNextSave() throws Exception {
        file(".openrc.sh.4242424242424242.tmp", Duration.ofMinutes(5));
        file(".openrc.sh.17.tmp", Duration.ofDays(30));

        OwnerOnlyFileWriter.write(dir.resolve("openrc.sh"), SCRIPT, IfExists.REFUSE);

        assertThat(names()).containsExactly("openrc.sh");
        assertThat(Files.readString(dir.resolve("openrc.sh"))).isEqualTo(SCRIPT);
    }

    @Test
    void aLeftoverIsRemovedEvenWhenTheSaveItselfIsRefused() throws Exception {
        Files.writeString(dir.resolve("openrc.sh"), "old content\n");
        file(".openrc.sh.123.tmp", Duration.ofMinutes(2));

        SaveException refused = catchThrowableOfType(SaveException.class,
                () -> OwnerOnlyFileWriter.write(dir.resolve("openrc.sh"), SCRIPT, IfExists.REFUSE));

        assertThat(refused.kind()).isEqualTo(SaveException.Kind.EXISTS);
        assertThat(names()).containsExactly("openrc.sh");
        assertThat(Files.readString(dir.resolve("openrc.sh"))).isEqualTo("old content\n");
    }

    @Test
    void aTemporaryFileOfASaveStillRunningIsKept() throws Exception {
        file(".openrc.sh.99.tmp", Duration.ofSeconds(5));

        OwnerOnlyFileWriter.write(dir.resolve("openrc.sh"), SCRIPT, IfExists.REFUSE);

        assertThat(names()).containsExactly(".openrc.sh.99.tmp", "openrc.sh");
    }

    @Test
    void onlyTheTemporaryFilesOfThatNameAndPatternAreTouched() throws Exception {
        Duration old = Duration.ofHours(1);
        file(".other.sh.123.tmp", old);          // another name's leftover: its own next save cleans it
        file(".openrc.sh.12ab.tmp", old);        // not digits: not ours
        file("openrc.sh.123.tmp", old);          // no leading dot: not ours
        file(".openrc.sh.123.tmp.bak", old);     // a copy someone made
        file(".openrc.sh.123.TMP", old);
        Path folder = Files.createDirectory(dir.resolve(".openrc.sh.55.tmp"));
        Files.setLastModifiedTime(folder, FileTime.from(Instant.now().minus(old)));
        Path victim = file("victim.txt", old);
        Files.createSymbolicLink(dir.resolve(".openrc.sh.66.tmp"), victim);

        OwnerOnlyFileWriter.write(dir.resolve("openrc.sh"), SCRIPT, IfExists.REFUSE);

        assertThat(names()).containsExactlyInAnyOrder(".openrc.sh.12ab.tmp", ".openrc.sh.123.TMP",
                ".openrc.sh.123.tmp.bak", ".openrc.sh.55.tmp", ".openrc.sh.66.tmp", ".other.sh.123.tmp", "openrc.sh",
                "openrc.sh.123.tmp", "victim.txt");
        assertThat(Files.readString(victim)).contains("crashed");
    }

    @Test
    void aNameWithRegexCharactersMatchesOnlyItself() throws Exception {
        file(".a+b (1).sh.5.tmp", Duration.ofHours(1));
        file(".aab (1).sh.5.tmp", Duration.ofHours(1));

        OwnerOnlyFileWriter.write(dir.resolve("a+b (1).sh"), SCRIPT, IfExists.REFUSE);

        assertThat(names()).containsExactly(".aab (1).sh.5.tmp", "a+b (1).sh");
    }
}
