package io.github.cloudmckeys.demo;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CountDownLatch;

/**
 * The demo portal on its own, for end-to-end scripts (.ci/keyring-e2e.sh) that log in to a real
 * portal on loopback: writes its endpoint URL into the file named by the first argument (whole,
 * once listening) and serves until the process is stopped. Its key is {@link DemoPortal#API_KEY}.
 */
public final class ServedDemoPortal {
    private ServedDemoPortal() {}

    public static void main(String[] args) throws Exception {
        DemoPortal portal = DemoPortal.start();
        Path target = Path.of(args[0]);
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        Files.writeString(partial, portal.endpoint() + "\n", StandardCharsets.UTF_8);
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        new CountDownLatch(1).await(); // until the script ends the process
    }
}
