package io.github.cloudmckeys.ui;

import static io.github.cloudmckeys.ui.MainViewModelTest.CLOCK;
import static io.github.cloudmckeys.ui.MainViewModelTest.LABELS;
import static io.github.cloudmckeys.ui.MainViewModelTest.ROLES;
import static io.github.cloudmckeys.ui.MainViewModelTest.entry;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudmckeys.credentials.IdentityVersion;
import io.github.cloudmckeys.demo.DemoPortal;
import io.github.cloudmckeys.render.ShellDialect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Save openrc.sh with the dialogs answered by the test and real files in a temporary folder. */
class ScriptSavingTest {
    @TempDir
    Path folder;
    private DemoPortal portal;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private MainViewModel model;

    @BeforeEach
    void showSwift() {
        portal = DemoPortal.start();
        model = new MainViewModel(BackgroundRunner.inPlace(), new RecordingClipboard(), dialogs, CLOCK, ROLES, LABELS);
        model.connect(Portals.demo(portal));
        model.select(entry(model, "Object Storage / ccontini"));
    }

    @AfterEach
    void close() {
        model.close();
        portal.close();
    }

    @Test
    void savesTheScriptReadableByTheOwnerOnlyAndRemembersTheFolder() throws Exception {
        Path file = folder.resolve("system-ccontini-openrc.sh");
        dialogs.answerSaveWith(file);

        model.saveExports();

        SaveFileRequest asked = dialogs.saveRequests().get(0);
        assertThat(asked.fileName()).isEqualTo("system-ccontini-openrc.sh");
        assertThat(asked.initialFolder()).isEmpty();
        assertThat(asked.extension()).isEqualTo(".sh");
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(model.export().scriptProperty().get());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(model.statusProperty().get()).isEqualTo("Saved " + file + " (readable by you only).");
        assertThat(model.lastSaveFolderProperty().get()).isEqualTo(folder);
        assertThat(dialogs.replaceQuestions()).isEmpty();

        model.export().dialectProperty().set(ShellDialect.FISH);
        model.export().identityVersionProperty().set(IdentityVersion.V2_0);
        dialogs.cancelSave();
        model.saveExports();
        assertThat(dialogs.saveRequests().get(1).initialFolder()).contains(folder);
        assertThat(dialogs.saveRequests().get(1).fileName()).isEqualTo("system-ccontini-openrc-v2.fish");
    }

    @Test
    void anExistingFileIsReplacedOnlyOnceTheUserAgreed() throws Exception {
        Path file = Files.writeString(folder.resolve("openrc.sh"), "old content\n");

        dialogs.answerSaveWith(file).answerReplaceWith(false);
        model.saveExports();

        assertThat(dialogs.replaceQuestions()).containsExactly(file);
        assertThat(Files.readString(file)).isEqualTo("old content\n");
        assertThat(model.statusProperty().get()).isEqualTo("Not saved: " + file + " was left as it was.");

        dialogs.answerSaveWith(file).answerReplaceWith(true);
        model.saveExports();

        assertThat(Files.readString(file)).isEqualTo(model.export().scriptProperty().get());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void aFailureIsOneSentenceInTheBannerAndRetryWritesOnceItCan() throws Exception {
        Path missing = folder.resolve("not-yet");
        Path file = missing.resolve("openrc.sh");
        dialogs.answerSaveWith(file);

        model.saveExports();

        assertThat(model.banner().messageProperty().get())
                .isEqualTo("The folder " + missing + " does not exist: choose an existing folder.");
        assertThat(Files.exists(file)).isFalse();

        Files.createDirectory(missing);
        model.banner().retry();

        assertThat(Files.readString(file)).isEqualTo(model.export().scriptProperty().get());
        assertThat(model.banner().messageProperty().get()).isEmpty();
    }

    @Test
    void cancellingWritesNothingAndNothingToSaveOpensNoDialog() throws Exception {
        dialogs.cancelSave();
        model.saveExports();
        assertThat(Files.list(folder)).isEmpty();

        model.select(entry(model, "Compute - Montréal / Montréal-prod"));
        model.saveExports();
        assertThat(dialogs.saveRequests()).hasSize(1);
    }

    @Test
    void theProposedNameIsTheProjectMadeSafeForAFileName() {
        assertThat(ExportViewModel.fileNamePart("system-ccontini")).isEqualTo("system-ccontini");
        assertThat(ExportViewModel.fileNamePart("Équipe données / 2")).isEqualTo("Equipe-donnees-2");
        assertThat(ExportViewModel.fileNamePart("../../etc/passwd")).isEqualTo("etc-passwd");
        assertThat(ExportViewModel.fileNamePart("  ")).isEmpty();

        model.select(entry(model, "Object Storage / Québec"));
        assertThat(model.suggestedFileName()).isEqualTo("system-quebec-openrc.sh");
        model.export().dialectProperty().set(ShellDialect.POWERSHELL);
        assertThat(model.suggestedFileName()).isEqualTo("system-quebec-openrc.ps1");
        model.export().dialectProperty().set(ShellDialect.CMD);
        assertThat(model.suggestedFileName()).isEqualTo("system-quebec-openrc.cmd");
        assertThat(Optional.of(model.export().saveButtonTextProperty().get())).contains("_Save openrc.cmd…");
    }
}
