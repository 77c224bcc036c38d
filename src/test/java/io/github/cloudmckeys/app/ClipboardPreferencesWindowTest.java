package io.github.cloudmckeys.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudmckeys.app.settings.XdgSettingsStore;
import io.github.cloudmckeys.credentials.FieldLabels;
import io.github.cloudmckeys.credentials.FieldRoles;
import io.github.cloudmckeys.ui.FxBackgroundRunner;
import io.github.cloudmckeys.ui.FxClipboardService;
import io.github.cloudmckeys.ui.MainViewModel;
import io.github.cloudmckeys.ui.MainWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Labeled;
import javafx.scene.control.Spinner;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The clipboard delay as the app wires it: read from settings.json, changed in the real
 * Preferences dialog and written back, a real countdown on the JavaFX timer clearing the
 * system clipboard, and a last clear when the window closes (Ctrl+Q included).
 */
@ExtendWith(ApplicationExtension.class)
class ClipboardPreferencesWindowTest {
    @TempDir
    Path home;
    private Stage stage;
    private XdgSettingsStore store;
    private FxBackgroundRunner runner;
    private DesktopSession session;

    @Start
    void start(Stage primary) {
        stage = primary;
        runner = new FxBackgroundRunner();
    }

    @BeforeEach
    void settingsIn() {
        store = new XdgSettingsStore(home.resolve("cloudmc-keys"));
    }

    @AfterEach
    void stop() throws Exception {
        OpenWindows.hideAllBut(stage, () -> {
            if (session != null) {
                session.close();
            }
            stage.hide();
        });
        runner.close();
    }

    private void startSession(int clipboardSeconds) throws Exception {
        store.save(store.load().withClipboardClearSeconds(clipboardSeconds));
        WaitForAsyncUtils.asyncFx(() -> session = DesktopSession.start(stage, Map.of(), store, store.load(), runner,
                dialogs -> new MainWindow.Services(runner, new FxClipboardService(), dialogs, Clock.systemUTC(),
                        FieldRoles.load(), FieldLabels.load(Locale.ENGLISH)))).get(10, TimeUnit.SECONDS);
        waitFor("the demo services", () -> model().catalog().entries().size() == 7);
        WaitForAsyncUtils.asyncFx(() -> model().select(model().catalog().entries().stream()
                .filter(e -> e.label().equals("Object Storage / ccontini")).findFirst().orElseThrow())).get();
        waitFor("the credentials", () -> model().rows().size() == 9);
    }

    private MainViewModel model() {
        return session.window().model();
    }

    private static <T> T fx(Callable<T> query) throws Exception {
        return WaitForAsyncUtils.asyncFx(query).get(10, TimeUnit.SECONDS);
    }

    private static void waitFor(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> fx(condition));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("waited 15 s for " + what, e);
        }
    }

    private static String clipboard() throws Exception {
        return fx(() -> Clipboard.getSystemClipboard().hasString() ? Clipboard.getSystemClipboard().getString() : "");
    }

    @Test
    void theDelayChosenInPreferencesIsSavedAndTheCountdownClearsTheClipboard(FxRobot robot) throws Exception {
        startSession(45);
        assertThat(fx(() -> model().preferences().clipboardClearSecondsProperty().get())).isEqualTo(45);

        robot.clickOn("#preferences");
        waitFor("the Preferences dialog", () -> robot.lookup("#clipboardSeconds").tryQuery().isPresent());
        Spinner<?> seconds = robot.lookup("#clipboardSeconds").queryAs(Spinner.class);
        assertThat(seconds.getEditor().getText()).isEqualTo("45");
        robot.doubleClickOn(seconds.getEditor()).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("2");
        robot.clickOn("OK");

        waitFor("the new delay in settings.json", () -> store.load().clipboardClearSeconds() == 2);
        assertThat(Files.readString(store.location())).contains("\"clipboardClearSeconds\" : 2");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor("the countdown", () -> robot.lookup("#clipboardCountdown").queryAs(Labeled.class).isVisible());
        assertThat(clipboard()).startsWith("# OpenStack credentials").contains("OS_PASSWORD");
        assertThat(robot.lookup("#clipboardCountdown").queryAs(Labeled.class).getText())
                .matches("Clipboard clears in [12] s");

        waitFor("the clipboard cleared", () -> !Clipboard.getSystemClipboard().hasString()
                || Clipboard.getSystemClipboard().getString().isEmpty());
        waitFor("the countdown gone", () -> !robot.lookup("#clipboardCountdown").queryAs(Labeled.class).isVisible());
        assertThat(fx(() -> model().statusProperty().get())).isEqualTo("Cleared the clipboard.");
    }

    @Test
    void ctrlCommaOpensPreferencesAndEscapeChangesNothing(FxRobot robot) throws Exception {
        startSession(30);

        robot.press(KeyCode.CONTROL, KeyCode.COMMA).release(KeyCode.COMMA, KeyCode.CONTROL);
        waitFor("the Preferences dialog", () -> robot.lookup("#clipboardSeconds").tryQuery().isPresent());
        robot.write("0");
        robot.type(KeyCode.ESCAPE);
        waitFor("the dialog closed", () -> robot.lookup("#clipboardSeconds").tryQuery().isEmpty());

        assertThat(fx(() -> model().preferences().clipboardClearSecondsProperty().get())).isEqualTo(30);
        assertThat(Files.readString(store.location())).doesNotContain("clipboard");
    }

    @Test
    void closingTheWindowClearsACopiedSecret(FxRobot robot) throws Exception {
        startSession(600);
        fx(() -> {
            model().copyValue(model().rows().stream().filter(r -> r.label().equals("Password")).findFirst()
                    .orElseThrow());
            return null;
        });
        assertThat(clipboard()).isEqualTo("demo-Pa55w0rd!");

        fx(() -> {
            session.close();
            return null;
        });
        session = null;

        assertThat(clipboard()).isEmpty();
    }

    @Test
    void textCopiedFromTheScriptLeavesTheClipboardToo(FxRobot robot) throws Exception {
        startSession(2);
        javafx.scene.control.TextArea script = robot.lookup("#script").queryAs(javafx.scene.control.TextArea.class);
        robot.clickOn(script).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);

        assertThat(clipboard()).contains("OS_PASSWORD='demo-Pa55w0rd!'");
        assertThat(fx(() -> model().statusProperty().get())).isEqualTo("Copied the selected text.");
        waitFor("the clipboard cleared", () -> !Clipboard.getSystemClipboard().hasString()
                || Clipboard.getSystemClipboard().getString().isEmpty());
    }

    @Test
    void ctrlQClosesTheWindowAndTheAppsEndClearsTheClipboard(FxRobot robot) throws Exception {
        startSession(600);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor("the exports on the clipboard", () -> clipboard().contains("OS_PASSWORD='demo-Pa55w0rd!'"));
        assertThat(store.load().windowBounds()).isEmpty();

        robot.press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);
        // Its last window closed, JavaFX ends the app (the real jar's exit: .ci/window-wm.sh) and calls
        // DesktopApp.stop(), which closes the session.
        waitFor("the window closed", () -> !stage.isShowing());
        fx(() -> {
            session.close();
            return null;
        });
        session = null;

        assertThat(clipboard()).isEmpty();
        assertThat(store.load().windowBounds()).isPresent();
    }
}
