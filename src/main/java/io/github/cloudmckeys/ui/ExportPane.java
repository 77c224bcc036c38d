package io.github.cloudmckeys.ui;

import io.github.cloudmckeys.credentials.IdentityVersion;
import io.github.cloudmckeys.i18n.Messages;
import io.github.cloudmckeys.render.ShellDialect;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
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
 * The exports: one tab per Keystone version, the shell, the password prompt, the script's
 * preview (the variables first), Test credentials, Save and Copy exports in one row (the test's
 * answer shows above the status line). Both
 * tabs show the same controls, moved into the selected tab.
 */
final class ExportPane extends TabPane {
    /** Lines the preview has room for at least; more when the script sets more variables. */
    static final int MIN_PREVIEW_ROWS = 6;
    private final Tab v3 = new Tab();
    private final Tab v2 = new Tab();

    ExportPane(MainViewModel model) {
        ExportViewModel export = model.export();
        Messages messages = model.messages();
        v3.setText(export.versionName(IdentityVersion.V3));
        v2.setText(export.versionName(IdentityVersion.V2_0));
        setId("exportTabs");
        getStyleClass().add("export-tabs");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        v3.setId("v3Tab");
        v2.setId("v2Tab");
        v3.setTooltip(new Tooltip(messages.get("window.version.v3.tooltip")));
        v2.setTooltip(new Tooltip(messages.get("window.version.v2.tooltip")));
        getTabs().addAll(v3, v2);
        getTabs().addAll(ConfigTabs.create(model)); // clouds.yaml, AWS / S3, rclone: each with its own content
        getStylesheets().add(ConfigTabs.STYLESHEET);

        VBox content = content(model, export, messages);
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
        // Ctrl+Shift+C and Ctrl+S act on the tab shown.
        getSelectionModel().selectedItemProperty().addListener((o, was, now) ->
                model.shownTab().shownProperty().set(shownTab(now)));
    }

    private static ExportTab shownTab(Tab tab) {
        return switch (tab == null || tab.getId() == null ? "" : tab.getId()) {
            case "cloudsYamlTab" -> ExportTab.CLOUDS_YAML;
            case "awsTab" -> ExportTab.AWS;
            case "rcloneTab" -> ExportTab.RCLONE;
            default -> ExportTab.OPENRC;
        };
    }

    /** Ctrl+1, Ctrl+2. */
    void showVersion(IdentityVersion version) {
        getSelectionModel().select(version == IdentityVersion.V3 ? v3 : v2);
    }

    private static VBox content(MainViewModel model, ExportViewModel export, Messages messages) {
        Label shellLabel = new Label(messages.get("window.export.shell"));
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

        CheckBox prompt = new CheckBox(messages.get("window.export.promptPassword"));
        prompt.setId("promptPassword");
        prompt.selectedProperty().bindBidirectional(export.promptPasswordProperty());
        prompt.disableProperty().bind(export.promptPasswordAvailableProperty().not());
        Label cmdNote = new Label(messages.get("window.export.cmdNote"));
        cmdNote.getStyleClass().add("note");
        cmdNote.visibleProperty().bind(export.promptPasswordAvailableProperty().not());
        cmdNote.managedProperty().bind(cmdNote.visibleProperty());
        // A disabled control shows no tooltip: the box around it carries the explanation.
        HBox promptBox = new HBox(8, prompt, cmdNote);
        promptBox.setAlignment(Pos.CENTER_LEFT);
        Tooltip.install(promptBox, new Tooltip(messages.get("window.export.promptPassword.tooltip")));

        HBox options = new HBox(10, shellLabel, shell, new Spacer(12), promptBox);
        options.setAlignment(Pos.CENTER_LEFT);
        options.getStyleClass().add("export-options");

        TextArea script = new TextArea() {
            /**
             * Ctrl+C and the context menu: the script's own text under the selection (a masked secret as it is),
             * which may hold the password, so it leaves the clipboard too.
             */
            @Override
            public void copy() {
                if (!getSelectedText().isEmpty()) {
                    model.copySelection(export.previewSelection(getSelection().getStart(), getSelection().getEnd()));
                }
            }
        };
        script.setId("script");
        script.getStyleClass().add("script");
        script.setEditable(false);
        script.setWrapText(false);
        script.setAccessibleText(messages.get("window.export.script"));
        script.setContextMenu(ConfigTabs.readOnlyMenu(script, messages));
        // Exports first, secrets masked unless revealed in the table; Copy and Save take the script itself.
        script.textProperty().bind(export.previewProperty());
        // Room for every line that sets a variable, whatever the service and shell, and never less than six.
        script.prefRowCountProperty().bind(Bindings.createIntegerBinding(() -> Math.max(MIN_PREVIEW_ROWS,
                (int) export.previewProperty().get().lines()
                        .filter(line -> ScriptPreview.setsVariable(export.dialectProperty().get(), line)).count()),
                export.previewProperty()));
        script.setMinHeight(Region.USE_PREF_SIZE);
        script.visibleProperty().bind(export.canExportProperty());

        Label reason = new Label();
        reason.setId("exportReason");
        reason.getStyleClass().add("export-reason");
        reason.setWrapText(true);
        StringBinding failed = CredentialsTable.whatToDo(model, "");
        reason.textProperty().bind(Bindings.createStringBinding(() -> model.selectedServiceProperty().get() == null
                && !failed.get().isEmpty() ? failed.get() : export.reasonProperty().get(),
                failed, export.reasonProperty(), model.selectedServiceProperty()));
        VBox refusal = new VBox(8, reason, useFieldAs(model, export, messages));
        refusal.setAlignment(Pos.CENTER);
        refusal.visibleProperty().bind(export.canExportProperty().not());
        StackPane scriptSlot = new StackPane(script, refusal);
        scriptSlot.getStyleClass().add("script-slot");
        VBox.setVgrow(scriptSlot, Priority.ALWAYS);

        Button copy = new Button(messages.get("window.export.copy"));
        copy.setId("copyExports");
        copy.getStyleClass().add("primary");
        copy.setGraphic(Icons.copy());
        copy.setTooltip(new Tooltip(messages.get("window.export.copy.tooltip")));
        copy.disableProperty().bind(export.canExportProperty().not());
        copy.setOnAction(e -> model.copyExports());

        Button save = new Button();
        save.setId("saveExports");
        save.textProperty().bind(export.saveButtonTextProperty());
        save.setTooltip(new Tooltip(messages.get("window.export.save.tooltip")));
        save.disableProperty().bind(export.canExportProperty().not());
        save.setOnAction(e -> model.saveExports());

        save.setMinWidth(Region.USE_PREF_SIZE);
        copy.setMinWidth(Region.USE_PREF_SIZE);
        HBox buttons = new HBox(8, ConfigTabs.testButton(model), new Spacer(0), save, copy);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.getStyleClass().add("export-buttons");

        VBox content = new VBox(10, options, scriptSlot, buttons);
        content.getStyleClass().add("export-content");
        return content;
    }

    /**
     * "Use a field as…", next to a refusal that names missing roles: one menu per candidate
     * field, the missing roles first. Shown only when there are candidates.
     */
    private static MenuButton useFieldAs(MainViewModel model, ExportViewModel export, Messages messages) {
        MenuButton button = new MenuButton(messages.get("window.preview.useAs"));
        button.setId("useFieldAs");
        export.missingRolesProperty().addListener((o, was, missing) -> {
            button.getItems().setAll(missing.candidates().stream().map(key -> {
                Menu menu = UseAsMenu.create(key, model.roleChoices(), messages, () -> key, missing.roles());
                menu.setMnemonicParsing(false);
                menu.setId("useFieldAs-" + key);
                return menu;
            }).toList());
            button.setVisible(!missing.isEmpty() && !missing.candidates().isEmpty());
        });
        button.setVisible(false);
        button.managedProperty().bind(button.visibleProperty());
        return button;
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
