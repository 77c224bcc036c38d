package io.github.cloudmckeys.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudmckeys.i18n.Language;
import io.github.cloudmckeys.i18n.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real confirmation dialogs in French, under Monocle: their title, sentences and
 * buttons (the dialog's own, not JavaFX's Cancel, which follows the JVM's locale).
 */
@ExtendWith(ApplicationExtension.class)
class FxDialogServiceFrenchTest {
    private static final String NBSP = "\u00a0";

    @TempDir
    Path folder;
    private FxDialogService dialogs;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
        dialogs = new FxDialogService(() -> stage, owner -> Optional.empty(), Messages.of(Language.FRENCH));
    }

    @Test
    void replacingAFileIsAskedInFrenchAndAnnulerSaysNo(FxRobot robot) throws Exception {
        Path file = Files.writeString(folder.resolve("openrc.sh"), "# mine\n");
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(dialogs.confirmReplace(file)));
        DialogPane pane = shownDialog(robot);

        assertThat(WindowDriver.read(() -> ((Stage) pane.getScene().getWindow()).getTitle()))
                .isEqualTo("Remplacer le fichier" + NBSP + "?");
        assertThat(pane.getHeaderText()).isEqualTo("openrc.sh existe déjà.");
        assertThat(pane.getContentText()).isEqualTo("Remplacer " + file + NBSP + "? Son contenu actuel sera perdu.");
        assertThat(pane.getButtonTypes().stream().map(ButtonType::getText).toList())
                .isEqualTo(List.of("_Remplacer", "Annuler"));

        robot.clickOn(button(robot, "Annuler"));
        assertThat(answer.get(10, TimeUnit.SECONDS)).isFalse();
    }

    @Test
    void replacingAnEntryIsAskedInFrenchAndRemplacerSaysYes(FxRobot robot) throws Exception {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        List<String> entries = List.of("cloud \"lab\" in clouds.yaml");
        Platform.runLater(() -> answer.complete(dialogs.confirmReplaceEntries(entries)));
        DialogPane pane = shownDialog(robot);

        assertThat(WindowDriver.read(() -> ((Stage) pane.getScene().getWindow()).getTitle()))
                .isEqualTo("Remplacer l’entrée" + NBSP + "?");
        assertThat(pane.getHeaderText()).isEqualTo("Cette entrée existe déjà.");
        assertThat(pane.getContentText()).isEqualTo("cloud \"lab\" in clouds.yaml\n\nRemplacer par la nouvelle" + NBSP
                + "? L’ancien fichier est conservé comme copie de sauvegarde à côté.");

        robot.clickOn(button(robot, "_Remplacer"));
        assertThat(answer.get(10, TimeUnit.SECONDS)).isTrue();
    }

    private static DialogPane shownDialog(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        return robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    }

    private static Button button(FxRobot robot, String text) {
        return robot.lookup(".dialog-pane .button").match((Button b) -> text.equals(b.getText())).queryAs(Button.class);
    }
}
