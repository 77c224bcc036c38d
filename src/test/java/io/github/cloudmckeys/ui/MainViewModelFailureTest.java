package io.github.cloudmckeys.ui;

import io.github.cloudmckeys.session.PortalToOpen;
import static io.github.cloudmckeys.ui.MainViewModelTest.CLOCK;
import static io.github.cloudmckeys.ui.MainViewModelTest.LABELS;
import static io.github.cloudmckeys.ui.MainViewModelTest.ROLES;
import static io.github.cloudmckeys.ui.MainViewModelTest.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.cloudmckeys.demo.DemoPortal;
import io.github.cloudmckeys.portal.PortalException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Portals that refuse or fail, on the same-thread runner, over real HTTP. */
class MainViewModelFailureTest {
    private DemoPortal portal;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private MainViewModel model;

    @BeforeEach
    void start() {
        portal = DemoPortal.start();
        model = new MainViewModel(BackgroundRunner.inPlace(), new RecordingClipboard(), dialogs, CLOCK, ROLES, LABELS);
    }

    @AfterEach
    void close() {
        model.close();
        portal.close();
    }

    private PortalToOpen withKey(String key) {
        return Portals.remote("127.0.0.1", false, portal.endpoint(), key, Duration.ofSeconds(5));
    }

    @Test
    void aWrongKeyShowsTheClientsSentenceAndTheRightOneThroughConnectRecovers() throws Exception {
        PortalException refused = assertThrows(PortalException.class,
                () -> withKey("not-the-key").opener().call().api().environments());

        model.connect(withKey("not-the-key"));

        assertThat(refused.kind()).isEqualTo(PortalException.Kind.UNAUTHORIZED);
        assertThat(model.banner().messageProperty().get()).isEqualTo(refused.getMessage());
        assertThat(model.banner().messageProperty().get()).doesNotContain("not-the-key");
        assertThat(model.catalog().entries()).isEmpty();
        assertThat(model.busyProperty().get()).isFalse();

        dialogs.answerPortalWith(withKey(DemoPortal.API_KEY));
        model.openConnectDialog();

        assertThat(model.banner().messageProperty().get()).isEmpty();
        assertThat(model.catalog().entries()).hasSize(7);
    }

    @Test
    void aFailedSwitchKeepsThePortalAndServicesThatWork() {
        model.connect(Portals.demo(portal));
        model.select(entry(model, "Object Storage / ccontini"));

        model.connect(withKey("not-the-key"));

        assertThat(model.banner().messageProperty().get()).isNotEmpty();
        assertThat(model.portalNameProperty().get()).isEqualTo("Demo portal — sample data");
        assertThat(model.selectedServiceProperty().get().label()).isEqualTo("Object Storage / ccontini");
        model.select(entry(model, "Object Storage / sandbox"));
        assertThat(model.rows().get(1).value()).isEqualTo("system-sandbox");
        assertThat(model.banner().messageProperty().get()).isEmpty();
    }

    @Test
    void retryConnectsOnceThePortalIsBack() throws Exception {
        try (LoopbackRelay relay = LoopbackRelay.to(portal.endpoint().getPort())) {
            relay.stop();
            model.connect(Portals.remote("127.0.0.1", false, relay.endpointFor(portal.endpoint()),
                    DemoPortal.API_KEY, Duration.ofSeconds(5)));
            assertThat(model.banner().messageProperty().get())
                    .isEqualTo(MainViewModelTest.clientSentenceFor(relay.endpointFor(portal.endpoint())));
            assertThat(model.banner().retryAvailableProperty().get()).isTrue();

            relay.resume();
            model.banner().retry();

            assertThat(model.banner().messageProperty().get()).isEmpty();
            assertThat(model.catalog().entries()).hasSize(7);
        }
    }

    @Test
    void aBugIsReportedWithoutWhatItsMessageHolds() {
        model.connect(new PortalToOpen("broken", false, () -> {
            throw new IllegalStateException("value=hunter2");
        }));

        assertThat(model.banner().messageProperty().get()).contains("IllegalStateException").doesNotContain("hunter2");
    }

    @Test
    void aProblemBeforeAnyPortalHasNoRetry() {
        model.reportProblem("No API key: set CLOUDMC_API_KEY.");

        assertThat(model.banner().messageProperty().get()).isEqualTo("No API key: set CLOUDMC_API_KEY.");
        assertThat(model.banner().retryAvailableProperty().get()).isFalse();
        model.banner().dismiss();
        assertThat(model.banner().messageProperty().get()).isEmpty();
    }

    @Test
    void cancellingTheConnectDialogChangesNothing() {
        model.connect(Portals.demo(portal));

        model.openConnectDialog();

        assertThat(model.portalNameProperty().get()).isEqualTo("Demo portal — sample data");
        assertThat(model.catalog().entries()).hasSize(7);
    }
}
