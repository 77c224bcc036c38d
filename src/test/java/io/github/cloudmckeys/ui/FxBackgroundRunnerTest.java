package io.github.cloudmckeys.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

@ExtendWith(ApplicationExtension.class)
class FxBackgroundRunnerTest {

    @Test
    void theWorkRunsOffTheUiThreadAndItsResultOnIt() throws Exception {
        AtomicBoolean workOnUiThread = new AtomicBoolean(true);
        AtomicBoolean resultOnUiThread = new AtomicBoolean(false);
        CountDownLatch done = new CountDownLatch(1);
        try (FxBackgroundRunner runner = new FxBackgroundRunner()) {
            runner.run(() -> {
                workOnUiThread.set(Platform.isFxApplicationThread());
                return "answer";
            }, result -> {
                resultOnUiThread.set(Platform.isFxApplicationThread() && result.equals("answer"));
                done.countDown();
            }, failure -> done.countDown());
            assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(workOnUiThread).isFalse();
        assertThat(resultOnUiThread).isTrue();
    }

    @Test
    void aFailureReachesTheUiThread() throws Exception {
        AtomicReference<Exception> failed = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        try (FxBackgroundRunner runner = new FxBackgroundRunner()) {
            runner.run(() -> {
                throw new java.io.IOException("disk full");
            }, result -> done.countDown(), failure -> {
                failed.set(failure);
                done.countDown();
            });
            assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(failed.get()).hasMessage("disk full");
    }

    @Test
    void workHandedOverAfterCloseStillRunsWithoutAnAnswer() throws Exception {
        FxBackgroundRunner runner = new FxBackgroundRunner();
        runner.close();
        CountDownLatch ran = new CountDownLatch(1);
        AtomicBoolean answered = new AtomicBoolean();

        runner.run(() -> {
            ran.countDown();
            return null;
        }, result -> answered.set(true), failure -> answered.set(true));

        assertThat(ran.await(10, TimeUnit.SECONDS)).isTrue();
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(answered).isFalse();
    }
}
