package io.github.cloudmckeys.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The first frame painted; the benchmark probe's measures of its process: its age, its peak memory. */
@ExtendWith(ApplicationExtension.class)
class FirstFrameTest {
    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = primary;
    }

    @Test
    void runsTheActionOnceOnTheUiThreadAfterTheFirstFrame(FxRobot robot) throws Exception {
        List<Boolean> onUiThread = new CopyOnWriteArrayList<>();
        CountDownLatch painted = new CountDownLatch(1);
        robot.interact(() -> {
            Scene scene = new Scene(new StackPane(), 200, 100);
            stage.setScene(scene);
            FirstFrame.whenPainted(scene, () -> {
                onUiThread.add(Platform.isFxApplicationThread());
                painted.countDown();
            });
            stage.show();
        });
        assertThat(painted.await(10, TimeUnit.SECONDS)).isTrue();
        // More pulses after the first: the action stays done once.
        robot.interact(() -> ((StackPane) stage.getScene().getRoot()).getChildren().add(new StackPane()));
        robot.interact(() -> { });
        assertThat(onUiThread).containsExactly(true);
    }

    @Test
    void theProcessIsOlderThanItsJvmByLittle() {
        assumeTrue(Files.isReadable(Path.of("/proc/self/stat")), "Linux only");
        long jvmUptime = ManagementFactory.getRuntimeMXBean().getUptime();
        long age = ProcessFigures.ageMillis();
        // The process starts before its JVM (the launcher), 10 ms ticks either way.
        assertThat(age).isBetween(jvmUptime - 30, jvmUptime + 5_000);
    }

    @Test
    void readsThePeakResidentMemory() {
        assumeTrue(Files.isReadable(Path.of("/proc/self/status")), "Linux only");
        long used = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        // At least the Java objects in use are resident, and less than the machine has.
        assertThat(ProcessFigures.peakResidentKiB() * 1024).isGreaterThan(used)
                .isLessThan(Runtime.getRuntime().maxMemory() * 64);
    }
}
