package io.github.cloudmckeys.ui;

import io.github.cloudmckeys.export.IdentityVersion;
import io.github.cloudmckeys.export.ShellDialect;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The exports: one tab per Keystone version, the shell, the password prompt, the exact
 * script, Copy exports and Save. Both tabs show the same controls, moved into the
 * selected tab.
 */
final class ExportPane extends TabPane {
    private final Tab v3 = new Tab(IdentityVersion.V3.displayName());
    private final Tab v2 = new Tab(IdentityVersion.V2_0.displayName());

    ExportPane(MainViewModel model) {
        ExportViewModel export = model.export();
        setId("exportTabs");
        getStyleClass().add("export-tabs");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        v3.setId("v3Tab");
        v2.setId("v2Tab");
        v3.setTooltip(new Tooltip("Keystone v3 (Ctrl+1)"));
        v2.setTooltip(new Tooltip("Keystone v2.0, removed from Keystone in its Queens release (Ctrl+2)"));
        getTabs().addAll(v3, v2);
        getTabs().addAll(ConfigTabs.create(model)); // clouds.yaml, AWS / S3, rclone: each with its own content
        getStylesheets().add(ConfigTabs.STYLESHEET);

        VBox content = content(model, export);
        v3.setContent(content);
        getSelectionModel().select(export.identityVersionProperty().get() == IdentityVersion.V3 ? v3 : v2);
        getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != v3 && now != v2) {
                return;
            }
            // The Keystone tab left last may not be `was`: another tab may have been shown in between.
            (now == v3 ? v2 : v3).setContent(null);
            now.setContent(content);
            export.identityVersionProperty().set(now == v3 ? IdentityVersion.V3 : IdentityVersion.V2_0);
        });
        export.identityVersionProperty().addListener((o, was, now) -> showVersion(now));
    }

    /** Ctrl+1, Ctrl+2. */
    void showVersion(IdentityVersion version) {
        getSelectionModel().select(version == IdentityVersion.V3 ? v3 : v2);
    }

    private static VBox content(MainViewModel model, ExportViewModel export) {
        Label shellLabel = new Label("S_hell");
        ComboBox<ShellDialect> shell = new ComboBox<>();
        shell.setId("shell");
        shell.getItems().setAll(ShellDialect.values());
        shell.setConverter(new StringConverter<>() {
            @Override
            public String toString(ShellDialect dialect) {
                return dialect == null ? "" : dialect.displayName();
            }

            @Override
            public ShellDialect fromString(String text) {
                return null; // not editable
            }
        });
        shell.valueProperty().bindBidirectional(export.dialectProperty());
        shellLabel.setLabelFor(shell);
        shellLabel.setMnemonicParsing(true);

        CheckBox prompt = new CheckBox("_Ask for the password when sourced");
        prompt.setId("promptPassword");
        prompt.selectedProperty().bindBidirectional(export.promptPasswordProperty());
        prompt.disableProperty().bind(export.promptPasswordAvailableProperty().not());
        Label cmdNote = new Label("cmd cannot hide typed input");
        cmdNote.getStyleClass().add("note");
        cmdNote.visibleProperty().bind(export.promptPasswordAvailableProperty().not());
        cmdNote.managedProperty().bind(cmdNote.visibleProperty());
        // A disabled control shows no tooltip: the box around it carries the explanation.
        HBox promptBox = new HBox(8, prompt, cmdNote);
        promptBox.setAlignment(Pos.CENTER_LEFT);
        Tooltip.install(promptBox, new Tooltip("The script asks for the password, without echoing it, each time"
                + " it is sourced, instead of holding it. Not for cmd, which cannot hide what is typed."));

        HBox options = new HBox(10, shellLabel, shell, new Spacer(12), promptBox);
        options.setAlignment(Pos.CENTER_LEFT);
        options.getStyleClass().add("export-options");

        TextArea script = new TextArea() {
            /** Ctrl+C and the context menu: a selection may hold the password, so it leaves the clipboard too. */
            @Override
            public void copy() {
                if (!getSelectedText().isEmpty()) {
                    model.copySelection(getSelectedText());
                }
            }
        };
        script.setId("script");
        script.getStyleClass().add("script");
        script.setEditable(false);
        script.setWrapText(false);
        script.setAccessibleText("The exports script");
        script.textProperty().bind(export.scriptProperty());
        script.visibleProperty().bind(export.canExportProperty());

        Label reason = new Label();
        reason.setId("exportReason");
        reason.getStyleClass().add("export-reason");
        reason.setWrapText(true);
        reason.textProperty().bind(export.reasonProperty());
        reason.visibleProperty().bind(export.canExportProperty().not());
        StackPane scriptSlot = new StackPane(script, reason);
        scriptSlot.getStyleClass().add("script-slot");
        VBox.setVgrow(scriptSlot, Priority.ALWAYS);

        Button copy = new Button("_Copy exports");
        copy.setId("copyExports");
        copy.getStyleClass().add("primary");
        copy.setGraphic(Icons.copy());
        copy.setTooltip(new Tooltip("Put the script on the clipboard (Ctrl+Shift+C)"));
        copy.disableProperty().bind(export.canExportProperty().not());
        copy.setOnAction(e -> model.copyExports());

        Button save = new Button();
        save.setId("saveExports");
        save.textProperty().bind(export.saveButtonTextProperty());
        save.setTooltip(new Tooltip("Save the script in a file only you can read (Ctrl+S)"));
        save.disableProperty().bind(export.canExportProperty().not());
        save.setOnAction(e -> model.saveExports());

        HBox buttons = new HBox(8, new Spacer(0), save, copy);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.getStyleClass().add("export-buttons");

        VBox content = new VBox(10, options, scriptSlot, buttons, ConfigTabs.testRow(model));
        content.getStyleClass().add("export-content");
        return content;
    }

    /** Room that grows (width 0) or a fixed gap. */
    private static final class Spacer extends Region {
        Spacer(double width) {
            if (width > 0) {
                setMinWidth(width);
                setPrefWidth(width);
            } else {
                HBox.setHgrow(this, Priority.ALWAYS);
            }
        }
    }
}
