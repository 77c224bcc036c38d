package io.github.cloudmckeys.ui;

import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Ctrl+Shift+C and Ctrl+S: copy or save what the selected export tab shows (the openrc
 * script, clouds.yaml, the AWS text, the rclone remote). Where the service has no such
 * export, the status line says so and why, instead of doing something else silently.
 */
public final class ShownTabCommands {
    private final MainViewModel model;
    private final ObjectProperty<ExportTab> shown = new SimpleObjectProperty<>(ExportTab.OPENRC);

    ShownTabCommands(MainViewModel model) {
        this.model = Objects.requireNonNull(model, "model");
    }

    /** The tab the export pane shows; the view keeps it up to date. */
    public ObjectProperty<ExportTab> shownProperty() {
        return shown;
    }

    /** Ctrl+Shift+C. */
    public void copy() {
        if (!explainMissing()) {
            switch (shown.get()) {
                case OPENRC -> model.copyExports();
                case CLOUDS_YAML -> model.configFiles().copyCloudsYaml();
                case AWS -> model.configFiles().copyAws();
                case RCLONE -> model.configFiles().copyRclone();
            }
        }
    }

    /** Ctrl+S: the openrc into a file of its own, the others into the user's file ("Add to my …"). */
    public void save() {
        if (!explainMissing()) {
            switch (shown.get()) {
                case OPENRC -> model.saveExports();
                case CLOUDS_YAML -> model.configFiles().addToCloudsYaml();
                case AWS -> model.configFiles().addToAwsProfiles();
                case RCLONE -> model.configFiles().addToRcloneConf();
            }
        }
    }

    /** Says in the status line why the shown tab has nothing to copy; true when it has nothing. */
    private boolean explainMissing() {
        ExportViewModel export = model.export();
        String reason = switch (shown.get()) {
            case OPENRC -> export.reasonProperty().get();
            case CLOUDS_YAML -> export.configs().clouds().reasonProperty().get();
            case AWS -> export.configs().aws().reasonProperty().get();
            case RCLONE -> export.configs().rclone().reasonProperty().get();
        };
        if (reason == null || reason.isEmpty()) {
            return false;
        }
        model.setStatus(model.messages().get("window.status.nothingToCopy", reason));
        return true;
    }
}
