package io.github.cloudmckeys.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudmckeys.app.settings.AppSettings;
import io.github.cloudmckeys.app.settings.SavedPortal;
import io.github.cloudmckeys.app.settings.WindowBounds;
import io.github.cloudmckeys.app.settings.XdgSettingsStore;
import io.github.cloudmckeys.i18n.Language;
import io.github.cloudmckeys.session.PortalRegistry;
import io.github.cloudmckeys.i18n.Messages;
import io.github.cloudmckeys.ui.BackgroundRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings of a run, written to a real settings file in a temporary folder. */
class SettingsKeeperTest {
    @TempDir
    Path home;

    @Test
    void aChangeIsWrittenAndTheNextRunReadsIt() {
        XdgSettingsStore store = new XdgSettingsStore(home.resolve("cloudmc-keys"));
        SettingsKeeper keeper = new SettingsKeeper(store, store.load(), BackgroundRunner.inPlace());

        keeper.update(s -> s.withLastSaveFolder(home));
        keeper.updateNow(s -> s.withWindowBounds(new WindowBounds(10, 20, 800, 600, true)));

        AppSettings next = store.load();
        assertThat(next.lastSaveFolder()).contains(home);
        assertThat(next.windowBounds()).contains(new WindowBounds(10, 20, 800, 600, true));
        assertThat(keeper.current()).isEqualTo(next);
    }

    @Test
    void anOlderWriteFinishingLastDoesNotUndoANewerOne() {
        XdgSettingsStore store = new XdgSettingsStore(home.resolve("cloudmc-keys"));
        QueuedRunner runner = new QueuedRunner();
        SettingsKeeper keeper = new SettingsKeeper(store, store.load(), runner);

        keeper.update(s -> s.withEndpoint("https://first.example.com/api/v2"));
        keeper.update(s -> s.withEndpoint("https://second.example.com/api/v2"));
        runner.runNewestFirst();

        assertThat(store.load().endpoint()).contains("https://second.example.com/api/v2");
    }

    @Test
    void aPortalAnotherRunRememberedMeanwhileIsKeptAndOneThisRunForgotIsNotBroughtBack() {
        XdgSettingsStore store = new XdgSettingsStore(home.resolve("cloudmc-keys"));
        SavedPortal labo = new SavedPortal("labo", "https://labo.example.com/api/v2", true);
        SavedPortal prod = new SavedPortal("prod", "https://prod.example.com/api/v2", false);
        SavedPortal test = new SavedPortal("test", "https://test.example.com/api/v2", true);
        SettingsKeeper window = new SettingsKeeper(store, AppSettings.defaults().withPortals(List.of(labo)),
                BackgroundRunner.inPlace());
        window.updateNow(s -> s);
        SettingsKeeper otherRun = new SettingsKeeper(store, store.load(), BackgroundRunner.inPlace());
        otherRun.update(s -> s.withPortals(List.of(labo, prod, test))); // as `login` does, from another process

        window.update(s -> s.withWindowBounds(new WindowBounds(10, 20, 800, 600, false)));
        assertThat(store.load().portals()).containsExactly(labo, prod, test.asDefault(false));
        assertThat(store.load().windowBounds()).contains(new WindowBounds(10, 20, 800, 600, false));

        assertThat(window.current().portals()).containsExactly(labo, prod, test.asDefault(false)); // the switcher's

        window.update(s -> PortalRegistry.from(s).forget("labo").applyTo(s)); // Forget this portal, as the window does
        window.updateNow(s -> s.withLastSaveFolder(home));
        assertThat(store.load().portals()).containsExactly(prod.asDefault(true), test.asDefault(false));
    }

    @Test
    void aPortalALogoutElsewhereRemovedStaysRemovedAndTheWindowSeesWhatOtherRunsChanged() {
        XdgSettingsStore store = new XdgSettingsStore(home.resolve("cloudmc-keys"));
        SavedPortal labo = new SavedPortal("labo", "https://labo.example.com/api/v2", true);
        SavedPortal prod = new SavedPortal("prod", "https://prod.example.com/api/v2", false);
        SavedPortal test = new SavedPortal("test", "https://test.example.com/api/v2", false);
        new SettingsKeeper(store, AppSettings.defaults(), BackgroundRunner.inPlace())
                .updateNow(s -> s.withPortals(List.of(labo, prod)));
        SettingsKeeper window = new SettingsKeeper(store, store.load(), BackgroundRunner.inPlace());
        SettingsKeeper terminal = new SettingsKeeper(store, store.load(), BackgroundRunner.inPlace());
        terminal.update(s -> s.withPortals(List.of(labo, test))); // logout --portal prod, then a login

        window.refreshPortals(); // the window comes to the front
        assertThat(window.current().portals()).containsExactly(labo, test);

        terminal.update(s -> s.withPortals(List.of(labo))); // logout --portal test
        window.update(s -> s.withWindowBounds(new WindowBounds(1, 2, 800, 600, false)));
        assertThat(store.load().portals()).containsExactly(labo);
        assertThat(window.current().portals()).containsExactly(labo);
    }

    @Test
    void aSettingsFileThatIsGoneOrUnreadableRemovesNoPortal() throws Exception {
        XdgSettingsStore store = new XdgSettingsStore(home.resolve("cloudmc-keys"));
        SavedPortal labo = new SavedPortal("labo", "https://labo.example.com/api/v2", true);
        new SettingsKeeper(store, AppSettings.defaults(), BackgroundRunner.inPlace())
                .updateNow(s -> s.withPortals(List.of(labo)));
        SettingsKeeper window = new SettingsKeeper(store, store.load(), BackgroundRunner.inPlace());
        Files.writeString(store.location(), "{ not json");

        window.refreshPortals();
        window.update(s -> s.withLastSaveFolder(home));

        assertThat(window.current().portals()).containsExactly(labo);
        assertThat(store.load().portals()).containsExactly(labo);
    }

    @Test
    void nothingChangedWritesNothing() {
        XdgSettingsStore store = new XdgSettingsStore(home.resolve("cloudmc-keys"));
        QueuedRunner runner = new QueuedRunner();
        SettingsKeeper keeper = new SettingsKeeper(store, store.load(), runner);

        keeper.update(s -> s);

        assertThat(runner.jobs).isEmpty();
        assertThat(Files.exists(store.location())).isFalse();
    }

    @Test
    void aWriteThatFailsIsReportedInOneSentence() throws Exception {
        Path notAFolder = Files.writeString(home.resolve("occupied"), "a file where the folder should be");
        XdgSettingsStore store = new XdgSettingsStore(notAFolder.resolve("cloudmc-keys"));
        SettingsKeeper keeper = new SettingsKeeper(store, AppSettings.defaults(), BackgroundRunner.inPlace());
        List<String> reported = new ArrayList<>();
        keeper.reportFailuresTo(reported::add);

        keeper.update(s -> s.withEndpoint("https://portal.example.com/api/v2"));

        assertThat(reported).hasSize(1);
        assertThat(reported.get(0)).isNotBlank().doesNotContain("\n");
    }

    @Test
    void aWriteThatFailsIsReportedInTheUsersLanguage() throws Exception {
        Path notAFolder = Files.writeString(home.resolve("occupied"), "a file where the folder should be");
        XdgSettingsStore store = new XdgSettingsStore(notAFolder.resolve("cloudmc-keys"));
        SettingsKeeper keeper = new SettingsKeeper(store, AppSettings.defaults(), BackgroundRunner.inPlace());
        List<String> reported = new ArrayList<>();
        keeper.reportFailuresTo(reported::add, Messages.of(Language.FRENCH));

        keeper.update(s -> s.withEndpoint("https://portal.example.com/api/v2"));

        assertThat(reported).containsExactly("Les paramètres n’ont pas pu être enregistrés\u00a0: " + notAFolder
                + " occupe la place du dossier des paramètres " + notAFolder.resolve("cloudmc-keys") + ".");
    }

    /** Keeps the jobs so that the test decides their order. */
    private static final class QueuedRunner implements BackgroundRunner {
        final Deque<Runnable> jobs = new ArrayDeque<>();

        @Override
        public <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> onSuccess,
                            java.util.function.Consumer<Exception> onFailure) {
            jobs.add(() -> BackgroundRunner.inPlace().run(work, onSuccess, onFailure));
        }

        void runNewestFirst() {
            while (!jobs.isEmpty()) {
                jobs.removeLast().run();
            }
        }
    }
}
