package io.github.cloudmckeys.ui;

import static io.github.cloudmckeys.ui.MainViewModelTest.CLOCK;
import static io.github.cloudmckeys.ui.MainViewModelTest.ROLES;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudmckeys.session.PortalAccess;
import io.github.cloudmckeys.session.PortalToOpen;
import io.github.cloudmckeys.credentials.FieldLabels;
import io.github.cloudmckeys.render.ShellDialect;
import io.github.cloudmckeys.i18n.Language;
import io.github.cloudmckeys.i18n.Messages;
import io.github.cloudmckeys.portal.ServiceEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window at its minimum size, in English and in French, on the demo portal with its
 * largest service shown, a test result and a status sentence: every command lies inside the
 * window, whole (no text cut to "…"), the table shows four whole rows, and the preview's
 * visible lines hold every line of the script that sets a variable.
 */
@ExtendWith(ApplicationExtension.class)
class MinimumSizeTest {
    /** Every command of the window, by id. */
    static final List<String> COMMANDS = List.of("#serviceSearch", "#connect", "#preferences", "#helpMenu",
            "#credentials", "#exportTabs", "#shell", "#promptPassword", "#script", "#testCredentials", "#testResult",
            "#saveExports", "#copyExports", "#status");

    private Stage stage;
    private FxBackgroundRunner runner;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        runner = new FxBackgroundRunner();
    }

    @AfterEach
    void stop() {
        WindowDriver.read(() -> {
            window.model().close();
            return null;
        });
        runner.close();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyCommandIsWholeInsideTheWindow(Language language, FxRobot robot) {
        WindowDriver ui = new WindowDriver(robot);
        Messages messages = Messages.of(language);
        WindowDriver.read(() -> {
            window = MainWindow.show(stage, new MainWindow.Services(runner, new FxClipboardService(),
                    new ScriptedDialogs(), CLOCK, ROLES, FieldLabels.load(language.locale()), messages));
            return null;
        });
        WindowDriver.read(() -> { // after the window's own check of the size it was given
            stage.setWidth(MainWindow.MIN_WIDTH);
            stage.setHeight(MainWindow.MIN_HEIGHT);
            window.model().connect(PortalToOpen.of(new PortalAccess.Demo(Optional.empty()), messages));
            return null;
        });
        ui.waitFor("the services", () -> !window.model().catalog().entries().isEmpty());
        WindowDriver.read(() -> {
            // The demo's object storage: a password, S3 keys and both Keystone versions, the most a service holds.
            ServiceEntry storage = window.model().catalog().entries().stream()
                    .filter(entry -> entry.label().startsWith("Object Storage")).findFirst().orElseThrow();
            window.model().select(storage);
            return null;
        });
        ui.waitFor("the credentials", () -> !window.model().rows().isEmpty());
        WindowDriver.read(() -> {
            window.model().credentialsCheck().test();
            return null;
        });
        ui.waitFor("the demo Keystone's answer",
                () -> window.model().credentialsCheck().outcomeProperty().get() == CredentialsCheck.Outcome.TOKEN);
        WindowDriver.read(() -> {
            window.model().copyExports();
            return null;
        });
        ui.waitFor("the status sentence", () -> !window.model().statusProperty().get().isEmpty());
        // The answer and the status take their room at the next layout pulses: wait until nothing sticks out.
        List<List<String>> last = new ArrayList<>();
        try {
            ui.waitFor("every command whole", () -> {
                last.add(0, problems(robot));
                return last.get(0).isEmpty();
            });
        } catch (AssertionError timedOut) {
            // said below, with what sticks out
        }
        List<String> problems = last.get(0);
        assertThat(problems).as("at %s × %s in %s", MainWindow.MIN_WIDTH, MainWindow.MIN_HEIGHT, language)
                .isEmpty();
        assertThat(WindowDriver.read(this::wholeRowsShown)).isGreaterThanOrEqualTo(MainView.MIN_TABLE_ROWS);
        assertThat(WindowDriver.read(() -> visiblePreviewLines(robot)))
                .containsAll(variableLines(WindowDriver.read(() -> window.model().export().previewProperty().get())));
    }

    private List<String> problems(FxRobot robot) {
        List<String> found = new ArrayList<>();
        assertThat(stage.getWidth()).isEqualTo(MainWindow.MIN_WIDTH);
        assertThat(stage.getHeight()).isEqualTo(MainWindow.MIN_HEIGHT);
        for (String id : COMMANDS) {
            whole(robot.lookup(id).query(), id, found);
        }
        for (Node tab : robot.lookup("#exportTabs .tab").queryAll()) {
            whole(tab, "tab " + ((Labeled) tab.lookup(".tab-label")).getText(), found);
        }
        return found;
    }

    /** Visible, inside the window and inside every parent, its text not cut. */
    private void whole(Node node, String what, List<String> found) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                found.add(what + " is hidden");
                return;
            }
        }
        Bounds bounds = node.localToScene(node.getLayoutBounds());
        double width = stage.getScene().getWidth();
        double height = stage.getScene().getHeight();
        if (bounds.getMinX() < -0.5 || bounds.getMinY() < -0.5 || bounds.getMaxX() > width + 0.5
                || bounds.getMaxY() > height + 0.5) {
            found.add(what + " at " + bounds + " is outside the window (" + width + " × " + height + ")");
        }
        for (Parent parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof ScrollPane || parent.getStyleClass().contains("viewport")) {
                break; // a scrolled content is meant to be larger than its viewport
            }
            Bounds outer = parent.localToScene(parent.getLayoutBounds());
            if (bounds.getMaxX() > outer.getMaxX() + 0.5 || bounds.getMaxY() > outer.getMaxY() + 0.5
                    || bounds.getMinX() < outer.getMinX() - 0.5 || bounds.getMinY() < outer.getMinY() - 0.5) {
                found.add(what + " at " + bounds + " sticks out of " + parent.getClass().getSimpleName() + " " + outer);
                break;
            }
        }
        if (node.getLayoutBounds().getWidth() + 0.5 < node.minWidth(-1) && !(node instanceof TextArea)) {
            found.add(what + " is narrower (" + node.getLayoutBounds().getWidth() + ") than its minimum "
                    + node.minWidth(-1));
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
            String shown = labeled.lookupAll(".text").stream().filter(Text.class::isInstance)
                    .map(t -> ((Text) t).getText()).reduce("", String::concat);
            String full = labeled.isMnemonicParsing() ? labeled.getText().replace("_", "") : labeled.getText();
            if (!shown.replace("\n", " ").replaceAll("\\s+", " ").strip()
                    .equals(full.replaceAll("\\s+", " ").strip())) {
                found.add(what + " shows \"" + shown + "\" instead of \"" + full + "\"");
            }
        }
    }

    private long wholeRowsShown() {
        Node table = window.view().root().lookup("#credentials");
        Bounds inside = table.localToScene(table.getLayoutBounds());
        return table.lookupAll(".table-row-cell").stream()
                .filter(row -> row.isVisible() && ((TableRow<?>) row).getItem() != null)
                .map(row -> row.localToScene(row.getLayoutBounds()))
                .filter(b -> b.getMinY() >= inside.getMinY() - 0.5 && b.getMaxY() <= inside.getMaxY() + 0.5)
                .count();
    }

    /** The preview's lines that its viewport shows whole, scrolled to the top as the window opens. */
    private List<String> visiblePreviewLines(FxRobot robot) {
        TextArea script = robot.lookup("#script").queryAs(TextArea.class);
        assertThat(script.getScrollTop()).isZero();
        ScrollPane viewport = (ScrollPane) script.lookup(".scroll-pane");
        Text text = (Text) script.lookup(".content .text");
        double lineHeight = text.getLayoutBounds().getHeight() / script.getText().split("\n", -1).length;
        double topPadding = ((Region) script.lookup(".content")).snappedTopInset();
        int lines = (int) Math.floor((viewport.getViewportBounds().getHeight() - topPadding) / lineHeight);
        List<String> all = Arrays.asList(script.getText().split("\n", -1));
        return all.subList(0, Math.min(lines, all.size()));
    }

    private static List<String> variableLines(String preview) {
        List<String> lines = Arrays.stream(preview.split("\n"))
                .filter(line -> ScriptPreview.setsVariable(ShellDialect.POSIX, line)).toList();
        assertThat(lines).as("the lines that set variables").hasSizeGreaterThan(5);
        return lines;
    }
}
