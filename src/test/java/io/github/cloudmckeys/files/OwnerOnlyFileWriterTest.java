package io.github.cloudmckeys.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.cloudmckeys.files.OwnerOnlyFileWriter.IfExists;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On the real file system of a temporary folder. */
class OwnerOnlyFileWriterTest {
    private static final String SCRIPT = "export OS_PASSWORD='pa$$ wörd 中 🔑'\n";

    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String mode(Path file) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void writesTheExactBytesReadableByTheOwnerOnly() throws Exception {
        Path target = dir.resolve("openrc.sh");

        OwnerOnlyFileWriter.write(target, SCRIPT, IfExists.REFUSE);

        assertThat(Files.readAllBytes(target)).isEqualTo(SCRIPT.getBytes(StandardCharsets.UTF_8));
        assertThat(mode(target)).isEqualTo("rw-------");
        assertThat(names()).containsExactly("openrc.sh");
    }

    @Test
    void refusesToReplaceAnExistingFileAndLeavesItIntact() throws Exception {
        Path target = Files.writeString(dir.resolve("openrc.sh"), "old content\n");

        SaveException e = catchThrowableOfType(SaveException.class,
                () -> OwnerOnlyFileWriter.write(target, SCRIPT, IfExists.REFUSE));

        assertThat(e.kind()).isEqualTo(SaveException.Kind.EXISTS);
        assertThat(e.getMessage()).contains("openrc.sh already exists");
        assertThat(Files.readString(target)).isEqualTo("old content\n");
        assertThat(names()).containsExactly("openrc.sh");
    }

    @Test
    void replacesWhenAllowedAndTheNewFileIsOwnerOnlyEvenIfTheOldWasNot() throws Exception {
        Path target = Files.writeString(dir.resolve("openrc.sh"), "old content\n");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));

        OwnerOnlyFileWriter.write(target, SCRIPT, IfExists.REPLACE);

        assertThat(Files.readString(target)).isEqualTo(SCRIPT);
        assertThat(mode(target)).isEqualTo("rw-------");
        assertThat(names()).containsExactly("openrc.sh");
    }

    @Test
    void neverWritesThroughASymbolicLinkEvenWhenReplacing() throws Exception {
        Path victim = Files.writeString(dir.resolve("victim.txt"), "keep me\n");
        Path link = Files.createSymbolicLink(dir.resolve("openrc.sh"), victim);

        for (IfExists mode : IfExists.values()) {
            SaveException e = catchThrowableOfType(SaveException.class,
                    () -> OwnerOnlyFileWriter.write(link, SCRIPT, mode));
            assertThat(e.kind()).isEqualTo(SaveException.Kind.SYMBOLIC_LINK);
        }
        assertThat(Files.readString(victim)).isEqualTo("keep me\n");
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void aDanglingSymbolicLinkIsRefusedToo() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("openrc.sh"), dir.resolve("not-there"));

        SaveException e = catchThrowableOfType(SaveException.class,
                () -> OwnerOnlyFileWriter.write(link, SCRIPT, IfExists.REFUSE));

        assertThat(e.kind()).isEqualTo(SaveException.Kind.SYMBOLIC_LINK);
        assertThat(dir.resolve("not-there")).doesNotExist();
    }

    @Test
    void aFolderAtTheTargetIsNotAFile() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("openrc.sh"));

        SaveException e = catchThrowableOfType(SaveException.class,
                () -> OwnerOnlyFileWriter.write(folder, SCRIPT, IfExists.REPLACE));

        assertThat(e.kind()).isEqualTo(SaveException.Kind.NOT_A_FILE);
        assertThat(folder).isDirectory();
    }

    @Test
    void aMissingFolderIsSaidPlainly() {
        Path target = dir.resolve("no-such-folder").resolve("openrc.sh");

        SaveException e = catchThrowableOfType(SaveException.class,
                () -> OwnerOnlyFileWriter.write(target, SCRIPT, IfExists.REFUSE));

        assertThat(e.kind()).isEqualTo(SaveException.Kind.NO_FOLDER);
        assertThat(e.getMessage()).contains("no-such-folder").contains("does not exist");
    }

    @Test
    void aRelativePathIsWrittenWhereItPoints() throws Exception {
        Path relative = Path.of("").toAbsolutePath().relativize(dir.resolve("rel.sh"));

        OwnerOnlyFileWriter.write(relative, SCRIPT, IfExists.REFUSE);

        assertThat(Files.readString(dir.resolve("rel.sh"))).isEqualTo(SCRIPT);
    }
}
