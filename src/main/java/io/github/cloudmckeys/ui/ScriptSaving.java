package io.github.cloudmckeys.ui;

import io.github.cloudmckeys.files.OwnerOnlyFileWriter;
import io.github.cloudmckeys.files.OwnerOnlyFileWriter.IfExists;
import io.github.cloudmckeys.render.script.ExportFormat;
import io.github.cloudmckeys.render.script.ExportResult;
import io.github.cloudmckeys.files.SavedFile;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Saving the current script: the dialog proposes a name in the last folder used, an
 * existing file is replaced only once the user agreed, and the export engine's
 * owner-only writer does the writing, off the UI thread.
 */
final class ScriptSaving {
    private final WindowWork window;
    private final ExportViewModel export;
    private final DialogService dialogs;
    private final ObjectProperty<Path> lastSaveFolder = new SimpleObjectProperty<>(this, "lastSaveFolder");

    ScriptSaving(WindowWork window, ExportViewModel export, DialogService dialogs) {
        this.window = window;
        this.export = export;
        this.dialogs = dialogs;
    }

    void saveExports() {
        Optional<ExportResult> result = export.result();
        if (result.isEmpty()) {
            return;
        }
        ExportFormat format = export.format();
        Optional<Path> chosen = dialogs.chooseSaveFile(new SaveFileRequest(
                window.messages().get("window.save.title", export.versionName(format.identityVersion())),
                Optional.ofNullable(lastSaveFolder.get()), export.suggestedFileName(),
                window.messages().get("window.save.filter", format.dialect().displayName()), format.fileExtension()));
        if (chosen.isEmpty()) {
            return;
        }
        Path file = chosen.get().toAbsolutePath().normalize();
        IfExists ifExists = IfExists.REFUSE;
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            if (!dialogs.confirmReplace(file)) {
                window.setStatus(window.messages().get("window.status.notSaved", file));
                return;
            }
            ifExists = IfExists.REPLACE;
        }
        save(file, result.get().script(), ifExists);
    }

    /** Writes {@code script} (with its byte-order mark, if any: a file keeps it) to {@code file}. */
    void save(Path file, String script, IfExists ifExists) {
        window.setStatus(window.messages().get("window.status.saving", file));
        window.inBackground(() -> OwnerOnlyFileWriter.write(file, script, ifExists), saved -> {
            window.clearBanner();
            lastSaveFolder.set(saved.file().getParent());
            window.setStatus(saved.ownerOnly() ? window.messages().get("window.status.saved", saved.file())
                    : window.messages().format(SavedFile.notOwnerOnly(saved.file().toString())));
        }, failure -> window.fail(failure, () -> save(file, script, ifExists)));
    }

    ObjectProperty<Path> lastSaveFolderProperty() {
        return lastSaveFolder;
    }
}
