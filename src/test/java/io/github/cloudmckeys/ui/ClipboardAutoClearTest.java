package io.github.cloudmckeys.ui;

import static io.github.cloudmckeys.ui.MainViewModelTest.CLOCK;
import static io.github.cloudmckeys.ui.MainViewModelTest.LABELS;
import static io.github.cloudmckeys.ui.MainViewModelTest.ROLES;
import static io.github.cloudmckeys.ui.MainViewModelTest.entry;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudmckeys.demo.DemoPortal;
import io.github.cloudmckeys.i18n.Language;
import io.github.cloudmckeys.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Copied secrets leave the clipboard again; time moves when the test says so. */
class ClipboardAutoClearTest {
    private DemoPortal portal;
    private final RecordingClipboard clipboard = new RecordingClipboard();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final ManualUiTimer timer = new ManualUiTimer();
    private MainViewModel model;

    @BeforeEach
    void showSwift() {
        portal = DemoPortal.start();
        model = new MainViewModel(BackgroundRunner.inPlace(), clipboard, dialogs, CLOCK, ROLES, LABELS, timer,
                ExportSetup.forCurrentUser(), Messages.of(Language.ENGLISH));
        model.connect(Portals.demo(portal));
        model.select(entry(model, "Object Storage / ccontini"));
    }

    @AfterEach
    void close() {
        model.close();
        portal.close();
    }

    private CredentialRow row(String label) {
        return model.rows().stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow();
    }

    private String countdown() {
        return model.clipboardCountdownProperty().get();
    }

    @Test
    void copiedExportsAreClearedAfterThirtySecondsWithACountdown() {
        model.copyExports();
        String script = model.export().scriptProperty().get();

        assertThat(clipboard.content()).isEqualTo(script);
        assertThat(countdown()).isEqualTo("Clipboard clears in 30 s");

        timer.advanceSeconds(29);
        assertThat(countdown()).isEqualTo("Clipboard clears in 1 s");
        assertThat(clipboard.content()).isEqualTo(script);

        timer.advanceSeconds(1);
        assertThat(clipboard.content()).isNull();
        assertThat(countdown()).isEmpty();
        assertThat(model.statusProperty().get()).isEqualTo("Cleared the clipboard.");
        assertThat(timer.running()).isZero();
    }

    @Test
    void whatTheUserCopiedSinceIsLeftAlone() {
        model.copyValue(row("Password"));
        clipboard.userCopies("a note from another app");

        timer.advanceSeconds(30);

        assertThat(clipboard.content()).isEqualTo("a note from another app");
        assertThat(clipboard.clears()).isZero();
        assertThat(countdown()).isEmpty();
        assertThat(model.statusProperty().get()).isEqualTo("Copied Password.");
    }

    @Test
    void aPlainValueIsNotClearedAndReplacesAPendingSecret() {
        model.copyValue(row("Password"));
        timer.advanceSeconds(10);

        model.copyValue(row("User name"));

        assertThat(countdown()).isEmpty();
        timer.advanceSeconds(60);
        assertThat(clipboard.content()).isEqualTo("system-ccontini-2925");
        assertThat(clipboard.clears()).isZero();
    }

    @Test
    void aSecondSecretStartsTheCountdownAgain() {
        model.copyValue(row("Password"));
        timer.advanceSeconds(20);
        model.copyValue(row("S3 API secret key"));

        assertThat(countdown()).isEqualTo("Clipboard clears in 30 s");
        timer.advanceSeconds(20);
        assertThat(clipboard.content()).isEqualTo(row("S3 API secret key").value());
        timer.advanceSeconds(10);
        assertThat(clipboard.content()).isNull();
        assertThat(clipboard.clears()).isEqualTo(1);
    }

    @Test
    void closingTheWindowClearsASecretStillThere() {
        model.copyExports();
        timer.advanceSeconds(5);

        model.close();

        assertThat(clipboard.content()).isNull();
        assertThat(timer.running()).isZero();
    }

    @Test
    void closingLeavesWhatTheUserCopiedSince() {
        model.copyExports();
        clipboard.userCopies("mine");

        model.close();

        assertThat(clipboard.content()).isEqualTo("mine");
    }

    @Test
    void zeroMeansNeverNotEvenAtClose() {
        model.preferences().clipboardClearSecondsProperty().set(0);
        model.copyExports();

        assertThat(countdown()).isEmpty();
        assertThat(timer.running()).isZero();
        model.close();
        assertThat(clipboard.content()).isEqualTo(model.export().scriptProperty().get());
    }

    @Test
    void aShorterDelayChosenDuringTheCountdownShortensItAndZeroStopsIt() {
        model.copyExports();
        timer.advanceSeconds(5);

        model.preferences().clipboardClearSecondsProperty().set(10);
        assertThat(countdown()).isEqualTo("Clipboard clears in 10 s");
        timer.advanceSeconds(10);
        assertThat(clipboard.content()).isNull();

        model.copyExports();
        model.preferences().clipboardClearSecondsProperty().set(0);
        assertThat(countdown()).isEmpty();
        timer.advanceSeconds(60);
        assertThat(clipboard.content()).isNotNull();
    }

    @Test
    void thePreferencesDialogShowsTheDelayAndWhatTheUserChoseApplies() {
        dialogs.answerPreferencesWith(new Preferences(5));

        model.preferences().edit();
        model.copyValue(row("Password"));
        timer.advanceSeconds(5);

        assertThat(dialogs.preferencesShown()).containsExactly(new Preferences(30));
        assertThat(model.preferences().clipboardClearSecondsProperty().get()).isEqualTo(5);
        assertThat(clipboard.content()).isNull();
    }

    @Test
    void cancellingThePreferencesDialogChangesNothing() {
        model.preferences().edit();

        assertThat(dialogs.preferencesShown()).hasSize(1);
        assertThat(model.preferences().clipboardClearSecondsProperty().get()).isEqualTo(30);
    }
}
