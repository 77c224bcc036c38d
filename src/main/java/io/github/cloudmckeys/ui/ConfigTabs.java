package io.github.cloudmckeys.ui;

import io.github.cloudmckeys.i18n.Messages;
import io.github.cloudmckeys.render.ShellDialect;
import io.github.cloudmckeys.render.config.ConfigFormat;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The export tabs beyond the openrc, after the two Keystone tabs: clouds.yaml (with its
 * secure.yaml), AWS / S3 and rclone, each with the entry name, its file, Copy and "Add to
 * my …"; and Test credentials with its answer for the Keystone tabs.
 */
final class ConfigTabs {
    /** The tabs' own looks, added to the export pane. */
    static final String STYLESHEET = ConfigTabs.class.getResource("config-tabs.css").toExternalForm();

    private ConfigTabs() {
    }

    /** What the AWS / S3 and rclone choices show for each format, in the window's language. */
    private static Map<ConfigFormat, String> shownNames(Messages messages) {
        return Map.of(
                // The AWS files are named by their paths, which are the same in every language.
                ConfigFormat.AWS_CREDENTIALS, "~/.aws/credentials", ConfigFormat.AWS_CONFIG, "~/.aws/config",
                ConfigFormat.AWS_CONFIG_PROCESS, messages.get("window.aws.fetching"),
                ConfigFormat.S3_ENV_SH, messages.get("window.aws.exportsFor", ShellDialect.POSIX.displayName()),
                ConfigFormat.S3_ENV_FISH, messages.get("window.aws.exportsFor", ShellDialect.FISH.displayName()),
                ConfigFormat.S3_ENV_POWERSHELL,
                messages.get("window.aws.exportsFor", ShellDialect.POWERSHELL.displayName()),
                ConfigFormat.S3_ENV_CMD, messages.get("window.aws.exportsFor", ShellDialect.CMD.displayName()),
                ConfigFormat.RCLONE_SWIFT, messages.get("window.rclone.swift"),
                ConfigFormat.RCLONE_S3, messages.get("window.rclone.s3"));
    }

    static List<Tab> create(MainViewModel model) {
        return List.of(cloudsYaml(model), aws(model), rclone(model));
    }

    private static Tab cloudsYaml(MainViewModel model) {
        ConfigExportViewModel configs = model.export().configs();
        Messages messages = model.messages();
        CheckBox split = new CheckBox(messages.get("window.clouds.passwordInSecureYaml"));
        split.setId("passwordInSecureYaml");
        split.selectedProperty().bindBidirectional(configs.passwordInSecureYamlProperty());
        split.setTooltip(new Tooltip(messages.get("window.clouds.passwordInSecureYaml.tooltip")));

        TextArea clouds = text("cloudsYamlText", "clouds.yaml", configs.clouds().textProperty(), messages);
        TextArea secure = text("secureYamlText", "secure.yaml", configs.secureYamlProperty(), messages);
        secure.visibleProperty().bind(configs.secureYamlProperty().isNotEmpty());
        secure.managedProperty().bind(secure.visibleProperty());
        VBox texts = new VBox(6, clouds, secure);
        VBox.setVgrow(clouds, Priority.ALWAYS);
        secure.setPrefRowCount(4);

        Button copy = button("copyCloudsYaml", messages.get("window.clouds.copy"), configs.clouds(),
                model.configFiles()::copyCloudsYaml);
        Button copySecure = button("copySecureYaml", messages.get("window.clouds.copySecure"), configs.clouds(),
                model.configFiles()::copySecureYaml);
        copySecure.visibleProperty().bind(configs.secureYamlProperty().isNotEmpty());
        copySecure.managedProperty().bind(copySecure.visibleProperty());
        Button add = button("addToCloudsYaml", messages.get("window.clouds.add"), configs.clouds(),
                model.configFiles()::addToCloudsYaml);
        add.getStyleClass().add("primary");
        add.setTooltip(new Tooltip(messages.get("window.clouds.add.tooltip")));
        return tab("cloudsYamlTab", messages.get("window.tab.cloudsYaml"),
                content(model, split, texts, configs.clouds(), copySecure, copy, add));
    }

    private static Tab aws(MainViewModel model) {
        ConfigExportViewModel configs = model.export().configs();
        Messages messages = model.messages();
        ComboBox<ConfigFormat> shown = choice("awsFormat", messages, configs.awsFormatProperty(),
                ConfigFormat.AWS_CREDENTIALS,
                ConfigFormat.AWS_CONFIG, ConfigFormat.AWS_CONFIG_PROCESS, ConfigFormat.S3_ENV_SH,
                ConfigFormat.S3_ENV_FISH, ConfigFormat.S3_ENV_POWERSHELL, ConfigFormat.S3_ENV_CMD);
        TextArea area = text("awsText", messages.get("window.aws.text"), configs.aws().textProperty(), messages);
        // When to prefer the profile that fetches the keys: said under the choice while it is chosen.
        Label whenToPrefer = new Label(messages.get("window.aws.fetching.hint"));
        whenToPrefer.setId("awsFetchingHint");
        whenToPrefer.setWrapText(true);
        whenToPrefer.visibleProperty().bind(configs.awsFormatProperty().isEqualTo(ConfigFormat.AWS_CONFIG_PROCESS));
        whenToPrefer.managedProperty().bind(whenToPrefer.visibleProperty());
        VBox text = new VBox(6, whenToPrefer, area);
        VBox.setVgrow(area, Priority.ALWAYS);
        Button copy = button("copyAws", messages.get("window.config.copy"), configs.aws(),
                model.configFiles()::copyAws);
        Button add = button("addToAwsProfiles", messages.get("window.aws.add"), configs.aws(),
                model.configFiles()::addToAwsProfiles);
        add.getStyleClass().add("primary");
        add.setTooltip(new Tooltip(messages.get("window.aws.add.tooltip")));
        return tab("awsTab", messages.get("window.tab.aws"), content(model, shown, text, configs.aws(), copy, add));
    }

    private static Tab rclone(MainViewModel model) {
        ConfigExportViewModel configs = model.export().configs();
        Messages messages = model.messages();
        ComboBox<ConfigFormat> shown = choice("rcloneFormat", messages, configs.rcloneFormatProperty(),
                ConfigFormat.RCLONE_SWIFT, ConfigFormat.RCLONE_S3);
        TextArea text = text("rcloneText", messages.get("window.rclone.text"), configs.rclone().textProperty(),
                messages);
        Button copy = button("copyRclone", messages.get("window.config.copy"), configs.rclone(),
                model.configFiles()::copyRclone);
        Button add = button("addToRcloneConf", messages.get("window.rclone.add"), configs.rclone(),
                model.configFiles()::addToRcloneConf);
        add.getStyleClass().add("primary");
        return tab("rcloneTab", messages.get("window.tab.rclone"),
                content(model, shown, text, configs.rclone(), copy, add));
    }

    /** The Keystone tabs' Test credentials button, for their command row. */
    static Button testButton(MainViewModel model) {
        CredentialsCheck check = model.credentialsCheck();
        Button test = new Button(model.messages().get("window.test"));
        test.setId("testCredentials");
        test.setTooltip(new Tooltip(model.messages().get("window.test.tooltip")));
        test.disableProperty().bind(model.export().canExportProperty().not().or(check.runningProperty()));
        test.setOnAction(e -> check.test());
        test.setMinWidth(Region.USE_PREF_SIZE);
        return test;
    }

    /** What the last Test credentials said, whole (it wraps); takes no room until then. */
    static Label testAnswer(MainViewModel model) {
        CredentialsCheck check = model.credentialsCheck();
        Label answer = new Label();
        answer.setId("testResult");
        answer.setWrapText(true);
        answer.setMinHeight(Region.USE_PREF_SIZE);
        answer.setMaxWidth(Double.MAX_VALUE);
        answer.getStyleClass().add("test-result");
        answer.textProperty().bind(check.sentenceProperty());
        answer.visibleProperty().bind(answer.textProperty().isNotEmpty());
        answer.managedProperty().bind(answer.visibleProperty());
        check.outcomeProperty().addListener((o, was, now) -> {
            answer.getStyleClass().removeAll("ok", "refused", "failed");
            switch (now) {
                case TOKEN -> answer.getStyleClass().add("ok");
                case REFUSED -> answer.getStyleClass().add("refused");
                case FAILED -> answer.getStyleClass().add("failed");
                default -> { }
            }
        });
        return answer;
    }

    private static VBox content(MainViewModel model, Node option, Node texts, ConfigExportViewModel.Output output,
                                Button... buttons) {
        Messages messages = model.messages();
        Label nameLabel = new Label(messages.get("window.config.name"));
        TextField name = new TextField();
        name.getStyleClass().add("entry-name");
        name.setPrefColumnCount(16);
        name.textProperty().bindBidirectional(model.export().configs().entryNameProperty());
        name.setTooltip(new Tooltip(messages.get("window.config.name.tooltip")));
        nameLabel.setLabelFor(name);
        nameLabel.setMnemonicParsing(true);
        Region gap = new Region();
        gap.setMinWidth(12);
        HBox options = new HBox(10, nameLabel, name, gap, option);
        options.setAlignment(Pos.CENTER_LEFT);
        options.getStyleClass().add("export-options");

        Label reason = new Label();
        reason.getStyleClass().add("export-reason");
        reason.setWrapText(true);
        reason.textProperty().bind(output.reasonProperty());
        reason.visibleProperty().bind(output.reasonProperty().isNotEmpty());
        texts.visibleProperty().bind(output.reasonProperty().isEmpty());
        StackPane slot = new StackPane(texts, reason);
        slot.getStyleClass().add("script-slot");
        VBox.setVgrow(slot, Priority.ALWAYS);

        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox row = new HBox(8);
        row.getChildren().add(grow);
        row.getChildren().addAll(buttons);
        for (Button button : buttons) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        row.setAlignment(Pos.CENTER_RIGHT);
        row.getStyleClass().add("export-buttons");

        VBox content = new VBox(10, options, slot, row);
        content.getStyleClass().add("export-content");
        return content;
    }

    private static Tab tab(String id, String title, VBox content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        return tab;
    }

    private static TextArea text(String id, String what, ObservableValue<String> source, Messages messages) {
        TextArea area = new TextArea();
        area.setId(id);
        area.getStyleClass().add("script");
        area.setEditable(false);
        area.setWrapText(false);
        area.setAccessibleText(what);
        area.textProperty().bind(source);
        area.setContextMenu(readOnlyMenu(area, messages));
        return area;
    }

    /**
     * Copy and Select all for a text the user reads but does not edit. JavaFX's own menu
     * speaks the JVM's language, not the one chosen, and offers Cut, Paste and Undo, which do nothing here.
     */
    static ContextMenu readOnlyMenu(TextArea area, Messages messages) {
        MenuItem copy = new MenuItem(messages.get("window.menu.copy"));
        copy.setOnAction(e -> area.copy());
        MenuItem selectAll = new MenuItem(messages.get("window.menu.selectAll"));
        selectAll.setOnAction(e -> area.selectAll());
        ContextMenu menu = new ContextMenu(copy, selectAll);
        menu.setOnShowing(e -> copy.setDisable(area.getSelectedText().isEmpty()));
        return menu;
    }

    private static Button button(String id, String text, ConfigExportViewModel.Output output, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.disableProperty().bind(Bindings.createBooleanBinding(() -> !output.reasonProperty().get().isEmpty(),
                output.reasonProperty()));
        button.setOnAction(e -> action.run());
        return button;
    }

    private static ComboBox<ConfigFormat> choice(String id, Messages messages, ObjectProperty<ConfigFormat> property,
                                                 ConfigFormat... formats) {
        Map<ConfigFormat, String> shownNames = shownNames(messages);
        ComboBox<ConfigFormat> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(formats);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(ConfigFormat format) {
                return format == null ? "" : shownNames.get(format);
            }

            @Override
            public ConfigFormat fromString(String text) {
                return null; // not editable
            }
        });
        box.valueProperty().bindBidirectional(property);
        return box;
    }
}
