package io.github.cloudmckeys.ui;

import io.github.cloudmckeys.export.ExportFormat;
import io.github.cloudmckeys.export.ExportResult;
import io.github.cloudmckeys.export.OwnerOnlyFileWriter;
import io.github.cloudmckeys.export.OwnerOnlyFileWriter.IfExists;
import io.github.cloudmckeys.export.SavedFile;
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
    private final MainViewModel model;
    private final ExportViewModel export;
    private final DialogService dialogs;
    private final ObjectProperty<Path> lastSaveFolder = new SimpleObjectProperty<>(this, "lastSaveFolder");

    ScriptSaving(MainViewModel model, ExportViewModel export, DialogService dialogs) {
        this.model = model;
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
                model.messages().get("window.save.title", export.versionName(format.identityVersion())),
                Optional.ofNullable(lastSaveFolder.get()), export.suggestedFileName(),
                model.messages().get("window.save.filter", format.dialect().displayName()), format.fileExtension()));
        if (chosen.isEmpty()) {
            return;
        }
        Path file = chosen.get().toAbsolutePath().normalize();
        IfExists ifExists = IfExists.REFUSE;
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            if (!dialogs.confirmReplace(file)) {
                model.setStatus(model.messages().get("window.status.notSaved", file));
                return;
            }
            ifExists = IfExists.REPLACE;
        }
        save(file, result.get().script(), ifExists);
    }

    /** Writes {@code script} (with its byte-order mark, if any: a file keeps it) to {@code file}. */
    void save(Path file, String script, IfExists ifExists) {
        model.setStatus(model.messages().get("window.status.saving", file));
        model.inBackground(() -> OwnerOnlyFileWriter.write(file, script, ifExists), saved -> {
            model.banner().clear();
            lastSaveFolder.set(saved.file().getParent());
            model.setStatus(saved.ownerOnly() ? model.messages().get("window.status.saved", saved.file())
                    : model.messages().format(SavedFile.notOwnerOnly(saved.file().toString())));
        }, failure -> model.fail(failure, () -> save(file, script, ifExists)));
    }

    ObjectProperty<Path> lastSaveFolderProperty() {
        return lastSaveFolder;
    }
}
