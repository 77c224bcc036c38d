package io.github.cloudmckeys.ui;

import io.github.cloudmckeys.i18n.Language;
import io.github.cloudmckeys.i18n.Messages;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The real dialogs: the platform's save dialog, a JavaFX confirmation, the Connect… dialog. */
public final class FxDialogService implements DialogService {

    /** Shows the Connect… dialog over {@code owner}: built by the app, which knows portals and settings. */
    @FunctionalInterface
    public interface PortalPrompt {
        Optional<PortalTarget> ask(Window owner);
    }

    private final Supplier<Window> owner;
    private final PortalPrompt portalPrompt;
    private final Messages messages;
    /** The file the platform's save dialog returned last: that dialog has already asked about replacing it. */
    private Path confirmedByPlatform;

    /** The dialogs in English. */
    public FxDialogService(Supplier<Window> owner, PortalPrompt portalPrompt) {
        this(owner, portalPrompt, Messages.of(Language.ENGLISH));
    }

    public FxDialogService(Supplier<Window> owner, PortalPrompt portalPrompt, Messages messages) {
        this.owner = Objects.requireNonNull(owner, "owner");
        this.portalPrompt = Objects.requireNonNull(portalPrompt, "portalPrompt");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    @Override
    public Optional<Path> chooseSaveFile(SaveFileRequest request) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(request.title());
        chooser.setInitialFileName(request.fileName());
        request.initialFolder().filter(Files::isDirectory).map(Path::toFile).ifPresent(chooser::setInitialDirectory);
        FileChooser.ExtensionFilter scripts = new FileChooser.ExtensionFilter(request.filterDescription(),
                "*" + request.extension());
        chooser.getExtensionFilters().addAll(scripts, new FileChooser.ExtensionFilter("All files", "*"));
        chooser.setSelectedExtensionFilter(scripts);
        File chosen = chooser.showSaveDialog(owner.get());
        confirmedByPlatform = chosen == null ? null : chosen.toPath().toAbsolutePath().normalize();
        return Optional.ofNullable(confirmedByPlatform);
    }

    @Override
    public boolean confirmReplace(Path file) {
        // GTK, Windows and macOS save dialogs ask before returning an existing file: asking twice is noise.
        if (file.toAbsolutePath().normalize().equals(confirmedByPlatform)) {
            return true;
        }
        ButtonType replace = new ButtonType("_Replace", ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", replace, ButtonType.CANCEL);
        alert.initOwner(owner.get());
        alert.setTitle("Replace the file?");
        alert.setHeaderText(file.getFileName() + " already exists.");
        alert.setContentText("Replace " + file + "? Its current content will be lost.");
        alert.getDialogPane().getStylesheets().add(MainView.STYLESHEET);
        return alert.showAndWait().filter(replace::equals).isPresent();
    }

    @Override
    public boolean confirmReplaceEntries(List<String> replacements) {
        ButtonType replace = new ButtonType("_Replace", ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", replace, ButtonType.CANCEL);
        alert.initOwner(owner.get());
        alert.setTitle("Replace the entry?");
        alert.setHeaderText(replacements.size() == 1 ? "This entry exists already." : "These entries exist already.");
        alert.setContentText(String.join("\n", replacements) + "\n\nReplace with the new one? The old file is kept"
                + " as a backup next to it.");
        alert.getDialogPane().getStylesheets().add(MainView.STYLESHEET);
        return alert.showAndWait().filter(replace::equals).isPresent();
    }

    @Override
    public Optional<PortalTarget> askForPortal() {
        return portalPrompt.ask(owner.get());
    }

    @Override
    public Optional<Preferences> editPreferences(Preferences current) {
        Dialog<Preferences> dialog = PreferencesDialog.create(current);
        dialog.initOwner(owner.get());
        dialog.getDialogPane().getStylesheets().add(MainView.STYLESHEET);
        return dialog.showAndWait();
    }
}
