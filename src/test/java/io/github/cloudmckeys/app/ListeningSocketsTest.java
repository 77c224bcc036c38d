package io.github.cloudmckeys.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.cloudmckeys.app.cli.CommandLineApp;
import io.github.cloudmckeys.app.settings.AppSettings;
import io.github.cloudmckeys.app.settings.XdgSettingsStore;
import io.github.cloudmckeys.credentials.FieldLabels;
import io.github.cloudmckeys.credentials.FieldRoles;
import io.github.cloudmckeys.ui.FxBackgroundRunner;
import io.github.cloudmckeys.ui.FxClipboardService;
import io.github.cloudmckeys.ui.MainWindow;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The only socket the app listens on is the demo portal's, on 127.0.0.1; nothing else
 * listens, in the window or on the command line, and nothing is left listening after.
 * Read from the kernel's own tables, so a listener opened by any library would show.
 */
@ExtendWith(ApplicationExtension.class)
class ListeningSocketsTest {
    @TempDir
    Path home;
    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = primary;
    }

    @BeforeEach
    void onLinux() {
        assumeTrue(ListeningSockets.available(), "reads /proc (Linux)");
    }

    private static Set<InetSocketAddress> added(Set<InetSocketAddress> before, Set<InetSocketAddress> after) {
        Set<InetSocketAddress> added = new HashSet<>(after);
        added.removeAll(before);
        return added;
    }

    private static void assertOnlyTheDemoPortalOnLoopback(Set<InetSocketAddress> added) {
        assertThat(added).singleElement().satisfies(address -> {
            assertThat(address.getAddress().getHostAddress()).isEqualTo("127.0.0.1");
            assertThat(address.getPort()).isPositive();
        });
    }

    @Test
    void theWindowOnTheDemoPortalAddsOneListenerOn127001AndRemovesItOnClose(FxRobot robot) throws Exception {
        Set<InetSocketAddress> before = ListeningSockets.ofThisProcess();
        FxBackgroundRunner runner = new FxBackgroundRunner();
        XdgSettingsStore store = new XdgSettingsStore(home.resolve("cloudmc-keys"));
        DesktopSession session = WaitForAsyncUtils.asyncFx(() -> DesktopSession.start(stage, Map.of(), store,
                AppSettings.defaults(), runner, dialogs -> new MainWindow.Services(runner, new FxClipboardService(),
                        dialogs, Clock.systemUTC(), FieldRoles.load(), FieldLabels.load(Locale.ENGLISH))))
                .get(10, TimeUnit.SECONDS);
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                    () -> session.window().model().catalog().entries().size() == 7).get());
            WaitForAsyncUtils.asyncFx(() -> session.window().model().select(session.window().model().catalog()
                    .entries().get(0))).get();
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                    () -> !session.window().model().rows().isEmpty()).get());

            assertOnlyTheDemoPortalOnLoopback(added(before, ListeningSockets.ofThisProcess()));
        } finally {
            WaitForAsyncUtils.asyncFx(() -> {
                session.close();
                stage.hide();
            }).get(10, TimeUnit.SECONDS);
            runner.close();
        }
        assertThat(added(before, ListeningSockets.ofThisProcess())).isEmpty();
    }

    @Test
    void theCommandLineOnTheDemoPortalListensOn127001OnlyWhileItRuns() throws Exception {
        Set<InetSocketAddress> before = ListeningSockets.ofThisProcess();
        Set<InetSocketAddress> whilePrinting = new HashSet<>();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        OutputStream snapshotOnFirstWrite = new OutputStream() {
            private boolean taken;

            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                if (!taken) {
                    taken = true;
                    try {
                        whilePrinting.addAll(ListeningSockets.ofThisProcess());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                printed.write(bytes, offset, length);
            }
        };

        int code = CommandLineApp.run(new String[] {"list", "--demo"}, Map.of(),
                new PrintStream(snapshotOnFirstWrite, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        assertThat(code).isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("Object Storage / ccontini");
        assertOnlyTheDemoPortalOnLoopback(added(before, whilePrinting));
        assertThat(added(before, ListeningSockets.ofThisProcess())).isEmpty();
    }

    @Test
    void addressesAreReadTheWayTheKernelWritesThem() throws Exception {
        assertThat(ListeningSockets.address("0100007F:1F90")).isEqualTo(new InetSocketAddress("127.0.0.1", 8080));
        assertThat(ListeningSockets.address("00000000000000000000000001000000:0050"))
                .isEqualTo(new InetSocketAddress("::1", 80));
        assertThat(ListeningSockets.address("00000000:0016").getAddress().isAnyLocalAddress()).isTrue();
    }
}
