package io.github.cloudmckeys.app;

import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;

/**
 * What {@link ProbedMain} waits for in the window, through its nodes as a user sees them (the
 * search field {@code #serviceSearch}, the busy indicator {@code #busy}, the credentials table
 * {@code #credentials}, the script {@code #script}), then reports and ends the JVM.
 */
record WindowProbe(String service) {
    static WindowProbe parse(String probe) {
        if (probe.equals("first-frame")) {
            return new WindowProbe(null);
        }
        if (probe.startsWith("service:") && probe.length() > "service:".length()) {
            return new WindowProbe(probe.substring("service:".length()));
        }
        throw new IllegalArgumentException("cloudmc.probe is first-frame or service:TEXT, not " + probe);
    }

    void attach(Scene scene) {
        FirstFrame.whenPainted(scene, () -> {
            if (service == null) {
                report("first-frame", System.currentTimeMillis());
            } else {
                pickWhenListed(scene);
            }
        });
    }

    /** Once the portal is read (the window is not busy any more), Enter in the search field with the text. */
    private void pickWhenListed(Scene scene) {
        onEveryPulseUntil(scene, () -> {
            Node busy = scene.lookup("#busy");
            if (busy == null || busy.isVisible()) {
                return false;
            }
            TextField search = (TextField) scene.lookup("#serviceSearch");
            long pickedAt = System.currentTimeMillis();
            search.setText(service);
            search.fireEvent(new ActionEvent());
            onEveryPulseUntil(scene, () -> {
                if (!shown(scene)) {
                    return false;
                }
                FirstFrame.whenPainted(scene, () -> {
                    long now = System.currentTimeMillis();
                    report("service-shown", now, "pickToPaintedMs=" + (now - pickedAt));
                });
                return true;
            });
            return true;
        });
    }

    /** The credentials table has rows and the script is written. */
    private static boolean shown(Scene scene) {
        Node table = scene.lookup("#credentials");
        Node script = scene.lookup("#script");
        return table instanceof TableView<?> rows && !rows.getItems().isEmpty()
                && script instanceof TextInputControl text && !text.getText().isEmpty();
    }

    /** Checks {@code done} after each pulse's layout until it says true. */
    private static void onEveryPulseUntil(Scene scene, java.util.function.BooleanSupplier done) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (done.getAsBoolean()) {
                scene.removePostLayoutPulseListener(listener[0]);
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    /** Prints the benchmark line and ends the JVM at once (nothing saved, nothing cleared). */
    private static void report(String event, long atMillis, String... extra) {
        StringBuilder line = new StringBuilder("cloudmc-benchmark event=").append(event)
                .append(" paintedAtMs=").append(atMillis)
                .append(" processAgeMs=").append(ProcessFigures.ageMillis())
                .append(" vmHwmKiB=").append(ProcessFigures.peakResidentKiB());
        for (String pair : extra) {
            line.append(" ").append(pair);
        }
        System.out.println(line);
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }
}
