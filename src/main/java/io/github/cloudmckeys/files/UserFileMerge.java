package io.github.cloudmckeys.files;

import io.github.cloudmckeys.i18n.Message;
import io.github.cloudmckeys.i18n.Messages;
import io.github.cloudmckeys.render.config.ConfigEntry;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * "Add to my clouds.yaml / AWS profiles / rclone.conf": an entry merged into the user's
 * own file in two steps, so that the user can be asked first. {@link #planCloud} and
 * {@link #planIni} read the files and merge in memory, writing nothing; the plan says
 * which entries of the same name it would replace. {@link #apply} then writes each file:
 * the old one copied to {@code FILE.bak-YYYYMMDD-HHMMSS} (owner-only), the new one written
 * atomically and owner-only by {@link OwnerOnlyFileWriter}, missing folders created
 * owner-only. A file that changed since it was planned is left alone. Symbolic links are
 * neither read through nor replaced.
 */
public final class UserFileMerge {
    private static final DateTimeFormatter BACKUP_STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private UserFileMerge() {
    }

    /**
     * One file to write.
     *
     * @param current its content when planned; empty when it did not exist
     * @param replaced what the new content replaces, e.g. {@code cloud "ccontini"}, not yet in a language
     */
    public record Change(Path file, Optional<String> current, String updated, List<Message> replaced) {
        public Change {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(current, "current");
            Objects.requireNonNull(updated, "updated");
            replaced = List.copyOf(replaced);
        }

        /** Never the contents: they hold passwords and keys. */
        @Override
        public String toString() {
            return "Change[" + file + ", replaced=" + replaced + "]";
        }
    }

    /** The files to write, in order. */
    public record Plan(List<Change> changes) {
        public Plan {
            changes = List.copyOf(changes);
        }

        /** What would be replaced, each with its file, in English: {@code cloud "x" in /home/u/.config/openstack/clouds.yaml}. */
        public List<String> replacements() {
            return replacements(Messages.english());
        }

        /** What would be replaced, each with its file, in the language of {@code messages}. */
        public List<String> replacements(Messages messages) {
            List<String> all = new ArrayList<>();
            changes.forEach(change -> change.replaced().forEach(what -> all.add(messages.format(
                    Message.of("files.merge.replacedIn", what, change.file().toString())))));
            return all;
        }

        public boolean replacesAnEntry() {
            return changes.stream().anyMatch(change -> !change.replaced().isEmpty());
        }

        public List<Path> files() {
            return changes.stream().map(Change::file).toList();
        }
    }

    /**
     * What {@link #apply} wrote.
     *
     * @param backups      the backups made, one per file that existed
     * @param notOwnerOnly the files (backups included) whose file system cannot keep them private
     */
    public record Applied(List<Path> backups, List<Path> notOwnerOnly) {
        public Applied {
            backups = List.copyOf(backups);
            notOwnerOnly = List.copyOf(notOwnerOnly);
        }
    }

    /** An INI entry and the file it goes to. */
    public record IniTarget(Path file, ConfigEntry.Ini entry) {
        public IniTarget {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(entry, "entry");
        }
    }

    /**
     * The cloud into {@code cloudsYaml}, its password into {@code secureYaml} when split off;
     * otherwise a cloud of the same name is taken out of an existing {@code secureYaml}, whose
     * values openstacksdk would lay over the new entry.
     */
    public static Plan planCloud(ConfigEntry.Cloud entry, Path cloudsYaml, Path secureYaml) throws SaveException {
        List<Change> changes = new ArrayList<>();
        Optional<String> secureNow = read(secureYaml);
        YamlCloudsMerge.Outcome secure = entry.secureYaml().isPresent()
                ? YamlCloudsMerge.put(secureNow, entry.name(), entry.secureYaml().get(), secureYaml.toString())
                : YamlCloudsMerge.remove(secureNow, entry.name(), secureYaml.toString());
        if (secure.changed()) {
            changes.add(new Change(secureYaml, secureNow, secure.text(),
                    secure.replaced().stream().map(n -> Message.of("files.merge.replaced.password", n)).toList()));
        }
        Optional<String> cloudsNow = read(cloudsYaml);
        YamlCloudsMerge.Outcome clouds = YamlCloudsMerge.put(cloudsNow, entry.name(), entry.cloudsYaml(),
                cloudsYaml.toString());
        changes.add(new Change(cloudsYaml, cloudsNow, clouds.text(),
                clouds.replaced().stream().map(n -> Message.of("files.merge.replaced.cloud", n)).toList()));
        return new Plan(changes);
    }

    /** Each entry's sections into its file (AWS credentials and config, rclone.conf). */
    public static Plan planIni(List<IniTarget> targets) throws SaveException {
        List<Change> changes = new ArrayList<>();
        for (IniTarget target : targets) {
            Optional<String> now = read(target.file());
            IniMerge.Outcome merged = IniMerge.put(now, target.entry().sections());
            changes.add(new Change(target.file(), now, merged.text(),
                    merged.replaced().stream().map(header -> Message.of("files.merge.replaced.section", header))
                            .toList()));
        }
        return new Plan(changes);
    }

    /**
     * Writes the plan, file by file.
     *
     * @param now names the backups
     * @return the backups made, and the files that could not be kept private
     * @throws SaveException with one sentence; files already written stay written, the others untouched
     */
    public static Applied apply(Plan plan, Instant now) throws SaveException {
        List<Path> backups = new ArrayList<>();
        List<SavedFile> saved = new ArrayList<>();
        for (Change change : plan.changes()) {
            Path file = change.file().toAbsolutePath().normalize();
            if (!read(file).equals(change.current())) {
                throw new SaveException(SaveException.Kind.IO,
                        Message.of("files.merge.changedMeanwhile", file.toString()), null);
            }
            createFolder(file.getParent());
            if (change.current().isPresent()) {
                Path backup = backupName(file, now);
                saved.add(OwnerOnlyFileWriter.write(backup, change.current().get(),
                        OwnerOnlyFileWriter.IfExists.REFUSE));
                backups.add(backup);
            }
            saved.add(OwnerOnlyFileWriter.write(file, change.updated(), change.current().isPresent()
                    ? OwnerOnlyFileWriter.IfExists.REPLACE : OwnerOnlyFileWriter.IfExists.REFUSE));
        }
        return new Applied(backups, saved.stream().filter(s -> !s.ownerOnly()).map(SavedFile::file).toList());
    }

    /** The file's text, empty when there is no file. */
    static Optional<String> read(Path path) throws SaveException {
        Path file = path.toAbsolutePath().normalize();
        if (Files.isSymbolicLink(file)) {
            throw new SaveException(SaveException.Kind.SYMBOLIC_LINK,
                    Message.of("files.merge.symbolicLink", file.toString()), null);
        }
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new SaveException(SaveException.Kind.NOT_A_FILE, Message.of("files.merge.notAFile", file.toString()),
                    null);
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (CharacterCodingException e) {
            throw new SaveException(SaveException.Kind.IO, Message.of("files.merge.notUtf8", file.toString()), e);
        } catch (IOException e) {
            throw new SaveException(SaveException.Kind.NOT_WRITABLE,
                    Message.of("files.merge.cannotRead", file.toString()), e);
        }
    }

    private static void createFolder(Path folder) throws SaveException {
        if (Files.isDirectory(folder)) {
            return;
        }
        try {
            if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(folder);
            }
        } catch (IOException e) {
            throw new SaveException(SaveException.Kind.NO_FOLDER,
                    Message.of("files.merge.cannotCreateFolder", folder.toString()), e);
        }
    }

    private static Path backupName(Path file, Instant now) {
        String base = file.getFileName() + ".bak-" + BACKUP_STAMP.format(now);
        Path backup = file.resolveSibling(base);
        for (int i = 2; Files.exists(backup, LinkOption.NOFOLLOW_LINKS); i++) {
            backup = file.resolveSibling(base + "-" + i);
        }
        return backup;
    }
}
