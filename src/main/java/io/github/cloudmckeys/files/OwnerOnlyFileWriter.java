package io.github.cloudmckeys.files;

import io.github.cloudmckeys.i18n.Message;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Writes a file that holds secrets: readable by its owner only from the moment it
 * exists, written whole or not at all (temporary file in the same folder, flushed
 * to disk, then moved into place), never through a symbolic link, and never over
 * an existing file unless the caller was allowed to replace it.
 *
 * <p>The temporary file is {@code .<name>.<random digits>.tmp} next to the target. One
 * left behind by a crash (or a power cut) still holds secrets, so each save of a name
 * first removes that name's temporary files older than {@link #STALE_AFTER}: a minute
 * is far longer than a save takes, so a save running at the same moment in another
 * process keeps its own. Nothing else in the folder is touched.
 *
 * <p>Some file systems (exFAT and FAT on USB sticks, SMB shares without Unix extensions)
 * keep no permissions: the file is saved all the same and {@link SavedFile#ownerOnly()}
 * says it is not private, so that the user is told.
 */
public final class OwnerOnlyFileWriter {
    /** A temporary file of ours this old is left over from a save that never finished. */
    public static final Duration STALE_AFTER = Duration.ofMinutes(1);

    private static final Logger LOG = Logger.getLogger(OwnerOnlyFileWriter.class.getName());

    /** What to do when the target already exists. */
    public enum IfExists { REFUSE, REPLACE }

    private OwnerOnlyFileWriter() {}

    /**
     * @return the file written, and whether its file system keeps it owner-only
     * @throws SaveException with one sentence; the target is left as it was
     */
    public static SavedFile write(Path target, String content, IfExists ifExists) throws SaveException {
        Path file = target.toAbsolutePath().normalize();
        Path folder = file.getParent();
        String name = file.getFileName().toString();
        if (!Files.isDirectory(folder)) {
            throw new SaveException(SaveException.Kind.NO_FOLDER,
                    Message.of("files.save.noFolder", folder.toString()), null);
        }
        removeStaleTemporaries(folder, name); // even when this save is refused: they hold secrets
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
            syncFolder(folder);
            return new SavedFile(file, isOwnerOnly(file));
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

    /**
     * Removes {@code .<name>.<digits>.tmp} files older than {@link #STALE_AFTER}; failing to
     * is no reason not to save.
     */
    static int removeStaleTemporaries(Path folder, String name) {
        Pattern ours = Pattern.compile("\\." + Pattern.quote(name) + "\\.\\d+\\.tmp");
        Instant staleBefore = Instant.now().minus(STALE_AFTER);
        int removed = 0;
        try (DirectoryStream<Path> candidates = Files.newDirectoryStream(folder,
                path -> ours.matcher(path.getFileName().toString()).matches())) {
            for (Path candidate : candidates) {
                BasicFileAttributes attributes = Files.readAttributes(candidate, BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                if (attributes.isRegularFile() && attributes.lastModifiedTime().toInstant().isBefore(staleBefore)) {
                    Files.deleteIfExists(candidate);
                    removed++;
                }
            }
        } catch (IOException | DirectoryIteratorException e) {
            LOG.fine(() -> "stale temporary files in " + folder + " not removed: " + e.getClass().getSimpleName());
        }
        if (removed > 0) {
            int count = removed;
            LOG.fine(() -> "removed " + count + " stale temporary file(s) of " + name + " in " + folder);
        }
        return removed;
    }

    private static void checkTarget(Path file, IfExists ifExists) throws SaveException {
        if (Files.isSymbolicLink(file)) {
            throw new SaveException(SaveException.Kind.SYMBOLIC_LINK,
                    Message.of("files.save.symbolicLink", file.toString()), null);
        }
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new SaveException(SaveException.Kind.NOT_A_FILE,
                        Message.of("files.save.notAFile", file.toString()), null);
            }
            if (ifExists == IfExists.REFUSE) {
                throw exists(file, null);
            }
        }
    }

    /**
     * Without replacing, a hard link makes "create only if absent" atomic (the link
     * fails if a file appeared meanwhile). File systems without hard links (exFAT, FAT,
     * SMB: they answer "Operation not permitted" or "not supported") fall back to
     * {@link #claimThenMove}.
     */
    private static void moveIntoPlace(Path temporary, Path file, IfExists ifExists) throws IOException {
        if (ifExists == IfExists.REPLACE) {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        try {
            Files.createLink(file, temporary);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (UnsupportedOperationException | FileSystemException e) {
            LOG.fine(() -> "no hard link in " + file.getParent() + " (" + e.getClass().getSimpleName()
                    + "): exclusive create, then move");
            claimThenMove(temporary, file);
            return;
        }
        Files.delete(temporary);
    }

    /**
     * Claims the name with an exclusive create (which fails on anything already there,
     * a symbolic link included, and never follows one), then moves the full temporary
     * file over that empty claim: no existing file is ever replaced, and the name never
     * shows a half-written file.
     */
    private static void claimThenMove(Path temporary, Path file) throws IOException {
        Files.newByteChannel(file, EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                ownerOnly(file.getParent())).close();
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                if (Files.size(file) == 0) {
                    Files.delete(file); // our empty claim, not someone's file
                }
            } catch (IOException ignored) {
                // The move's failure is the one to report.
            }
            throw e;
        }
    }

    /**
     * Flushes the folder so that the rename itself survives a power cut. Windows cannot
     * open a folder this way and some FUSE file systems refuse it: the file is written
     * all the same.
     */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            LOG.fine(() -> "folder " + folder + " not flushed: " + e.getClass().getSimpleName());
        }
    }

    /**
     * Whether the saved file is readable by its owner only. With POSIX permissions, none
     * for group or others (exFAT and FAT show every file as rwxrwxrwx whatever was asked);
     * elsewhere (Windows) the file inherits its folder's ACL, which a file system without
     * ACLs (FAT, exFAT) cannot have.
     */
    static boolean isOwnerOnly(Path file) {
        try {
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS);
                return permissions.stream().allMatch(p -> p.name().startsWith("OWNER_"));
            }
            return Files.getFileStore(file).supportsFileAttributeView("acl");
        } catch (IOException e) {
            return false; // cannot tell: better warn than promise
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
        return new SaveException(SaveException.Kind.EXISTS, Message.of("files.save.exists", file.toString()), cause);
    }

    private static SaveException translate(IOException e, Path file) {
        String reason = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason() : "";
        String lower = (reason + " " + (e.getMessage() == null ? "" : e.getMessage())).toLowerCase(Locale.ROOT);
        if (lower.contains("no space left") || lower.contains("disk quota")) {
            return new SaveException(SaveException.Kind.DISK_FULL,
                    Message.of("files.save.diskFull", file.getParent().toString()), e);
        }
        if (e instanceof AccessDeniedException || lower.contains("read-only file system")
                || lower.contains("permission denied")) {
            return new SaveException(SaveException.Kind.NOT_WRITABLE,
                    Message.of("files.save.notWritable", file.getParent().toString()), e);
        }
        if (e instanceof NoSuchFileException) {
            return new SaveException(SaveException.Kind.NO_FOLDER,
                    Message.of("files.save.folderGone", file.getParent().toString()), e);
        }
        return new SaveException(SaveException.Kind.IO, reason.isEmpty()
                ? Message.of("files.save.failed", file.toString())
                : Message.of("files.save.failedBecause", file.toString(), reason), e);
    }
}
