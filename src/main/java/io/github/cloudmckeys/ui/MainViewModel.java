package io.github.cloudmckeys.ui;

import io.github.cloudmckeys.credentials.FieldLabels;
import io.github.cloudmckeys.credentials.FieldRoles;
import io.github.cloudmckeys.i18n.Language;
import io.github.cloudmckeys.i18n.Messages;
import io.github.cloudmckeys.portal.ServiceEntry;
import io.github.cloudmckeys.render.script.ExportFormat;
import io.github.cloudmckeys.session.PortalToOpen;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.ObservableList;

/**
 * The main window without its controls: the portal, its services, the chosen service's
 * credentials and exports, and what the window says (banner, status, title). Portal and
 * disk work runs through the {@link BackgroundRunner}; only results touch the properties,
 * on the UI thread. A failure shows its sentence in the banner and leaves the last good
 * content in place; an answer that arrives after the user moved on is dropped.
 */
public final class MainViewModel {
    private final Messages messages;
    private final BackgroundRunner runner;
    private final ClipboardAutoClear clipboard;
    private final PreferencesModel preferences;
    private final DialogService dialogs;
    private final ServiceCatalog catalog = new ServiceCatalog();
    private final ExportViewModel export;
    private final ScriptSaving saving;
    private final ConfigMerging merging;
    private final CredentialsCheck credentialsCheck;
    private final PortalSwitch portals;
    private final ShownCredentials shown;
    private final ShownTabCommands shownTab = new ShownTabCommands(this);

    private final IntegerProperty inFlight = new SimpleIntegerProperty(0);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final BannerModel banner;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();


    /**
     * In English, without a countdown timer (for tests): a copied secret is cleared only when
     * the model closes, and the countdown text stays at its start.
     */
    public MainViewModel(BackgroundRunner runner, ClipboardService clipboard, DialogService dialogs, Clock clock,
                         FieldRoles roles, FieldLabels labels) {
        this(runner, clipboard, dialogs, clock, roles, labels, UiTimer.never(), ExportSetup.forCurrentUser(),
                Messages.of(Language.ENGLISH));
    }

    /**
     * @param labels   the field labels, in the same language as {@code messages}
     * @param timer    counts down to clearing a copied secret off the clipboard
     * @param setup    where "Add to my …" writes, and the S3 defaults
     * @param messages every text the window shows, in the user's language
     */
    public MainViewModel(BackgroundRunner runner, ClipboardService clipboard, DialogService dialogs, Clock clock,
                         FieldRoles roles, FieldLabels labels, UiTimer timer, ExportSetup setup, Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
        UserMessages sentences = new UserMessages(messages);
        this.banner = new BannerModel(sentences);
        this.runner = Objects.requireNonNull(runner, "runner");
        this.clipboard = new ClipboardAutoClear(clipboard, timer, status::set, messages);
        this.preferences = new PreferencesModel(dialogs, this.clipboard.delaySecondsProperty());
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.export = new ExportViewModel(clock, setup.s3Defaults(), sentences);
        this.saving = new ScriptSaving(new ViewModelWork(this), export, dialogs);
        // Config texts (clouds.yaml, AWS and rclone files) hold passwords and keys: they leave the clipboard too.
        this.merging = new ConfigMerging(new ViewModelWork(this), export.configs(), dialogs, this.clipboard::copySecret,
                setup, clock);
        this.portals = new PortalSwitch(this, this.runner);
        this.credentialsCheck = new CredentialsCheck(this::inBackground, export.configs(),
                () -> export.identityVersionProperty().get(), portals::keystone, sentences);
        this.shown = new ShownCredentials(this, export, banner, roles, labels);
        busy.bind(inFlight.greaterThan(0));
        export.maskLike(shown.rows());
        String appName = messages.get("app.name");
        title.set(appName);
        shown.selectedServiceProperty().addListener((o, was, now) -> title.set(now == null ? appName
                : messages.get("window.title.withService", catalog.displayText(now))));
    }

    // ---- portal ----------------------------------------------------------------------

    /**
     * Opens {@code target} and lists its services in the background (the first page as soon
     * as it is in). Once that worked it replaces the current portal and nothing is selected;
     * after a failure the current portal and everything shown stay.
     */
    public void connect(PortalToOpen target) {
        portals.connect(target, () -> {
            shown.clear(); // an answer from the old portal must not show up now
            export.clear();
            banner.clear();
        });
    }

    /** Shows a problem found before any portal could be opened (a missing key), without Retry. */
    public void reportProblem(String sentence) {
        banner.show(sentence, null);
    }

    /** Asks the user for another portal (the Connect… dialog) and connects to it. */
    public void openConnectDialog() {
        dialogs.askForPortal().ifPresent(this::connect);
    }

    /** Closes the portal and takes a copied secret still on the clipboard off it; for when the window closes. */
    public void close() {
        shown.clear();
        portals.close();
        clipboard.close();
    }

    /** Preferences…: the clipboard delay and the language. */
    public PreferencesModel preferences() {
        return preferences;
    }

    // ---- services --------------------------------------------------------------------

    /** Suggestions for the search field, best first. Called from the autocompletion's thread. */
    public List<ServiceEntry> suggest(String text) {
        return catalog.suggest(text);
    }

    /** Enter without a chosen suggestion: the best match for {@code text}, if any. */
    public void pickBestMatch(String text) {
        Optional<ServiceEntry> best = catalog.bestMatch(text);
        if (best.isPresent()) {
            select(best.get());
        } else if (!catalog.entries().isEmpty()) {
            status.set(messages.get("window.status.noMatch", text.strip()));
        }
    }

    /** Loads the credentials of {@code entry} in the background; what is shown changes when they arrive. */
    public void select(ServiceEntry entry) {
        shown.select(entry, portals.current());
    }

    /** "Use as…": the roles a field can be given, and giving one. */
    public RoleChoices roleChoices() {
        return shown.roleChoices();
    }

    /** The label, with the organization when two services share it: for suggestions and the title. */
    public String displayText(ServiceEntry entry) {
        return catalog.displayText(entry);
    }

    // ---- clipboard and file ----------------------------------------------------------

    /**
     * Puts the current script on the clipboard (without a byte-order mark), to be cleared
     * after the delay: a script holds the password unless it prompts, and may hold other keys.
     */
    public void copyExports() {
        export.result().ifPresent(result -> {
            clipboard.copySecret(result.scriptForPasting());
            ExportFormat format = export.format();
            status.set(messages.get("window.status.copiedExports", export.versionName(format.identityVersion()),
                    format.dialect().displayName()));
        });
    }

    /** Puts text selected in the script on the clipboard, cleared after the delay: it may hold the password. */
    public void copySelection(String text) {
        clipboard.copySecret(text);
        status.set(messages.get("window.status.copiedSelection"));
    }

    /** Puts one field's value on the clipboard, revealed or not; a secret is cleared after the delay. */
    public void copyValue(CredentialRow row) {
        if (row.isSensitive()) {
            clipboard.copySecret(row.value());
        } else {
            clipboard.copyPlain(row.value());
        }
        status.set(messages.get("window.status.copiedValue", row.label()));
    }

    /** Saves the script: asks where, asks before replacing a file, writes in the background. */
    public void saveExports() {
        saving.saveExports();
    }

    public String suggestedFileName() {
        return export.suggestedFileName();
    }

    // ---- clouds.yaml, AWS / S3, rclone, Test credentials ------------------------------

    /** Copy and "Add to my …" for the clouds.yaml, AWS / S3 and rclone tabs. */
    public ConfigMerging configFiles() {
        return merging;
    }

    /** Ctrl+Shift+C and Ctrl+S: what the selected export tab shows. */
    public ShownTabCommands shownTab() {
        return shownTab;
    }

    /** Test credentials: a token from Keystone for the credentials shown, in the selected tab's version. */
    public CredentialsCheck credentialsCheck() {
        return credentialsCheck;
    }

    // ---- shared plumbing -------------------------------------------------------------

    /** Runs portal or disk work off the UI thread, counting it as busy until its answer. */
    <T> void inBackground(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        inFlight.set(inFlight.get() + 1);
        runner.run(work, result -> {
            inFlight.set(inFlight.get() - 1);
            onSuccess.accept(result);
        }, failure -> {
            inFlight.set(inFlight.get() - 1);
            onFailure.accept(failure);
        });
    }

    /** Shows the failure's sentence in the banner, whose Retry runs {@code again}. */
    void fail(Exception failure, Runnable again) {
        banner.show(failure, again);
        status.set("");
    }

    void setStatus(String text) {
        status.set(text);
    }

    // ---- properties ------------------------------------------------------------------

    /** Every text the window shows, in the user's language: for the views. */
    public Messages messages() {
        return messages;
    }

    public ServiceCatalog catalog() {
        return catalog;
    }

    public ExportViewModel export() {
        return export;
    }

    public ReadOnlyStringProperty portalNameProperty() {
        return portals.nameProperty();
    }

    public ReadOnlyBooleanProperty demoPortalProperty() {
        return portals.demoProperty();
    }

    /** The service whose credentials are shown (not one still loading). */
    public ReadOnlyObjectProperty<ServiceEntry> selectedServiceProperty() {
        return shown.selectedServiceProperty();
    }

    public ObservableList<CredentialRow> rows() {
        return shown.rows();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The failure banner and its Retry. */
    public BannerModel banner() {
        return banner;
    }

    /** Where the last script was saved; the save dialog opens there. */
    public ObjectProperty<Path> lastSaveFolderProperty() {
        return saving.lastSaveFolderProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** "Clipboard clears in 12 s" while a copied secret is due to be cleared, else empty. */
    public ReadOnlyStringProperty clipboardCountdownProperty() {
        return clipboard.countdownProperty();
    }
}
