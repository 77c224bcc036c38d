package io.github.cloudmckeys.ui;

import io.github.cloudmckeys.demo.DemoPortal;
import io.github.cloudmckeys.portal.ApiKey;
import io.github.cloudmckeys.portal.HttpPortalApi;
import io.github.cloudmckeys.portal.PortalApi;
import io.github.cloudmckeys.portal.ServiceEntry;
import java.util.List;
import java.util.Locale;
import javafx.scene.input.KeyCode;

/** {@link WindowBenchmark}'s steps that need no window: its keys, its output lines, the apiInfo floor. */
final class WindowBenchmarkSteps {
    private WindowBenchmarkSteps() {}

    /** The same apiInfo requests through a client of the window's kind, off the UI thread, one at a time. */
    static void apiInfoAlone(DemoPortal portal, List<ServiceEntry> entries) {
        Thread thread = new Thread(() -> {
            try {
                PortalApi api = HttpPortalApi.create(Portals.parse(portal.endpoint()), ApiKey.of(DemoPortal.API_KEY));
                for (ServiceEntry entry : entries) {
                    long start = System.nanoTime();
                    api.apiInfo(entry.connectionId(), entry.environmentId());
                    System.out.printf(Locale.ROOT, "%s apiinfo ms=%.2f%n", WindowBenchmark.PREFIX,
                            millis(System.nanoTime() - start));
                }
                System.out.println(WindowBenchmark.PREFIX + " done");
                System.out.flush();
                Runtime.getRuntime().halt(0);
            } catch (Exception e) {
                fail("apiInfo alone: " + e);
            }
        }, "apiinfo-alone");
        thread.setDaemon(true);
        thread.start();
    }

    static KeyCode keyCode(char c) {
        if (c == ' ') {
            return KeyCode.SPACE;
        }
        if (c == '-') {
            return KeyCode.MINUS;
        }
        if (Character.isDigit(c)) {
            return KeyCode.valueOf("DIGIT" + c);
        }
        return KeyCode.valueOf(String.valueOf(Character.toUpperCase(c)));
    }

    static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }

    /** Says why on standard output and ends the benchmark with status 1. */
    static void fail(String why) {
        System.out.println(WindowBenchmark.PREFIX + " failed: " + why);
        System.out.flush();
        Runtime.getRuntime().halt(1);
    }
}
