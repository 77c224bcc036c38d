package io.github.cloudmckeys.ui;

import io.github.cloudmckeys.credentials.FieldLabels;
import io.github.cloudmckeys.credentials.FieldRoles;
import io.github.cloudmckeys.demo.DemoData;
import io.github.cloudmckeys.demo.DemoPortal;
import io.github.cloudmckeys.portal.ServiceEntry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;
import javafx.stage.Window;
import impl.org.controlsfx.skin.AutoCompletePopup;

/**
 * The window's response times on a real display (bench/run.sh runs it under Xvfb), on the
 * demo portal over loopback HTTP with {@value #ENVIRONMENTS} environments:
 * <ul>
 * <li>keystroke → suggestions visible: a real key press (the JavaFX robot, through the X
 * server) from the moment the window receives it to the pulse that lays out the popup
 * showing the suggestions for the new text; beside it, to the pulse that shows the typed
 * character in the field (the least a keystroke costs in this window);</li>
 * <li>service picked → table and script shown: from {@code select()} to the pulse after the
 * rows and the script are set; beside it, the portal's {@code apiInfo} answer alone, the same
 * request through the same HTTP client, without the window.</li>
 * </ul>
 * Conditions are checked after the layout of every pulse (an animation timer keeps pulses
 * coming, 60 a second, as any change in the window would). One line per sample on standard
 * output ({@code window-benchmark keystroke ...}, {@code pick ...}, {@code apiinfo ...}), then
 * {@code window-benchmark done}; a step that does not happen within the time limit ends it
 * with {@code window-benchmark failed: ...} and exit status 1.
 */
public final class WindowBenchmark {
    public static final int ENVIRONMENTS = 10_000;
    /** Typed one key at a time, the field emptied between repetitions. */
    public static final String TYPED = "obj eur prod-04";
    static final String PREFIX = "window-benchmark";
    private static final long TIME_LIMIT_SECONDS = 150;

    private WindowBenchmark() {}

    /** {@code [repetitions [picks]]}: how often {@value #TYPED} is typed, how many services are picked. */
    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The window; public for {@code Application.launch}. */
    public static final class App extends Application {
        private int repetitions;
        private int picks;
        private DemoPortal portal;
        private MainWindow window;
        private MainViewModel model;
        private TextField field;
        private Robot robot;
        private Runnable check = () -> { };
        /** What the benchmark waits for, for the failure message. */
        private volatile String state = "starting";

        @Override
        public void start(Stage stage) {
            List<String> args = getParameters().getRaw();
            repetitions = args.isEmpty() ? 4 : Integer.parseInt(args.get(0));
            picks = args.size() < 2 ? 30 : Integer.parseInt(args.get(1));
            ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "watchdog");
                thread.setDaemon(true);
                return thread;
            });
            watchdog.schedule(() -> WindowBenchmarkSteps.fail("not done within " + TIME_LIMIT_SECONDS + " s, " + state), TIME_LIMIT_SECONDS,
                    TimeUnit.SECONDS);

            portal = DemoPortal.start(DemoData.generated(ENVIRONMENTS));
            FxBackgroundRunner runner = new FxBackgroundRunner();
            window = MainWindow.show(stage, new MainWindow.Services(runner, new FxClipboardService(),
                    new ScriptedDialogs(), Clock.systemUTC(), FieldRoles.load(), FieldLabels.load(Locale.ENGLISH)));
            model = window.model();
            field = (TextField) Objects.requireNonNull(stage.getScene().lookup("#serviceSearch"), "the search field");
            robot = new Robot();
            Scene scene = stage.getScene();
            scene.addPostLayoutPulseListener(() -> check.run());
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    // nothing: a running timer asks for a pulse every frame, so that every check gets one
                }
            }.start();

            model.connect(Portals.demo(portal));
            check = () -> {
                if (model.catalog().entries().size() == ENVIRONMENTS) {
                    check = () -> { };
                    Platform.runLater(() -> new Typing(scene).begin());
                }
            };
        }

        /** One key at a time, each measured once its echo and its suggestions showed. */
        private final class Typing {
            private final Scene scene;
            private int repetition;
            private int position;
            private String expectedText;
            private List<ServiceEntry> expected = List.of();
            private boolean measured;
            private long pressedAt = -1;
            private long echoAt = -1;
            private long suggestionsAt = -1;

            Typing(Scene scene) {
                this.scene = scene;
            }

            void begin() {
                // The key's first event to reach the window: its press, or, when the suggestion list took the
                // press (a space selects in a list), its typed character, which follows from the same native event.
                scene.getWindow().addEventFilter(KeyEvent.ANY, event -> {
                    if (expectedText != null && pressedAt < 0 && event.getEventType() != KeyEvent.KEY_RELEASED) {
                        pressedAt = System.nanoTime();
                    }
                });
                // The pointer over the field and a click: the window has the keyboard, the field the focus.
                Bounds bounds = field.localToScreen(field.getBoundsInLocal());
                robot.mouseMove(bounds.getCenterX(), bounds.getCenterY());
                robot.mouseClick(MouseButton.PRIMARY);
                emptyTheField();
            }

            private void emptyTheField() {
                expectedText = null;
                field.setText("");
                position = 0;
                expected = List.of();
                check = () -> {
                    if (popup() == null && field.isFocused()) {
                        check = () -> { };
                        Platform.runLater(this::typeNext);
                    }
                };
            }

            private void typeNext() {
                if (position == TYPED.length()) {
                    repetition++;
                    emptyTheField();
                    if (repetition == repetitions) {
                        check = () -> {
                            if (popup() == null) {
                                check = () -> { };
                                Platform.runLater(() -> new Picking().begin());
                            }
                        };
                    }
                    return;
                }
                char typed = TYPED.charAt(position++);
                expectedText = TYPED.substring(0, position);
                List<ServiceEntry> before = expected;
                expected = model.suggest(expectedText);
                if (expected.isEmpty()) {
                    WindowBenchmarkSteps.fail("nothing matches \"" + expectedText + "\"");
                }
                // A keystroke that leaves the suggestions as they were cannot be seen to arrive: typed, not measured.
                measured = !expected.equals(before);
                pressedAt = -1;
                echoAt = -1;
                suggestionsAt = -1;
                check = this::checkKeystroke;
                state = "waiting for \"" + expectedText + "\" and its suggestions";
                robot.keyType(WindowBenchmarkSteps.keyCode(typed));
            }

            private void checkKeystroke() {
                if (pressedAt < 0) {
                    return;
                }
                long now = System.nanoTime();
                if (echoAt < 0 && expectedText.equals(field.getText())) {
                    echoAt = now;
                }
                AutoCompletePopup<?> popup = popup();
                if (suggestionsAt < 0 && popup != null && expected.equals(popup.getSuggestions())) {
                    suggestionsAt = now;
                }
                state = "waiting for \"" + expectedText + "\": pressed, the field shows \"" + field.getText()
                        + "\", the popup " + (popup == null ? "hidden" : popup.getSuggestions().size() + " suggestions");
                if (echoAt >= 0 && suggestionsAt >= 0) {
                    check = () -> { };
                    if (measured) {
                        System.out.printf(Locale.ROOT, "%s keystroke typed=%s echoMs=%.2f suggestionsMs=%.2f%n",
                                PREFIX, expectedText.replace(' ', '_'), WindowBenchmarkSteps.millis(echoAt - pressedAt),
                                WindowBenchmarkSteps.millis(suggestionsAt - pressedAt));
                    }
                    Platform.runLater(this::typeNext);
                }
            }
        }

        /** Services picked one after the other, each measured once its table and script are shown. */
        private final class Picking {
            private final List<ServiceEntry> chosen = new ArrayList<>();
            private int next;
            private ServiceEntry picked;
            private long pickedAt;

            void begin() {
                // Object Storage services: those have an openrc script (compute services only their keys).
                List<ServiceEntry> entries = model.catalog().entries().stream()
                        .filter(entry -> entry.connectionName().startsWith("Object Storage")).toList();
                for (int i = 0; i < picks; i++) {
                    chosen.add(entries.get((int) ((i * 7919L + 13) % entries.size())));
                }
                pickNext();
            }

            private void pickNext() {
                if (next == chosen.size()) {
                    WindowBenchmarkSteps.apiInfoAlone(portal, chosen);
                    return;
                }
                picked = chosen.get(next++);
                check = this::checkShown;
                state = "waiting for " + picked.label() + " to show; the banner says \""
                        + model.banner().messageProperty().get() + "\"";
                pickedAt = System.nanoTime();
                model.select(picked);
            }

            private void checkShown() {
                if (picked.equals(model.selectedServiceProperty().get()) && !model.rows().isEmpty()
                        && !model.export().scriptProperty().get().isEmpty()) {
                    long now = System.nanoTime();
                    check = () -> { };
                    System.out.printf(Locale.ROOT, "%s pick shownMs=%.2f%n", PREFIX, WindowBenchmarkSteps.millis(now - pickedAt));
                    Platform.runLater(this::pickNext);
                }
            }
        }

        private static AutoCompletePopup<?> popup() {
            for (Window shown : Window.getWindows()) {
                if (shown instanceof AutoCompletePopup<?> popup && popup.isShowing()) {
                    return popup;
                }
            }
            return null;
        }
    }
}
