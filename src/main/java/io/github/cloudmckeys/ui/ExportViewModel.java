package io.github.cloudmckeys.ui;

import io.github.cloudmckeys.credentials.FieldRole;
import io.github.cloudmckeys.credentials.IdentityVersion;
import io.github.cloudmckeys.credentials.MissingRoles;
import io.github.cloudmckeys.credentials.ServiceCredentials;
import io.github.cloudmckeys.session.CaFileInExports;
import io.github.cloudmckeys.render.ExportException;
import io.github.cloudmckeys.render.ShellDialect;
import io.github.cloudmckeys.render.config.S3Defaults;
import io.github.cloudmckeys.render.script.ExportFormat;
import io.github.cloudmckeys.render.script.ExportOptions;
import io.github.cloudmckeys.render.script.ExportResult;
import io.github.cloudmckeys.render.script.PasswordMode;
import io.github.cloudmckeys.render.script.ScriptExporter;
import java.text.Normalizer;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The export area: which script (identity version, shell, password prompt), the script
 * itself or the reason there is none. The export engine writes the script; this only
 * asks it again whenever the credentials or a choice change.
 */
public final class ExportViewModel {
    private final Clock clock;
    private final UserMessages sentences;
    /** "Pick a service above to see its exports.", in the window's language. */
    private final String nothingSelected;
    private final ObjectProperty<IdentityVersion> identityVersion = new SimpleObjectProperty<>(IdentityVersion.V3);
    private final ObjectProperty<ShellDialect> dialect = new SimpleObjectProperty<>(ShellDialect.POSIX);
    private final BooleanProperty promptPassword = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper promptPasswordAvailable = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyStringWrapper script = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper("");
    /** The values of the secrets the table does not show: masked in the preview. */
    private List<String> hiddenSecrets = List.of();
    private String previewUnmasked = "";
    private final ReadOnlyStringWrapper reason = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper canExport = new ReadOnlyBooleanWrapper(false);
    /** What the refused script lacks and the fields that could give it: for "Use a field as…". */
    private final ReadOnlyObjectWrapper<MissingRoles> missingRoles =
            new ReadOnlyObjectWrapper<>(new MissingRoles(List.of(), List.of()));
    private final ReadOnlyStringWrapper saveButtonText = new ReadOnlyStringWrapper();
    private ServiceCredentials credentials;
    private String portalHost = "";
    private CaFileInExports.ForService caFiles = CaFileInExports.ForService.NONE;
    private ExportResult result;
    /** The clouds.yaml, AWS / S3 and rclone tabs. */
    private final ConfigExportViewModel configs;

    ExportViewModel(Clock clock, S3Defaults s3Defaults, UserMessages sentences) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sentences = Objects.requireNonNull(sentences, "sentences");
        this.nothingSelected = sentences.messages().get("window.export.nothingSelected");
        this.configs = new ConfigExportViewModel(clock, s3Defaults, sentences);
        identityVersion.addListener((o, was, now) -> refresh());
        dialect.addListener((o, was, now) -> {
            boolean canPrompt = format().supportsPasswordPrompt();
            promptPasswordAvailable.set(canPrompt);
            if (!canPrompt) {
                promptPassword.set(false); // cmd cannot ask; the box shows what the script does
            }
            refresh();
        });
        promptPassword.addListener((o, was, now) -> refresh());
        refresh();
    }

    /** Shows the script for these credentials, read from {@code portalHost}; {@code cas}: the CA file they name. */
    void show(ServiceCredentials shown, String host, CaFileInExports.ForService cas) {
        this.credentials = Objects.requireNonNull(shown, "shown");
        this.portalHost = host == null ? "" : host;
        this.caFiles = Objects.requireNonNull(cas, "cas");
        refresh();
        configs.show(shown, this.portalHost, cas);
    }

    /** Back to "nothing selected" (another portal). */
    void clear() {
        credentials = null;
        refresh();
        configs.clear();
    }

    /** The clouds.yaml, AWS / S3 and rclone tabs. */
    public ConfigExportViewModel configs() {
        return configs;
    }

    private void refresh() {
        saveButtonText.set(sentences.messages().get("window.export.save", format().fileExtension()));
        if (credentials == null) {
            setResult(null, nothingSelected);
            return;
        }
        PasswordMode mode = promptPassword.get() && format().supportsPasswordPrompt()
                ? PasswordMode.PROMPT : PasswordMode.EMBED;
        try {
            setResult(ScriptExporter.export(credentials, format(), new ExportOptions(mode, clock.instant(), portalHost,
                    sentences.messages().language()).withCaFile(caFiles.forKeystone(identityVersion.get()))),
                    "");
        } catch (ExportException e) {
            setResult(null, sentences.sentence(e));
            missingRoles.set(MissingRoles.forKeystone(credentials, identityVersion.get() != IdentityVersion.V3));
        }
    }

    private void setResult(ExportResult written, String why) {
        result = written;
        missingRoles.set(new MissingRoles(List.of(), List.of()));
        script.set(written == null ? "" : written.scriptForPasting());
        refreshPreview();
        reason.set(why);
        canExport.set(written != null);
    }

    /** The roles the refused script lacks and the candidate keys; empty roles when there is a script. */
    public ReadOnlyObjectProperty<MissingRoles> missingRolesProperty() {
        return missingRoles.getReadOnlyProperty();
    }

    /** The preview masks what the table masks: revealing a row reveals it in the preview too. */
    void maskLike(ObservableList<CredentialRow> rows) {
        rows.addListener((ListChangeListener<CredentialRow>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(row ->
                        row.revealedProperty().addListener((o, was, now) -> hideInPreview(rows)));
            }
            hideInPreview(rows);
        });
    }

    private void hideInPreview(List<CredentialRow> rows) {
        hiddenSecrets = rows.stream().filter(row -> row.isSensitive() && !row.revealedProperty().get())
                .map(CredentialRow::value).toList();
        refreshPreview();
    }

    private void refreshPreview() {
        String header = sentences.messages().get("window.export.previewHeader");
        previewUnmasked = ScriptPreview.of(script.get(), dialect.get(), List.of(), header);
        preview.set(ScriptPreview.of(script.get(), dialect.get(), hiddenSecrets, header));
    }

    /** What a selection {@code start}–{@code end} of the preview copies: the script's own text, masks undone. */
    public String previewSelection(int start, int end) {
        return ScriptPreview.unmasked(preview.get(), previewUnmasked, start, end);
    }

    /** "Keystone v3", "Keystone v2.0 (deprecated)" in the window's language. */
    String versionName(IdentityVersion version) {
        return sentences.messages().get(version == IdentityVersion.V3 ? "window.version.v3" : "window.version.v2");
    }

    public ExportFormat format() {
        return ExportFormat.of(dialect.get(), identityVersion.get());
    }

    /** The current script, when there is one. */
    Optional<ExportResult> result() {
        return Optional.ofNullable(result);
    }

    /**
     * {@code <project>-openrc.sh} ({@code -openrc-v2.sh} for Keystone v2.0; {@code .fish},
     * {@code .ps1}, {@code .cmd} for the other shells), the project name made safe for a file name.
     */
    public String suggestedFileName() {
        String base = credentials == null ? "" : fileNamePart(credentials.value(FieldRole.PROJECT_NAME)
                .orElse(credentials.service().environmentName()));
        String name = (base.isEmpty() ? "" : base + "-") + "openrc"
                + (identityVersion.get() == IdentityVersion.V3 ? "" : "-v2");
        return name + format().fileExtension();
    }

    /** ASCII letters, digits, '.', '_' and '-' only (accents dropped, anything else a '-'), never starting with '.'. */
    static String fileNamePart(String text) {
        String unaccented = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        return unaccented.replaceAll("[^A-Za-z0-9._-]+", "-")
                .replaceAll("-{2,}", "-")
                .replaceAll("^[.-]+|-+$", "");
    }

    public ObjectProperty<IdentityVersion> identityVersionProperty() {
        return identityVersion;
    }

    public ObjectProperty<ShellDialect> dialectProperty() {
        return dialect;
    }

    /** Ask for the password when the script is sourced, instead of writing it in. */
    public BooleanProperty promptPasswordProperty() {
        return promptPassword;
    }

    /** False for cmd, which cannot read a password without echoing it. */
    public ReadOnlyBooleanProperty promptPasswordAvailableProperty() {
        return promptPasswordAvailable.getReadOnlyProperty();
    }

    /** The script as shown and copied; empty when there is none. */
    public ReadOnlyStringProperty scriptProperty() {
        return script.getReadOnlyProperty();
    }

    /** The script as the pane shows it: the variables first, secrets masked unless revealed ({@link ScriptPreview}). */
    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** Why there is no script (one sentence); empty when there is one. */
    public ReadOnlyStringProperty reasonProperty() {
        return reason.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canExportProperty() {
        return canExport.getReadOnlyProperty();
    }

    /** "_Save openrc.sh…", following the shell's extension; '_' marks the mnemonic. */
    public ReadOnlyStringProperty saveButtonTextProperty() {
        return saveButtonText.getReadOnlyProperty();
    }
}
