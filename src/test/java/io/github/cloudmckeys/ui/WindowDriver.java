package io.github.cloudmckeys.ui;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ContextMenuEvent;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The main window as a test sees it: its controls by id, and waits on conditions instead of sleeps. */
final class WindowDriver {
    static final int TIMEOUT_SECONDS = 15;

    private final FxRobot robot;

    WindowDriver(FxRobot robot) {
        this.robot = robot;
    }

    TextField search() {
        return robot.lookup("#serviceSearch").queryAs(TextField.class);
    }

    @SuppressWarnings("unchecked")
    TableView<CredentialRow> table() {
        return robot.lookup("#credentials").queryAs(TableView.class);
    }

    String text(String id) {
        return read(() -> robot.lookup(id).queryAs(Labeled.class).getText());
    }

    boolean visible(String id) {
        return read(() -> robot.lookup(id).query().isVisible());
    }

    /** The suggestion popup's list, when it shows. */
    @SuppressWarnings("unchecked")
    ListView<Object> suggestions() {
        return robot.lookup(".auto-complete-popup").match(node -> node instanceof ListView && node.isVisible())
                .tryQueryAs(ListView.class).orElse(null);
    }

    /** The texts the value column shows, row by row, as rendered. */
    List<String> shownValues() {
        return read(() -> robot.lookup("#credentials .value-cell").queryAllAs(Labeled.class).stream()
                .filter(cell -> cell.getText() != null && !cell.getText().isEmpty())
                .sorted((a, b) -> Double.compare(a.localToScene(0, 0).getY(), b.localToScene(0, 0).getY()))
                .map(Labeled::getText)
                .toList());
    }

    /** The reveal toggle of the row showing {@code label}. */
    ToggleButton revealButtonOf(String label) {
        return rowButton(label, ".reveal", ToggleButton.class);
    }

    Button copyButtonOf(String label) {
        return rowButton(label, ".copy", Button.class);
    }

    private <T extends Node> T rowButton(String label, String styleClass, Class<T> type) {
        Node labelCell = robot.lookup("#credentials .table-cell").match(
                (Labeled cell) -> label.equals(cell.getText())).query();
        return robot.from(labelCell.getParent()).lookup(styleClass).queryAs(type);
    }

    String clipboard() {
        return read(() -> Clipboard.getSystemClipboard().getString());
    }

    void waitFor(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> read(condition));
        } catch (TimeoutException e) {
            throw new AssertionError("waited " + TIMEOUT_SECONDS + " s for " + what, e);
        }
    }

    /** Closes the window's model on the UI thread, then the runner: what every window test does last. */
    static void close(MainWindow window, FxBackgroundRunner runner) {
        read(() -> {
            window.model().close();
            return null;
        });
        runner.close();
    }

    /** Monocle makes no context-menu request of a right click: sends the one a right click on {@code node} makes. */
    static void requestContextMenu(FxRobot robot, Node node) {
        robot.interact(() -> {
            Bounds bounds = node.localToScreen(node.getBoundsInLocal());
            double x = bounds.getMinX() + 20;
            double y = bounds.getMinY() + 12;
            Point2D local = node.screenToLocal(x, y);
            node.fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, local.getX(), local.getY(),
                    x, y, false, null));
        });
    }

    /** Reads UI state on the UI thread. */
    static <T> T read(Callable<T> query) {
        try {
            return WaitForAsyncUtils.asyncFx(query).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError(e);
        }
    }
}
