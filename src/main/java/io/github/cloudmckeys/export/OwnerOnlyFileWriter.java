package io.github.cloudmckeys.export;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;

/**
 * Writes a file that holds secrets: readable by its owner only from the moment it
 * exists, written whole or not at all (temporary file in the same folder, flushed
 * to disk, then moved into place), never through a symbolic link, and never over
 * an existing file unless the caller was allowed to replace it.
 */
public final class OwnerOnlyFileWriter {

    /** What to do when the target already exists. */
    public enum IfExists { REFUSE, REPLACE }

    private OwnerOnlyFileWriter() {}

    /**
     * @throws SaveException with one sentence; the target is left as it was
     */
    public static void write(Path target, String content, IfExists ifExists) throws SaveException {
        Path file = target.toAbsolutePath().normalize();
        Path folder = file.getParent();
        String name = file.getFileName().toString();
        if (!Files.isDirectory(folder)) {
            throw new SaveException(SaveException.Kind.NO_FOLDER,
                    "The folder " + folder + " does not exist: choose an existing folder.", null);
        }
        checkTarget(file, ifExists);

        Path temporary = null;
        try {
            temporary = Files.createTempFile(folder, "." + name + ".", ".tmp", ownerOnly(folder));
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer bytes = ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
            moveIntoPlace(temporary, file, ifExists);
            temporary = null;
        } catch (FileAlreadyExistsException e) {
            throw exists(file, e);
        } catch (IOException e) {
            throw translate(e, file);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // The failure already reported matters more than a leftover temporary file.
                }
            }
        }
    }

    private static void checkTarget(Path file, IfExists ifExists) throws SaveException {
        if (Files.isSymbolicLink(file)) {
            throw new SaveException(SaveException.Kind.SYMBOLIC_LINK, file
                    + " is a symbolic link: CloudMC Keys does not write through links; choose another name.", null);
        }
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new SaveException(SaveException.Kind.NOT_A_FILE,
                        file + " is not a regular file: choose another name.", null);
            }
            if (ifExists == IfExists.REFUSE) {
                throw exists(file, null);
            }
        }
    }

    /**
     * Without replacing, a hard link makes "create only if absent" atomic (the link
     * fails if a file appeared meanwhile); file systems without hard links fall back
     * to a plain move, which also refuses an existing target.
     */
    private static void moveIntoPlace(Path temporary, Path file, IfExists ifExists) throws IOException {
        if (ifExists == IfExists.REPLACE) {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        try {
            Files.createLink(file, temporary);
            Files.delete(temporary);
        } catch (UnsupportedOperationException e) {
            Files.move(temporary, file);
        }
    }

    private static FileAttribute<?>[] ownerOnly(Path folder) {
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))};
        }
        // Elsewhere (Windows) a new file in the user's folders inherits the folder's ACL.
        return new FileAttribute<?>[0];
    }

    private static SaveException exists(Path file, Throwable cause) {
        return new SaveException(SaveException.Kind.EXISTS,
                file + " already exists: choose another name or allow replacing it.", cause);
    }

    private static SaveException translate(IOException e, Path file) {
        String reason = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason() : "";
        String lower = (reason + " " + (e.getMessage() == null ? "" : e.getMessage())).toLowerCase(Locale.ROOT);
        if (lower.contains("no space left") || lower.contains("disk quota")) {
            return new SaveException(SaveException.Kind.DISK_FULL, "The disk holding " + file.getParent()
                    + " is full: nothing was saved; free some space or choose another folder.", e);
        }
        if (e instanceof AccessDeniedException || lower.contains("read-only file system")
                || lower.contains("permission denied")) {
            return new SaveException(SaveException.Kind.NOT_WRITABLE, "Cannot write in " + file.getParent()
                    + " (permission denied or read-only): nothing was saved; choose another folder.", e);
        }
        if (e instanceof NoSuchFileException) {
            return new SaveException(SaveException.Kind.NO_FOLDER,
                    "The folder " + file.getParent() + " disappeared: nothing was saved.", e);
        }
        return new SaveException(SaveException.Kind.IO,
                "Could not save " + file + (reason.isEmpty() ? "" : " (" + reason + ")") + ": nothing was saved.", e);
    }
}
