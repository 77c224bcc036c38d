package io.github.cloudmckeys.app.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A real Squid (Debian's {@code squid}) on 127.0.0.1, in the foreground, with its own folder: a
 * {@code hosts_file} that names hosts the machine cannot resolve, an access log to read the
 * CONNECTs from, and optionally {@code basic_ncsa_auth} with one user. Not installed: the test is
 * skipped, unless {@value #REQUIRE} is set (CI), then it fails.
 */
public final class Squid implements AutoCloseable {
    static final String REQUIRE = "CLOUDMC_REQUIRE_SQUID";
    private static final Path SQUID = Path.of("/usr/sbin/squid");
    private static final Path NCSA = Path.of("/usr/lib/squid/basic_ncsa_auth");

    private final Process process;
    private final Path dir;
    private final int port;

    private Squid(Process process, Path dir, int port) {
        this.process = process;
        this.dir = dir;
        this.port = port;
    }

    /** @param hosts lines of an /etc/hosts file; @param login user and password for Basic, or empty for none */
    public static Squid start(List<String> hosts, Optional<Map.Entry<String, String>> login) throws Exception {
        if (!Files.isExecutable(SQUID) || (login.isPresent() && !Files.isExecutable(NCSA))) {
            if (System.getenv(REQUIRE) != null && !System.getenv(REQUIRE).isBlank()) {
                fail("squid (with basic_ncsa_auth) is not installed but " + REQUIRE + " requires it");
            }
            Assumptions.assumeTrue(false, "squid is not installed: skipped (set " + REQUIRE + " to require it)");
        }
        // Squid started by root runs as "proxy": its folder must be that user's, outside JUnit's private folders.
        Path dir = Files.createTempDirectory("cloudmc-squid", PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxr-xr-x")));
        Files.write(dir.resolve("hosts"), hosts);
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        String auth = "";
        if (login.isPresent()) {
            Files.writeString(dir.resolve("passwd"), login.get().getKey() + ":" + apr1(dir, login.get().getValue())
                    + "\n");
            auth = """
                    auth_param basic program %s %s
                    auth_param basic realm cloudmc-keys-test
                    acl login proxy_auth REQUIRED
                    http_access deny !login
                    """.formatted(NCSA, dir.resolve("passwd"));
        }
        Files.writeString(dir.resolve("squid.conf"), """
                http_port 127.0.0.1:%d
                pid_filename %s/squid.pid
                cache_log %s/cache.log
                access_log stdio:%s/access.log
                cache deny all
                cache_dir null /tmp
                hosts_file %s/hosts
                dns_nameservers 127.0.0.1
                dns_timeout 3 seconds
                pinger_enable off
                shutdown_lifetime 0 seconds
                coredump_dir %s
                %s
                http_access allow localhost
                http_access deny all
                """.formatted(port, dir, dir, dir, dir, dir, auth));
        if ("root".equals(System.getProperty("user.name"))) {
            UserPrincipal proxy = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("proxy");
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.setOwner(file, proxy);
                }
            }
            Files.setOwner(dir, proxy);
        }
        Process process = new ProcessBuilder(SQUID.toString(), "-N", "-d", "1", "-f",
                dir.resolve("squid.conf").toString()).redirectErrorStream(true).start();
        Squid squid = new Squid(process, dir, port);
        squid.awaitListening();
        return squid;
    }

    /** Reads Squid's log lines until it says it accepts connections (or it ends). */
    private void awaitListening() throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        StringBuilder said = new StringBuilder();
        for (String line; (line = lines.readLine()) != null; ) {
            said.append(line).append('\n');
            if (line.contains("Accepting HTTP Socket connections")) {
                Thread drain = new Thread(() -> drain(lines), "squid-log");
                drain.setDaemon(true);
                drain.start();
                return;
            }
        }
        throw new IOException("squid did not start:\n" + said);
    }

    /** Reads what Squid still says, so that it never blocks on a full pipe, until it ends. */
    private static void drain(BufferedReader lines) {
        try {
            while (lines.readLine() != null) {
                continue;
            }
        } catch (IOException e) {
            // Squid stopped
        }
    }

    /** An Apache MD5 ({@code $apr1$}) hash that basic_ncsa_auth reads, made by openssl from standard input. */
    private static String apr1(Path dir, String password) throws IOException, InterruptedException {
        Process openssl = new ProcessBuilder("openssl", "passwd", "-apr1", "-stdin").directory(dir.toFile()).start();
        openssl.getOutputStream().write((password + "\n").getBytes(StandardCharsets.UTF_8));
        openssl.getOutputStream().close();
        String hash = new String(openssl.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!openssl.waitFor(30, TimeUnit.SECONDS) || openssl.exitValue() != 0 || !hash.startsWith("$apr1$")) {
            throw new IOException("openssl passwd failed");
        }
        return hash;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** The URL with a login, percent-encoded as a proxy URL carries it. */
    String url(String user, String password) {
        return "http://" + java.net.URLEncoder.encode(user, StandardCharsets.UTF_8) + ":"
                + java.net.URLEncoder.encode(password, StandardCharsets.UTF_8).replace("+", "%20") + "@127.0.0.1:"
                + port;
    }

    /** Squid's access log so far (it writes each line when the transaction ends). */
    public String accessLog() throws IOException {
        Path log = dir.resolve("access.log");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    /**
     * The access log once a line matches {@code pattern}: Squid writes a CONNECT's line when the
     * tunnel closes, a moment after the client is gone, so the test waits for the file to change.
     */
    public String awaitAccessLog(java.util.regex.Pattern pattern) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        try (java.nio.file.WatchService watch = dir.getFileSystem().newWatchService()) {
            dir.register(watch, java.nio.file.StandardWatchEventKinds.ENTRY_CREATE,
                    java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY);
            while (true) {
                String log = accessLog();
                if (pattern.matcher(log).find()) {
                    return log;
                }
                long left = deadline - System.nanoTime();
                java.nio.file.WatchKey key = left > 0 ? watch.poll(left, TimeUnit.NANOSECONDS) : null;
                if (key == null) {
                    return log; // the caller's assertion says what is missing
                }
                key.pollEvents();
                key.reset();
            }
        }
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
