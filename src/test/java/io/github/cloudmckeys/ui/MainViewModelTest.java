package io.github.cloudmckeys.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.cloudmckeys.credentials.FieldLabels;
import io.github.cloudmckeys.credentials.FieldRoles;
import io.github.cloudmckeys.credentials.IdentityVersion;
import io.github.cloudmckeys.credentials.ServiceCredentials;
import io.github.cloudmckeys.demo.DemoPortal;
import io.github.cloudmckeys.logging.SecretRedactor;
import io.github.cloudmckeys.portal.PortalException;
import io.github.cloudmckeys.portal.ServiceEntry;
import io.github.cloudmckeys.render.ExportException;
import io.github.cloudmckeys.render.ShellDialect;
import io.github.cloudmckeys.render.script.ExportFormat;
import io.github.cloudmckeys.render.script.ExportOptions;
import io.github.cloudmckeys.render.script.PasswordMode;
import io.github.cloudmckeys.render.script.ScriptExporter;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The main view model on the same-thread runner, reading the demo portal over real HTTP. */
class MainViewModelTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-04T05:06:07Z"), ZoneOffset.UTC);
    static final FieldRoles ROLES = FieldRoles.load();
    static final FieldLabels LABELS = FieldLabels.load(Locale.ENGLISH);

    private DemoPortal portal;
    private final RecordingClipboard clipboard = new RecordingClipboard();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private MainViewModel model;

    @BeforeEach
    void connect() {
        portal = DemoPortal.start();
        model = new MainViewModel(BackgroundRunner.inPlace(), clipboard, dialogs, CLOCK, ROLES, LABELS);
        model.connect(Portals.demo(portal));
    }

    @AfterEach
    void close() {
        model.close();
        portal.close();
    }

    static ServiceEntry entry(MainViewModel model, String label) {
        return model.catalog().entries().stream().filter(e -> e.label().equals(label)).findFirst().orElseThrow();
    }

    /** The entry's credentials, read straight from the portal. */
    static ServiceCredentials credentials(DemoPortal portal, ServiceEntry entry) throws Exception {
        return ServiceCredentials.of(entry, Portals.demo(portal).opener().call().api()
                .apiInfo(entry.connectionId(), entry.environmentId()), ROLES, LABELS);
    }

    /** What the export engine writes for the entry. */
    static String expectedScript(DemoPortal portal, ServiceEntry entry, ExportFormat format, PasswordMode mode)
            throws Exception {
        return ScriptExporter.export(credentials(portal, entry), format,
                new ExportOptions(mode, CLOCK.instant(), Portals.HOST)).scriptForPasting();
    }

    @Test
    void connectingListsTheServicesAndNamesThePortal() {
        assertThat(model.catalog().entries()).hasSize(7);
        assertThat(model.portalNameProperty().get()).isEqualTo("Demo portal — sample data");
        assertThat(model.demoPortalProperty().get()).isTrue();
        assertThat(model.statusProperty().get()).isEqualTo("7 services on Demo portal — sample data");
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.banner().messageProperty().get()).isEmpty();
        assertThat(model.titleProperty().get()).isEqualTo("CloudMC Keys");
        assertThat(model.export().reasonProperty().get()).isEqualTo("Pick a service above to see its exports.");
    }

    @Test
    void suggestionsComeFromTheSharedMatcher() {
        assertThat(model.suggest("obj cco")).extracting(ServiceEntry::label)
                .startsWith("Object Storage / ccontini");
        assertThat(model.suggest("mont")).extracting(ServiceEntry::label)
                .containsExactly("Compute - Montréal / Montréal-prod", "Compute - Montréal / Montréal-staging");
        assertThat(model.suggest("  ")).isEmpty();
        assertThat(model.suggest("zzz")).isEmpty();
    }

    @Test
    void enterPicksTheBestMatchAndShowsItsCredentials() {
        model.pickBestMatch("obj");

        assertThat(model.selectedServiceProperty().get().label()).isEqualTo("Object Storage / ccontini");
        assertThat(model.titleProperty().get()).isEqualTo("CloudMC Keys — Object Storage / ccontini");
        assertThat(model.rows()).extracting(CredentialRow::label).containsExactly(
                "Authentication endpoint (deprecated)", "Project name", "User name", "Password",
                "Authentication URL", "Identity API version", "Domain ID", "S3 API access key", "S3 API secret key");
        CredentialRow password = model.rows().get(3);
        assertThat(password.isSensitive()).isTrue();
        assertThat(password.displayedValue().get()).isEqualTo(SecretRedactor.MASK);
        assertThat(password.tooltipText().get()).isEmpty();
        password.revealedProperty().set(true);
        assertThat(password.displayedValue().get()).isEqualTo("demo-Pa55w0rd!");
        assertThat(password.tooltipText().get()).isEqualTo("demo-Pa55w0rd!");
        assertThat(model.rows().get(1).displayedValue().get()).isEqualTo("system-ccontini");
    }

    @Test
    void enterWithNothingMatchingSaysSoAndKeepsWhatIsShown() {
        model.pickBestMatch("sandbox");
        model.pickBestMatch("nothing like this");

        assertThat(model.selectedServiceProperty().get().label()).isEqualTo("Object Storage / sandbox");
        assertThat(model.statusProperty().get()).isEqualTo("No service matches “nothing like this”.");
    }

    @Test
    void theScriptIsTheExportEnginesForEveryChoice() throws Exception {
        ServiceEntry swift = entry(model, "Object Storage / ccontini");
        model.select(swift);
        ExportViewModel export = model.export();

        assertThat(export.canExportProperty().get()).isTrue();
        assertThat(export.scriptProperty().get())
                .isEqualTo(expectedScript(portal, swift, ExportFormat.OPENRC_V3, PasswordMode.EMBED));
        export.identityVersionProperty().set(IdentityVersion.V2_0);
        assertThat(export.scriptProperty().get())
                .isEqualTo(expectedScript(portal, swift, ExportFormat.OPENRC_V2, PasswordMode.EMBED));
        export.dialectProperty().set(ShellDialect.POWERSHELL);
        export.promptPasswordProperty().set(true);
        assertThat(export.scriptProperty().get())
                .isEqualTo(expectedScript(portal, swift, ExportFormat.POWERSHELL_V2, PasswordMode.PROMPT));
        assertThat(export.saveButtonTextProperty().get()).isEqualTo("_Save openrc.ps1…");
    }

    @Test
    void cmdCannotPromptSoTheBoxIsClearedAndDisabled() throws Exception {
        ServiceEntry swift = entry(model, "Object Storage / ccontini");
        model.select(swift);
        ExportViewModel export = model.export();
        export.promptPasswordProperty().set(true);

        export.dialectProperty().set(ShellDialect.CMD);

        assertThat(export.promptPasswordAvailableProperty().get()).isFalse();
        assertThat(export.promptPasswordProperty().get()).isFalse();
        assertThat(export.scriptProperty().get())
                .isEqualTo(expectedScript(portal, swift, ExportFormat.CMD_V3, PasswordMode.EMBED));
        export.dialectProperty().set(ShellDialect.FISH);
        assertThat(export.promptPasswordAvailableProperty().get()).isTrue();
    }

    @Test
    void aServiceWithoutKeystoneCredentialsSaysWhyAndCannotExport() throws Exception {
        ServiceEntry compute = entry(model, "Compute - Montréal / Montréal-prod");
        ExportException why = assertThrows(ExportException.class, () -> ScriptExporter.export(
                credentials(portal, compute), ExportFormat.OPENRC_V3,
                new ExportOptions(PasswordMode.EMBED, CLOCK.instant(), Portals.HOST)));

        model.select(compute);

        assertThat(model.rows()).hasSize(4);
        assertThat(model.export().canExportProperty().get()).isFalse();
        assertThat(model.export().scriptProperty().get()).isEmpty();
        assertThat(model.export().reasonProperty().get()).isEqualTo(why.getMessage());
        model.copyExports();
        assertThat(clipboard.texts()).isEmpty();
    }

    @Test
    void copyingPutsTheScriptOrTheValueOnTheClipboard() throws Exception {
        ServiceEntry swift = entry(model, "Object Storage / ccontini");
        model.select(swift);

        model.copyExports();
        assertThat(clipboard.current())
                .isEqualTo(expectedScript(portal, swift, ExportFormat.OPENRC_V3, PasswordMode.EMBED));
        assertThat(model.statusProperty().get()).isEqualTo("Copied the Keystone v3 exports for bash/zsh.");

        CredentialRow password = model.rows().get(3);
        model.copyValue(password);
        assertThat(password.revealedProperty().get()).isFalse();
        assertThat(clipboard.current()).isEqualTo("demo-Pa55w0rd!");
        assertThat(model.statusProperty().get()).isEqualTo("Copied Password.");
    }

    @Test
    void aFailureShowsTheSentenceKeepsTheLastGoodContentAndRetryRecovers() throws Exception {
        try (LoopbackRelay relay = LoopbackRelay.to(portal.endpoint().getPort())) {
            model.connect(Portals.remote("relay", false, relay.endpointFor(portal.endpoint()), DemoPortal.API_KEY,
                    Duration.ofSeconds(5)));
            model.select(entry(model, "Object Storage / ccontini"));
            relay.stop();
            String sentence = clientSentenceFor(relay.endpointFor(portal.endpoint()));

            model.select(entry(model, "Object Storage / sandbox"));

            assertThat(model.banner().messageProperty().get()).isEqualTo(sentence);
            assertThat(model.banner().retryAvailableProperty().get()).isTrue();
            assertThat(model.selectedServiceProperty().get().label()).isEqualTo("Object Storage / ccontini");
            assertThat(model.rows().get(1).value()).isEqualTo("system-ccontini");
            assertThat(model.export().scriptProperty().get()).contains("system-ccontini");

            relay.resume();
            model.banner().retry();

            assertThat(model.banner().messageProperty().get()).isEmpty();
            assertThat(model.selectedServiceProperty().get().label()).isEqualTo("Object Storage / sandbox");
            assertThat(model.rows().get(1).value()).isEqualTo("system-sandbox");
        }
    }

    /** The sentence the portal client itself gives for {@code endpoint} as it is now. */
    static String clientSentenceFor(URI endpoint) throws Exception {
        PortalException failure = assertThrows(PortalException.class, () -> Portals.remote("relay", false, endpoint,
                DemoPortal.API_KEY, Duration.ofSeconds(5)).opener().call().api().environments());
        return failure.getMessage();
    }
}
