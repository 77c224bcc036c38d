package io.github.cloudmckeys.demo;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * An embedded CloudMC portal: a real HTTP server on 127.0.0.1 and a free port, serving the
 * API this app uses ({@code /environments}, {@code /services/connections},
 * {@code /services/connections/{id}/apiInfo?environmentId=…}, {@code /users}) under
 * {@code /api/v2}, from {@link DemoData}. It is the app's portal when none is configured, and
 * the server tests talk to. Requests need the header {@code MC-Api-Key: }{@link #API_KEY}. Its
 * services' authentication URLs name its own Keystone ({@link DemoKeystone}) on the same server:
 * the demo's sample passwords never go to a real one.
 *
 * <pre>{@code
 * try (DemoPortal portal = DemoPortal.start()) {
 *     URI endpoint = portal.endpoint(); // http://127.0.0.1:<port>/api/v2
 * }
 * }</pre>
 */
public final class DemoPortal implements AutoCloseable {

    /** The demo portal's API key. Public on purpose: it guards nothing but sample data. */
    public static final String API_KEY = "demo-key-not-a-secret";

    private static final Logger LOG = Logger.getLogger(DemoPortal.class.getName());
    private static final int THREADS = 3;
    private static final AtomicInteger THREAD_NUMBER = new AtomicInteger();

    static {
        // The JDK's server writes a response's headers and its body separately; with Nagle's algorithm on, the body
        // then waits for the client's delayed acknowledgement of the headers: 40 ms added to every request over
        // loopback (docs/benchmarks.md, service picked → shown). The JDK reads this once, for its first server.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final URI endpoint;
    private final DemoKeystone keystone;
    private final AtomicBoolean closed = new AtomicBoolean();

    private DemoPortal(HttpServer server, ExecutorService executor, DemoKeystone keystone) {
        this.server = server;
        this.keystone = keystone;
        this.executor = executor;
        this.endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + DemoPortalHandler.BASE_PATH);
    }

    /** Starts a portal serving the bundled sample data, whose authentication URLs lead to the demo's own Keystone. */
    public static DemoPortal start() {
        return start(DemoData.bundled(), true);
    }

    /**
     * Starts a portal serving {@code data} on 127.0.0.1 and a port the system picks, its values as they are
     * (the demo's Keystone answers, but no service names it).
     *
     * @throws UncheckedIOException when no loopback port can be opened
     */
    public static DemoPortal start(DemoData data) {
        return start(data, false);
    }

    /** @param ownKeystone true to answer the services' authentication URLs with the demo's own Keystone */
    private static DemoPortal start(DemoData data, boolean ownKeystone) {
        Objects.requireNonNull(data, "data");
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(loopback(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("The demo portal could not open a port on 127.0.0.1.", e);
        }
        String identity = ownKeystone ? "http://127.0.0.1:" + server.getAddress().getPort() + DemoKeystone.PATH : null;
        server.createContext("/", new DemoPortalHandler(data, Instant.now(), identity));
        DemoKeystone keystone = new DemoKeystone(data, Clock.systemUTC());
        server.createContext(DemoKeystone.PATH, keystone);
        ExecutorService executor = new ThreadPoolExecutor(THREADS, THREADS, 0, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(), runnable -> {
                    Thread thread = new Thread(runnable, "demo-portal-" + THREAD_NUMBER.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        server.setExecutor(executor);
        // HttpServer's dispatcher thread inherits the daemon flag of the thread that calls start():
        // starting it from a daemon worker lets the JVM exit even if nobody closes the portal.
        try {
            executor.submit(server::start).get();
        } catch (ExecutionException e) {
            executor.shutdownNow();
            throw new IllegalStateException("The demo portal did not start.", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.stop(0);
            executor.shutdownNow();
            throw new IllegalStateException("Interrupted while starting the demo portal.", e);
        }
        DemoPortal portal = new DemoPortal(server, executor, keystone);
        LOG.fine(() -> "demo portal listening on " + portal.endpoint + " with "
                + data.environments().size() + " environments");
        return portal;
    }

    private static InetAddress loopback() {
        try {
            // 127.0.0.1 exactly, whatever java.net.preferIPv6Addresses says: endpoint() names it.
            return InetAddress.getByAddress("127.0.0.1", new byte[] {127, 0, 0, 1});
        } catch (UnknownHostException e) {
            throw new IllegalStateException("127.0.0.1 is not an address", e);
        }
    }

    /** The API endpoint, {@code http://127.0.0.1:<port>/api/v2}, without a trailing slash. */
    public URI endpoint() {
        return endpoint;
    }

    /** How many tokens the demo's own Keystone gave: Test credentials and check on the demo end there. */
    public int keystoneTokensGiven() {
        return keystone.tokensGiven();
    }

    /** The socket address the server listens on. */
    InetSocketAddress boundAddress() {
        return server.getAddress();
    }

    /** Stops the server at once (open exchanges are cut) and its threads; a second call does nothing. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        server.stop(0);
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.fine("demo portal threads still busy after close");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.fine(() -> "demo portal on " + endpoint + " closed");
    }

    @Override
    public String toString() {
        return "DemoPortal[" + endpoint + "]";
    }
}
