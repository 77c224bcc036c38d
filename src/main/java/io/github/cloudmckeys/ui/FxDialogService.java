package io.github.cloudmckeys.ui;

import io.github.cloudmckeys.session.PortalToOpen;
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

/**
 * The real dialogs: the platform's save dialog, a JavaFX confirmation, the Connect… dialog.
 * Their buttons carry the bundle's texts: JavaFX's own OK and Cancel follow the JVM's
 * locale, not the language the user chose.
 */
public final class FxDialogService implements DialogService {

    /** Shows the Connect… dialog over {@code owner}: built by the app, which knows portals and settings. */
    @FunctionalInterface
    public interface PortalPrompt {
        Optional<PortalToOpen> ask(Window owner);
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
        chooser.getExtensionFilters().addAll(scripts,
                new FileChooser.ExtensionFilter(messages.get("window.save.allFiles"), "*"));
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
        ButtonType replace = replaceButton();
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", replace, cancelButton());
        alert.initOwner(owner.get());
        alert.setTitle(messages.get("window.replace.title"));
        alert.setHeaderText(messages.get("window.replace.header", file.getFileName()));
        alert.setContentText(messages.get("window.replace.content", file));
        alert.getDialogPane().getStylesheets().add(MainView.STYLESHEET);
        DialogSizing.fitContent(alert);
        return alert.showAndWait().filter(replace::equals).isPresent();
    }

    @Override
    public boolean confirmReplaceEntries(List<String> replacements) {
        ButtonType replace = replaceButton();
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", replace, cancelButton());
        alert.initOwner(owner.get());
        alert.setTitle(messages.get("window.replaceEntries.title"));
        alert.setHeaderText(messages.get("window.replaceEntries.header", replacements.size()));
        alert.setContentText(messages.get("window.replaceEntries.content", String.join("\n", replacements)));
        alert.getDialogPane().getStylesheets().add(MainView.STYLESHEET);
        DialogSizing.fitContent(alert);
        return alert.showAndWait().filter(replace::equals).isPresent();
    }

    private ButtonType replaceButton() {
        return new ButtonType(messages.get("window.replace.button"), ButtonBar.ButtonData.OK_DONE);
    }

    private ButtonType cancelButton() {
        return new ButtonType(messages.get("window.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    @Override
    public Optional<PortalToOpen> askForPortal() {
        return portalPrompt.ask(owner.get());
    }

    @Override
    public Optional<Preferences> editPreferences(Preferences current) {
        Dialog<Preferences> dialog = PreferencesDialog.create(current, messages);
        dialog.initOwner(owner.get());
        dialog.getDialogPane().getStylesheets().add(MainView.STYLESHEET);
        return dialog.showAndWait();
    }
}
