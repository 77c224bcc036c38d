package io.github.cloudmckeys.ui;

import io.github.cloudmckeys.session.ConnectedPortal;
import io.github.cloudmckeys.session.PortalToOpen;
import static io.github.cloudmckeys.ui.MainViewModelTest.CLOCK;
import static io.github.cloudmckeys.ui.MainViewModelTest.LABELS;
import static io.github.cloudmckeys.ui.MainViewModelTest.ROLES;
import static io.github.cloudmckeys.ui.MainViewModelTest.entry;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudmckeys.demo.DemoPortal;
import io.github.cloudmckeys.portal.ServiceEntry;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Answers that arrive late, out of order or not at all, with a runner the test steps by
 * hand; the portal is the demo portal over real HTTP.
 */
class MainViewModelOrderTest {
    private DemoPortal portal;
    private final ManualRunner runner = new ManualRunner();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private MainViewModel model;

    @BeforeEach
    void connect() {
        portal = DemoPortal.start();
        model = new MainViewModel(runner, new RecordingClipboard(), dialogs, CLOCK, ROLES, LABELS);
        model.connect(Portals.demo(portal));
    }

    @AfterEach
    void close() {
        model.close();
        portal.close();
    }

    @Test
    void busyWhileThePortalIsReadAndTheNameShowsAtOnce() {
        assertThat(model.busyProperty().get()).isTrue();
        assertThat(model.portalNameProperty().get()).isEqualTo("Demo portal — sample data");
        assertThat(model.statusProperty().get()).isEqualTo("Connecting to Demo portal — sample data…");

        runner.runAll();

        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.catalog().entries()).hasSize(7);
    }

    @Test
    void aLateAnswerForAServiceTheUserLeftIsDropped() {
        runner.runAll();
        ServiceEntry first = entry(model, "Object Storage / ccontini");
        ServiceEntry second = entry(model, "Object Storage / sandbox");

        model.select(first);
        model.select(second);
        assertThat(runner.pending()).isEqualTo(2);
        runner.runLast();
        runner.runFirst();

        assertThat(model.selectedServiceProperty().get()).isEqualTo(second);
        assertThat(model.rows().get(1).value()).isEqualTo("system-sandbox");
        assertThat(model.titleProperty().get()).isEqualTo("CloudMC Keys — Object Storage / sandbox");
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void pickingTheServiceThatIsLoadingDoesNotAskTwice() {
        runner.runAll();
        ServiceEntry swift = entry(model, "Object Storage / ccontini");

        model.select(swift);
        model.pickBestMatch("Object Storage / ccontini");

        assertThat(runner.pending()).isEqualTo(1);
        runner.runAll();
        assertThat(model.selectedServiceProperty().get()).isEqualTo(swift);
    }

    @Test
    void anotherPortalReplacesTheServicesAndClosesTheOldConnection() {
        runner.runAll();
        model.select(entry(model, "Object Storage / ccontini"));
        runner.runAll();
        AtomicInteger closed = new AtomicInteger();
        try (DemoPortal other = DemoPortal.start()) {
            PortalToOpen plain = Portals.remote("portal.example.com", false, other.endpoint(), DemoPortal.API_KEY,
                    Duration.ofSeconds(5));
            model.connect(new PortalToOpen(plain.displayName(), false, () -> {
                ConnectedPortal opened = plain.opener().call();
                return new CountingConnection(opened, closed);
            }));
            assertThat(model.portalNameProperty().get()).isEqualTo("Demo portal — sample data");
            runner.runAll();

            assertThat(model.portalNameProperty().get()).isEqualTo("portal.example.com");
            assertThat(model.demoPortalProperty().get()).isFalse();
            assertThat(model.selectedServiceProperty().get()).isNull();
            assertThat(model.rows()).isEmpty();
            assertThat(model.export().canExportProperty().get()).isFalse();
            assertThat(model.catalog().entries()).hasSize(7);
            model.close();
            assertThat(closed).hasValue(1);
        }
    }

    @Test
    void aConnectionThatAnswersAfterANewerOneIsClosedAndIgnored() {
        runner.runAll();
        AtomicInteger closed = new AtomicInteger();
        PortalToOpen slow = new PortalToOpen("slow.example.com", false,
                () -> new CountingConnection(Portals.demo(portal).opener().call(), closed));
        PortalToOpen fast = new PortalToOpen("fast.example.com", false, Portals.demo(portal).opener());

        model.connect(slow);
        model.connect(fast);
        runner.runLast();
        runner.runAll();

        assertThat(model.portalNameProperty().get()).isEqualTo("fast.example.com");
        assertThat(closed).hasValue(1);
    }

    @Test
    void aServicePickedWhileAnotherPortalOpensStillShowsIfTheSwitchFails() {
        runner.runAll();
        ServiceEntry sandbox = entry(model, "Object Storage / sandbox");
        model.connect(Portals.remote("127.0.0.1", false, portal.endpoint(), "a-wrong-key", Duration.ofSeconds(5)));
        model.select(sandbox);

        runner.runLast();
        runner.runAll();

        assertThat(model.selectedServiceProperty().get()).isEqualTo(sandbox);
        assertThat(model.banner().messageProperty().get()).isNotEmpty();
        assertThat(model.portalNameProperty().get()).isEqualTo("Demo portal — sample data");
    }

    @Test
    void aServiceFromThePortalBeingReplacedDoesNotShowUpAfterTheSwitch() {
        runner.runAll();
        model.select(entry(model, "Object Storage / sandbox"));
        model.connect(new PortalToOpen("other", false, Portals.demo(portal).opener()));

        runner.runLast();
        runner.runAll();

        assertThat(model.portalNameProperty().get()).isEqualTo("other");
        assertThat(model.selectedServiceProperty().get()).isNull();
        assertThat(model.rows()).isEmpty();
    }

    /** Counts closes, to check that replaced connections are released. */
    private record CountingConnection(ConnectedPortal inner, AtomicInteger closed) implements ConnectedPortal {
        @Override
        public io.github.cloudmckeys.portal.PortalApi api() {
            return inner.api();
        }

        @Override
        public String portalHost() {
            return inner.portalHost();
        }

        @Override
        public void close() {
            closed.incrementAndGet();
            inner.close();
        }
    }
}
