package io.github.cloudmckeys.app;

import java.lang.reflect.InvocationTargetException;
import javafx.collections.ListChangeListener;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The benchmarks' launcher (bench/run.sh, docs/benchmarks.md): runs a main class (the app's,
 * {@value #APP}, unless {@value #MAIN_PROPERTY} names another, the empty window) with a probe on
 * its first window, then ends the JVM once what {@value #PROBE_PROPERTY} asks for is painted:
 * {@code first-frame}, or {@code service:TEXT} (the service TEXT designates picked and shown).
 * It prints one line first:
 * <pre>cloudmc-benchmark event=first-frame paintedAtMs=... processAgeMs=... vmHwmKiB=...</pre>
 * Test code only: the app itself never ends the JVM this way (it would skip clearing the clipboard).
 */
public final class ProbedMain {
    static final String APP = "io.github.cloudmckeys.app.Main";
    static final String MAIN_PROPERTY = "cloudmc.probe.main";
    static final String PROBE_PROPERTY = "cloudmc.probe";

    private ProbedMain() {}

    public static void main(String[] args) throws ReflectiveOperationException {
        String probe = System.getProperty(PROBE_PROPERTY, "first-frame");
        WindowProbe onWindow = WindowProbe.parse(probe);
        boolean[] attached = new boolean[1];
        // Window's list is filled on the UI thread when a window is shown, before its first pulse.
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                for (Window window : change.getAddedSubList()) {
                    if (!attached[0] && window instanceof Stage && window.getScene() != null) {
                        attached[0] = true;
                        onWindow.attach(window.getScene());
                    }
                }
            }
        });
        try {
            Class.forName(System.getProperty(MAIN_PROPERTY, APP)).getMethod("main", String[].class)
                    .invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("the probed main failed", e.getCause());
        }
    }
}
