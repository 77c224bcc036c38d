package io.github.cloudmckeys.ui;

import io.github.cloudmckeys.credentials.ServiceCredentials;
import io.github.cloudmckeys.render.ExportException;
import io.github.cloudmckeys.render.config.ConfigExporter;
import io.github.cloudmckeys.render.config.ConfigFormat;
import io.github.cloudmckeys.render.config.ConfigOptions;
import io.github.cloudmckeys.render.config.ConfigResult;
import io.github.cloudmckeys.render.config.EntryNames;
import io.github.cloudmckeys.render.config.S3Defaults;
import io.github.cloudmckeys.session.CaFileInExports;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The tabs beyond the openrc: clouds.yaml (and secure.yaml), AWS / S3, rclone. One entry
 * name serves the three (the environment's name until the user edits it); each tab shows
 * its file or the one sentence saying why there is none. The export engine writes them.
 */
public final class ConfigExportViewModel {
    /** One tab's text, or why there is none. */
    public static final class Output {
        private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
        private final ReadOnlyStringWrapper reason;
        private ConfigResult result;

        Output(String nothingSelected) {
            reason = new ReadOnlyStringWrapper(nothingSelected);
        }

        void set(ConfigResult written, String why) {
            result = written;
            text.set(written == null ? "" : written.textForPasting());
            reason.set(why);
        }

        Optional<ConfigResult> result() {
            return Optional.ofNullable(result);
        }

        public ReadOnlyStringProperty textProperty() {
            return text.getReadOnlyProperty();
        }

        /** Empty when there is a text. */
        public ReadOnlyStringProperty reasonProperty() {
            return reason.getReadOnlyProperty();
        }
    }

    private final Clock clock;
    private final UserMessages sentences;
    private final String nothingSelected;
    private final S3Defaults s3Defaults;
    private final StringProperty entryName = new SimpleStringProperty("");
    private final BooleanProperty passwordInSecureYaml = new SimpleBooleanProperty(false);
    private final ObjectProperty<ConfigFormat> awsFormat = new SimpleObjectProperty<>(ConfigFormat.AWS_CREDENTIALS);
    private final ObjectProperty<ConfigFormat> rcloneFormat = new SimpleObjectProperty<>(ConfigFormat.RCLONE_SWIFT);
    private final Output clouds;
    private final ReadOnlyStringWrapper secureYaml = new ReadOnlyStringWrapper("");
    private final Output aws;
    private final Output rclone;
    private final ReadOnlyObjectWrapper<ServiceCredentials> shown = new ReadOnlyObjectWrapper<>();
    private ServiceCredentials credentials;
    private String portalHost = "";
    private CaFileInExports.ForService caFiles = CaFileInExports.ForService.NONE;

    ConfigExportViewModel(Clock clock, S3Defaults s3Defaults, UserMessages sentences) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sentences = Objects.requireNonNull(sentences, "sentences");
        this.nothingSelected = sentences.messages().get("window.export.nothingSelected");
        this.clouds = new Output(nothingSelected);
        this.aws = new Output(nothingSelected);
        this.rclone = new Output(nothingSelected);
        this.s3Defaults = Objects.requireNonNull(s3Defaults, "s3Defaults");
        entryName.addListener((o, was, now) -> refresh());
        passwordInSecureYaml.addListener((o, was, now) -> refresh());
        awsFormat.addListener((o, was, now) -> refresh());
        rcloneFormat.addListener((o, was, now) -> refresh());
    }

    void show(ServiceCredentials shown, String host, CaFileInExports.ForService cas) {
        credentials = Objects.requireNonNull(shown, "shown");
        portalHost = host == null ? "" : host;
        caFiles = Objects.requireNonNull(cas, "cas");
        String before = entryName.get();
        entryName.set(EntryNames.defaultName(shown));
        if (entryName.get().equals(before)) {
            refresh(); // the listener did not run
        }
        this.shown.set(shown);
    }

    void clear() {
        credentials = null;
        refresh();
        shown.set(null);
    }

    /** The credentials the tabs are written from; null when no service is shown. */
    ReadOnlyObjectProperty<ServiceCredentials> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    Optional<ServiceCredentials> credentials() {
        return Optional.ofNullable(credentials);
    }

    private void refresh() {
        if (credentials == null) {
            clouds.set(null, nothingSelected);
            aws.set(null, nothingSelected);
            rclone.set(null, nothingSelected);
            secureYaml.set("");
            return;
        }
        write(clouds, ConfigFormat.CLOUDS_YAML);
        secureYaml.set(clouds.result().flatMap(ConfigResult::secureYaml).orElse(""));
        write(aws, awsFormat.get());
        write(rclone, rcloneFormat.get());
    }

    private void write(Output output, ConfigFormat format) {
        try {
            output.set(export(format), "");
        } catch (ExportException e) {
            output.set(null, sentences.sentence(e));
        }
    }

    /** The file in {@code format} for the current service, name and choices; only while a service is shown. */
    ConfigResult export(ConfigFormat format) throws ExportException {
        if (credentials == null) {
            throw new IllegalStateException("no service is shown"); // callers check first: a bug, not the user's
        }
        return ConfigExporter.export(credentials, format, new ConfigOptions(entryName.get().strip(), s3Defaults,
                passwordInSecureYaml.get(), clock.instant(), portalHost, sentences.messages().language())
                .withCaFile(caFiles.forConfig(format)));
    }

    /** The cloud, profile or remote name; the environment's name made valid when a service is picked. */
    public StringProperty entryNameProperty() {
        return entryName;
    }

    /** clouds.yaml: the password goes to secure.yaml. */
    public BooleanProperty passwordInSecureYamlProperty() {
        return passwordInSecureYaml;
    }

    /** Which AWS file or S3 script the AWS / S3 tab shows. */
    public ObjectProperty<ConfigFormat> awsFormatProperty() {
        return awsFormat;
    }

    /** Which rclone remote the rclone tab shows: Swift or S3. */
    public ObjectProperty<ConfigFormat> rcloneFormatProperty() {
        return rcloneFormat;
    }

    public Output clouds() {
        return clouds;
    }

    /** The secure.yaml that goes with clouds.yaml; empty unless the password is split off. */
    public ReadOnlyStringProperty secureYamlProperty() {
        return secureYaml.getReadOnlyProperty();
    }

    public Output aws() {
        return aws;
    }

    public Output rclone() {
        return rclone;
    }
}
