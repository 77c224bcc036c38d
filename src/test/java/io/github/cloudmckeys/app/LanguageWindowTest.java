package io.github.cloudmckeys.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudmckeys.app.settings.AppSettings;
import io.github.cloudmckeys.app.settings.XdgSettingsStore;
import io.github.cloudmckeys.credentials.FieldLabels;
import io.github.cloudmckeys.credentials.FieldRoles;
import io.github.cloudmckeys.demo.DemoPortal;
import io.github.cloudmckeys.i18n.Language;
import io.github.cloudmckeys.i18n.Messages;
import io.github.cloudmckeys.ui.FxBackgroundRunner;
import io.github.cloudmckeys.ui.FxClipboardService;
import io.github.cloudmckeys.ui.MainViewModel;
import io.github.cloudmckeys.ui.MainWindow;
import io.github.cloudmckeys.ui.Preferences;
import io.github.cloudmckeys.ui.PreferencesDialog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Labeled;
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
 * The language as the window uses it: what the session says itself in French (the demo
 * portal's name, why it asks for a key), and the choice in the real Preferences dialog,
 * saved to settings.json for the next start.
 */
@ExtendWith(ApplicationExtension.class)
class LanguageWindowTest {
    private static final String NBSP = "\u00a0";

    @TempDir
    Path home;
    private Stage stage;
    private XdgSettingsStore store;
    private FxBackgroundRunner runner;
    private DesktopSession session;
    private final DemoPortal portal = DemoPortal.start();

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
        WaitForAsyncUtils.asyncFx(() -> {
            for (Window window : Window.getWindows().toArray(Window[]::new)) {
                if (window != stage) {
                    window.hide(); // a dialog left open
                }
            }
            if (session != null) {
                session.close();
            }
            stage.hide();
        }).get(10, TimeUnit.SECONDS);
        runner.close();
        portal.close();
    }

    private void startSession(Map<String, String> env, AppSettings settings, Language language) throws Exception {
        Messages messages = Messages.of(language);
        WaitForAsyncUtils.asyncFx(() -> session = DesktopSession.start(stage, env, store, settings, messages, runner,
                dialogs -> new MainWindow.Services(runner, new FxClipboardService(), dialogs, Clock.systemUTC(),
                        FieldRoles.load(), FieldLabels.load(language.locale()), messages)))
                .get(10, TimeUnit.SECONDS);
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

    @Test
    void inFrenchTheDemoPortalIsNamedInFrench(FxRobot robot) throws Exception {
        startSession(Map.of(), store.load(), Language.FRENCH);

        waitFor("the demo services", () -> model().catalog().entries().size() == 7);
        assertThat(fx(() -> model().portalNameProperty().get()))
                .isEqualTo("Portail de démonstration — données d’exemple");
    }

    @Test
    void inFrenchTheMissingKeyIsSaidInFrench(FxRobot robot) throws Exception {
        startSession(Map.of("CLOUDMC_ENDPOINT", portal.endpoint().toString()), store.load(), Language.FRENCH);

        waitFor("the Connect dialog", () -> robot.lookup("#apiKeyField").tryQuery().isPresent());
        assertThat(robot.lookup("#bannerMessage").queryAs(Labeled.class).getText())
                .isEqualTo("Non connecté à 127.0.0.1" + NBSP + ": sa clé d’API est requise. Utilisez Connexion… pour"
                        + " la saisir (elle n’est gardée que pour cette session).");
    }

    @Test
    void theLanguageChosenInPreferencesIsSavedForTheNextStart(FxRobot robot) throws Exception {
        startSession(Map.of(), store.load(), Language.ENGLISH);
        waitFor("the demo services", () -> model().catalog().entries().size() == 7);
        String titleBefore = fx(() -> stage.getTitle());

        robot.clickOn("#preferences");
        waitFor("the Preferences dialog", () -> robot.lookup("#language").tryQuery().isPresent());
        ChoiceBox<?> language = robot.lookup("#language").queryAs(ChoiceBox.class);
        assertThat(language.getValue()).isEqualTo(Optional.empty());
        Node nextStart = robot.lookup("#languageNextStart").query();
        assertThat(nextStart.isVisible()).isFalse();

        robot.clickOn(language);
        robot.clickOn("Français");
        waitFor("French chosen", () -> language.getValue().equals(Optional.of(Language.FRENCH)));
        assertThat(nextStart.isVisible()).isTrue();
        assertThat(((Labeled) nextStart).getText()).isEqualTo("The new language applies the next time CloudMC Keys"
                + " starts.");
        robot.clickOn("OK");

        waitFor("the language in settings.json", () -> store.load().language().isPresent());
        assertThat(store.load().language()).contains(Language.FRENCH);
        assertThat(Files.readString(store.location())).contains("\"language\" : \"fr\"");
        assertThat(fx(() -> stage.getTitle())).isEqualTo(titleBefore); // the window itself waits for the next start
    }

    @Test
    void followingTheSystemAgainForgetsTheSavedLanguage(FxRobot robot) throws Exception {
        store.save(store.load().withLanguage(Optional.of(Language.FRENCH)));
        startSession(Map.of(), store.load(), Language.FRENCH);
        waitFor("the demo services", () -> model().catalog().entries().size() == 7);

        robot.clickOn("#preferences");
        waitFor("the Preferences dialog", () -> robot.lookup("#language").tryQuery().isPresent());
        ChoiceBox<?> language = robot.lookup("#language").queryAs(ChoiceBox.class);
        assertThat(language.getValue()).isEqualTo(Optional.of(Language.FRENCH));
        robot.clickOn(language);
        robot.clickOn(fx(() -> converted(language, Optional.empty())));
        waitFor("the system's language chosen", () -> language.getValue().equals(Optional.empty()));
        robot.clickOn("OK");

        waitFor("the language gone from settings.json", () -> store.load().language().isEmpty());
        assertThat(Files.readString(store.location())).doesNotContain("language");
    }

    @Test
    void theDialogSpeaksFrenchAndNamesEachLanguageInItself() throws Exception {
        List<String> texts = fx(() -> {
            Dialog<Preferences> dialog = PreferencesDialog.create(new Preferences(30), Messages.of(Language.FRENCH));
            ChoiceBox<?> language = (ChoiceBox<?>) dialog.getDialogPane().lookup("#language");
            List<String> seen = new java.util.ArrayList<>(List.of(dialog.getTitle(), dialog.getHeaderText()));
            for (Object item : language.getItems()) {
                seen.add(converted(language, item));
            }
            return seen;
        });

        assertThat(texts).containsExactly("Préférences", "Préférences de CloudMC Keys", "Langue du système",
                "English", "Français");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String converted(ChoiceBox<?> choice, Object item) {
        return ((javafx.util.StringConverter) choice.getConverter()).toString(item);
    }
}
