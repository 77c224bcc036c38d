package io.github.cloudmckeys.ui;

import io.github.cloudmckeys.logging.SecretRedactor;
import io.github.cloudmckeys.session.PortalToOpen;
import static io.github.cloudmckeys.ui.MainViewModelTest.CLOCK;
import static io.github.cloudmckeys.ui.MainViewModelTest.ROLES;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.github.cloudmckeys.session.PortalAccess;
import io.github.cloudmckeys.credentials.FieldLabels;
import io.github.cloudmckeys.i18n.Language;
import io.github.cloudmckeys.i18n.Messages;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The main flow in French: the real window under Monocle, wired as the app wires it for a
 * French user (French messages and field labels), against the embedded demo portal. The
 * expected texts are written out here, not read from the bundle, so that a wrong or
 * missing translation fails.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowFrenchFlowTest {
    private static final String NBSP = "\u00a0";

    @TempDir
    Path folder;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private FxBackgroundRunner runner;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        runner = new FxBackgroundRunner();
        window = MainWindow.show(stage, new MainWindow.Services(runner, new FxClipboardService(), dialogs, CLOCK,
                ROLES, FieldLabels.load(Locale.FRENCH), Messages.of(Language.FRENCH)));
        window.model().connect(PortalToOpen.of(new PortalAccess.Demo(Optional.empty()), Messages.of(Language.FRENCH)));
    }

    @AfterEach
    void stop() {
        WindowDriver.read(() -> {
            window.model().close();
            return null;
        });
        runner.close();
    }

    @Test
    void theWholeWindowSpeaksFrench(FxRobot robot) throws Exception {
        WindowDriver ui = new WindowDriver(robot);
        ui.waitFor("the services", () -> !window.model().catalog().entries().isEmpty());
        int services = WindowDriver.read(() -> window.model().catalog().entries().size());
        assertThat(ui.text("#status")).isEqualTo(services + " services sur Portail de démonstration — données d’exemple");
        assertThat(ui.text("#serviceTitle")).isEqualTo("Aucun service sélectionné");
        assertThat(ui.text("#serviceDetails")).isEqualTo(services + " services sur ce portail");
        assertThat(ui.text("#exportReason")).isEqualTo("Choisissez un service ci-dessus pour voir ses exportations.");
        assertThat(WindowDriver.read(() -> ui.search().getPromptText())).isEqualTo("Trouvez un service" + NBSP
                + ": tapez quelques lettres de «" + NBSP + "Connexion / Environnement" + NBSP + "», puis Entrée");
        assertThat(ui.text(".hints"))
                .isEqualTo("Ctrl+F rechercher  ·  Ctrl+Maj+C copier les exportations  ·  Ctrl+S enregistrer");
        assertThat(ui.text("#connect")).isEqualTo("Co_nnexion…");
        assertThat(ui.text("#preferences")).isEqualTo("Pré_férences…");
        assertThat(ui.text("#retry")).isEqualTo("_Réessayer");
        assertThat(WindowDriver.read(() -> ((Stage) ui.search().getScene().getWindow()).getTitle()))
                .isEqualTo("CloudMC Keys");

        robot.clickOn(ui.search()).write("obj");
        ui.waitFor("suggestions", () -> ui.suggestions() != null && !ui.suggestions().getItems().isEmpty());
        robot.type(KeyCode.ENTER);
        ui.waitFor("the credentials", () -> ui.table().getItems().size() == 9);

        assertThat(WindowDriver.read(() -> ((Stage) ui.search().getScene().getWindow()).getTitle()))
                .isEqualTo("CloudMC Keys — Object Storage / ccontini");
        assertThat(ui.text("#serviceDetails")).endsWith("9 champs");
        // The table's header as drawn, and the field labels in the portal's French words.
        assertThat(WindowDriver.read(() -> robot.from(ui.table()).lookup(".column-header .label")
                .queryAllAs(Labeled.class).stream().map(Labeled::getText).filter(t -> !t.isEmpty()).toList()))
                .containsExactly("Champ", "Valeur");
        assertThat(fieldLabels(robot)).contains("Nom d’utilisateur", "Mot de passe", "Nom du projet",
                "URL d’authentification");
        assertThat(WindowDriver.read(() -> ui.revealButtonOf("Mot de passe").getAccessibleText()))
                .isEqualTo("Afficher «" + NBSP + "Mot de passe" + NBSP + "»");

        TabPane tabs = robot.lookup("#exportTabs").queryAs(TabPane.class);
        assertThat(WindowDriver.read(() -> tabs.getTabs().stream().map(Tab::getText).toList()))
                .containsExactly("Keystone v3", "Keystone v2.0 (obsolète)", "clouds.yaml", "AWS / S3", "rclone");
        assertThat(ui.text("#copyExports")).isEqualTo("_Copier les exportations");
        assertThat(ui.text("#saveExports")).isEqualTo("_Enregistrer openrc.sh…");
        assertThat(ui.text("#testCredentials")).isEqualTo("_Tester les identifiants");
        assertThat(ui.text("#promptPassword")).isEqualTo("_Demander le mot de passe au chargement");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.CONTROL);
        ui.waitFor("the copy", () -> ui.text("#status").startsWith("Exportations"));
        assertThat(ui.text("#status")).isEqualTo("Exportations Keystone v3 pour bash/zsh copiées.");
        assertThat(ui.text("#clipboardCountdown")).matches("Presse-papiers vidé dans \\d+" + NBSP + "s");

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        ui.waitFor("the v2.0 tab", () -> "v2Tab".equals(tabs.getSelectionModel().getSelectedItem().getId()));
        Path file = folder.resolve("system-ccontini-openrc-v2.sh");
        dialogs.answerSaveWith(file);
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        ui.waitFor("the saved file", () -> ui.text("#status").startsWith("Enregistré"));
        assertThat(Files.exists(file)).isTrue();
        assertThat(ui.text("#status")).isEqualTo("Enregistré" + NBSP + ": " + file + " (lisible par vous seulement).");
        SaveFileRequest asked = dialogs.saveRequests().get(0);
        assertThat(asked.title()).isEqualTo("Enregistrer les exportations Keystone v2.0 (obsolète)");
        assertThat(asked.filterDescription()).isEqualTo("Scripts bash/zsh");
    }

    @Test
    void aRefusedApiKeyIsSaidInFrench(FxRobot robot) throws Exception {
        HttpServer portal = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        portal.createContext("/", exchange -> {
            byte[] body = "{\"errors\":[{\"code\":2012,\"message\":\"Invalid API key\"}]}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(401, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        portal.start();
        try {
            WindowDriver ui = new WindowDriver(robot);
            URI endpoint = URI.create("http://127.0.0.1:" + portal.getAddress().getPort() + "/api/v2");
            WindowDriver.read(() -> {
                window.model().connect(Portals.remote("127.0.0.1", false, endpoint, "a-deleted-key",
                        Duration.ofSeconds(5)));
                return null;
            });
            ui.waitFor("the banner", () -> ui.visible("#banner"));
            assertThat(ui.text("#bannerMessage")).isEqualTo("Le portail a refusé la clé d’API, qui est invalide ou a"
                    + " été supprimée" + NBSP + ": générez-en une nouvelle sous «" + NBSP + "Identifiants API" + NBSP
                    + "». Le portail a répondu" + NBSP + ": «" + NBSP + "Invalid API key" + NBSP + "» (erreur 2012)");
            assertThat(ui.text("#bannerMessage")).doesNotContain("a-deleted-key");
        } finally {
            portal.stop(0);
        }
    }

    @Test
    void noServiceMatchingIsSaidInFrench(FxRobot robot) {
        WindowDriver ui = new WindowDriver(robot);
        ui.waitFor("the services", () -> !window.model().catalog().entries().isEmpty());
        TextField search = ui.search();
        robot.clickOn(search).write("zzzz").type(KeyCode.ENTER);
        ui.waitFor("the answer", () -> ui.text("#status").startsWith("Aucun"));
        assertThat(ui.text("#status")).isEqualTo("Aucun service ne correspond à «" + NBSP + "zzzz" + NBSP + "».");
    }

    @Test
    void theContextMenusSpeakFrench(FxRobot robot) {
        WindowDriver ui = new WindowDriver(robot);
        ui.waitFor("the services", () -> !window.model().catalog().entries().isEmpty());
        robot.clickOn(ui.search()).write("obj");
        ui.waitFor("suggestions", () -> ui.suggestions() != null && !ui.suggestions().getItems().isEmpty());
        robot.type(KeyCode.ENTER);
        ui.waitFor("the credentials", () -> ui.table().getItems().size() == 9);

        TextArea script = robot.lookup("#script").queryAs(TextArea.class);
        WindowDriver.requestContextMenu(robot, script);
        ui.waitFor("the script's menu", () -> menuTexts(robot).contains("Tout sélectionner"));
        assertThat(menuTexts(robot)).containsExactly("Copier", "Tout sélectionner");
        // The items' actions, fired as a click would: where a click lands in a menu that just opened is
        // Monocle's business, what the item does is the window's.
        List<MenuItem> items = script.getContextMenu().getItems();
        robot.interact(() -> {
            items.get(1).fire();
            script.getContextMenu().hide();
        });
        assertThat(WindowDriver.read(script::getSelectedText)).isEqualTo(WindowDriver.read(script::getText));
        WindowDriver.requestContextMenu(robot, script);
        ui.waitFor("the script's menu", () -> script.getContextMenu().isShowing());
        assertThat(WindowDriver.read(() -> items.get(0).isDisable())).isFalse();
        robot.interact(() -> {
            items.get(0).fire();
            script.getContextMenu().hide();
        });
        assertThat(ui.text("#status")).isEqualTo("Texte sélectionné copié.");
        // The script's own text: the password the preview masks goes to the clipboard as it is.
        assertThat(ui.clipboard()).isEqualTo(WindowDriver.read(script::getText)
                .replace(SecretRedactor.MASK, "demo-Pa55w0rd!")).contains("OS_PASSWORD='demo-Pa55w0rd!'");

        WindowDriver.requestContextMenu(robot, ui.table().lookup(".table-row-cell"));
        ui.waitFor("the table's menu", () -> menuTexts(robot).contains("Copier la valeur"));
        assertThat(menuTexts(robot)).containsExactly("Copier la valeur", "Ctrl+C", "Afficher ou masquer la valeur",
                "Utiliser comme…");
        robot.type(KeyCode.ESCAPE);
    }

    /**
     * What a right click or the menu key asks of a control. Monocle's headless glass makes no
     * context-menu event from a right click, so the test sends the one the platform would.
     */
    /** The items of the context menu that shows. */
    private static List<String> menuTexts(FxRobot robot) {
        return WindowDriver.read(() -> robot.lookup(".context-menu .menu-item .label").queryAllAs(Labeled.class)
                .stream().filter(label -> label.getScene().getWindow().isShowing()).map(Labeled::getText).toList());
    }

    /** The texts of the table's Field column, as drawn. */
    private static List<String> fieldLabels(FxRobot robot) {
        return WindowDriver.read(() -> robot.lookup("#credentials .table-cell").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).filter(text -> text != null && !text.isEmpty()).toList());
    }
}
