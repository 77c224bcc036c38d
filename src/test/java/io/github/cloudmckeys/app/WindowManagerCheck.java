package io.github.cloudmckeys.app;

import io.github.cloudmckeys.app.settings.AppSettings;
import io.github.cloudmckeys.app.settings.XdgSettingsStore;
import io.github.cloudmckeys.credentials.FieldLabels;
import io.github.cloudmckeys.credentials.FieldRoles;
import io.github.cloudmckeys.ui.FxBackgroundRunner;
import io.github.cloudmckeys.ui.FxClipboardService;
import io.github.cloudmckeys.ui.MainWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The real window under a real window manager (.ci/window-wm.sh: Xvfb and Openbox), not
 * Monocle: the main window's size once shown is its preferred size at a first start and
 * the saved size at the second; the Preferences and Connect dialogs open at their content's
 * size. Prints what it measured and exits 0 when all holds, 1 otherwise. Needs DISPLAY.
 */
public final class WindowManagerCheck {
    private static final long TIMEOUT_MILLIS = 15_000;
    /** How long a size must hold to count as the window manager's last word. */
    private static final long STEADY_MILLIS = 1_000;
    private static final double SAVED_WIDTH = 1111;
    private static final double SAVED_HEIGHT = 801;

    private final List<String> failures = new ArrayList<>();
    private final Path config;
    private FxBackgroundRunner runner;

    private WindowManagerCheck(Path config) {
        this.config = config;
    }

    public static void main(String[] args) throws Exception {
        WindowManagerCheck check = new WindowManagerCheck(Files.createTempDirectory("cloudmc-wm-"));
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        Platform.setImplicitExit(false);
        check.run();
        Platform.exit();
        check.failures.forEach(failure -> System.out.println("FAIL " + failure));
        System.out.println(check.failures.isEmpty() ? "window-wm: all sizes as asked" : "window-wm: failed");
        System.exit(check.failures.isEmpty() ? 0 : 1);
    }

    private void run() throws Exception {
        runner = onFx(FxBackgroundRunner::new);
        // First start: nothing saved, the preferred size.
        DesktopSession first = start();
        expectSize("first start", first, MainWindow.DEFAULT_WIDTH, MainWindow.DEFAULT_HEIGHT);
        expectDialogAtContentSize("Preferences", () -> first.window().model().preferences().edit());
        expectDialogAtContentSize("Connect", () -> first.window().model().openConnectDialog());
        onFx(() -> {
            first.window().stage().setWidth(SAVED_WIDTH);
            first.window().stage().setHeight(SAVED_HEIGHT);
            return null;
        });
        expectSize("after the resize", first, SAVED_WIDTH, SAVED_HEIGHT);
        onFx(() -> {
            first.close();
            first.window().stage().hide();
            return null;
        });
        // Second start: the size saved when the first closed.
        DesktopSession second = start();
        expectSize("second start", second, SAVED_WIDTH, SAVED_HEIGHT);
        onFx(() -> {
            second.close();
            second.window().stage().hide();
            runner.close();
            return null;
        });
    }

    private DesktopSession start() throws Exception {
        Map<String, String> env = Map.of("XDG_CONFIG_HOME", config.toString());
        XdgSettingsStore store = XdgSettingsStore.forEnvironment(env, config);
        AppSettings settings = store.load();
        return onFx(() -> DesktopSession.start(new Stage(), env, store, settings, runner, dialogs ->
                new MainWindow.Services(runner, new FxClipboardService(), dialogs, Clock.systemUTC(),
                        FieldRoles.load(), FieldLabels.load(Locale.ENGLISH))));
    }

    private void expectSize(String when, DesktopSession session, double width, double height) throws Exception {
        Stage stage = session.window().stage();
        boolean held = steadily(() -> Math.abs(stage.getWidth() - width) < 1 && Math.abs(stage.getHeight() - height) < 1
                && stage.isShowing());
        String measured = onFx(() -> stage.getWidth() + " × " + stage.getHeight() + " (scene "
                + stage.getScene().getWidth() + " × " + stage.getScene().getHeight() + ")");
        System.out.println("main window, " + when + ": " + measured + ", asked " + width + " × " + height);
        if (!held) {
            failures.add("main window, " + when + ": " + measured + " instead of " + width + " × " + height);
        }
    }

    /** Opens a dialog with {@code open} (which waits for it to close), measures it, then closes it. */
    private void expectDialogAtContentSize(String name, Runnable open) throws Exception {
        Platform.runLater(open);
        boolean fits = steadily(() -> dialogPane() != null && fitsContent(dialogPane()));
        String measured = onFx(() -> {
            DialogPane pane = dialogPane();
            return pane == null ? "not shown" : pane.getScene().getWidth() + " × " + pane.getScene().getHeight()
                    + ", content " + pane.prefWidth(-1) + " × " + pane.prefHeight(pane.prefWidth(-1));
        });
        System.out.println(name + " dialog: " + measured);
        if (!fits) {
            failures.add(name + " dialog: " + measured);
        }
        onFx(() -> {
            DialogPane pane = dialogPane();
            if (pane != null) {
                pane.getScene().getWindow().hide();
            }
            return null;
        });
    }

    /** The scene is the pane's preferred size (a pixel either way): nothing cut off, nothing left empty. */
    private static boolean fitsContent(DialogPane pane) {
        double width = pane.prefWidth(-1);
        double height = pane.prefHeight(width);
        return Math.abs(pane.getScene().getWidth() - Math.ceil(width)) <= 1
                && Math.abs(pane.getScene().getHeight() - Math.ceil(height)) <= 1;
    }

    private static DialogPane dialogPane() {
        for (Window window : Window.getWindows()) {
            if (window.isShowing() && window.getScene() != null && window.getScene().getRoot() instanceof DialogPane pane) {
                return pane;
            }
        }
        return null;
    }

    /** True once {@code condition} (read on the UI thread) has held for {@link #STEADY_MILLIS}; false at the timeout. */
    private static boolean steadily(BooleanSupplier condition) throws Exception {
        long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
        long heldSince = -1;
        while (System.currentTimeMillis() < deadline) {
            boolean now = onFx(condition::getAsBoolean);
            long at = System.currentTimeMillis();
            heldSince = now ? (heldSince < 0 ? at : heldSince) : -1;
            if (heldSince >= 0 && at - heldSince >= STEADY_MILLIS) {
                return true;
            }
            nextPulses();
        }
        return false;
    }

    /** Waits for the UI thread to go through its queue twice: the next condition check sees at least a pulse later. */
    private static void nextPulses() throws Exception {
        for (int i = 0; i < 2; i++) {
            CompletableFuture<Void> done = new CompletableFuture<>();
            Platform.runLater(() -> Platform.runLater(() -> done.complete(null)));
            done.get(5, TimeUnit.SECONDS);
            CompletableFuture.runAsync(() -> { }, CompletableFuture.delayedExecutor(50, TimeUnit.MILLISECONDS)).get();
        }
    }

    private static <T> T onFx(Supplier<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(30, TimeUnit.SECONDS);
    }
}
