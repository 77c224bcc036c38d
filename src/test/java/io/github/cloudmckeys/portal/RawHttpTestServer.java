package io.github.cloudmckeys.portal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A deliberately dumb HTTP/1.1 server on a random 127.0.0.1 port, for tests that need a
 * server to misbehave in ways a real server library will not: for each connection it
 * reads the request head (recorded for assertions, see {@link #requests()}), then runs
 * the current {@link Script} on the raw socket. Each connection has its own thread, so a
 * script that never answers does not block the next connection.
 *
 * <pre>{@code
 * try (var server = RawHttpTestServer.start(RawHttpScripts.respond(200, "application/json", "{\"data\":[]}"))) {
 *     URI uri = server.uri("/api/v2/environments");
 *     ...
 *     assertThat(server.requests().get(0).header("MC-Api-Key")).contains("…");
 * }
 * }</pre>
 *
 * {@link RawHttpScripts} has the usual behaviours: a complete response, raw bytes, a
 * body cut off, no answer at all, a trickling body, a huge body, a reset. Closing the
 * server ends every open connection and script.
 */
public final class RawHttpTestServer implements AutoCloseable {

    /** What the server does with one connection once the request head has been read. */
    @FunctionalInterface
    public interface Script {
        void perform(Connection connection) throws IOException, InterruptedException;
    }

    /**
     * A request head as received. {@code http} is false when the first byte was not an
     * HTTP method (e.g. a TLS ClientHello); method and target are then empty.
     */
    public record RecordedRequest(String method, String target, Map<String, List<String>> headers, boolean http) {
        /** The first value of a header, the name compared case-insensitively. */
        public Optional<String> header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
        }
    }

    /** One accepted connection, handed to a {@link Script}. */
    public final class Connection {
        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;
        private final RecordedRequest request;

        private Connection(Socket socket, InputStream in, RecordedRequest request) throws IOException {
            this.socket = socket;
            this.in = in;
            this.out = socket.getOutputStream();
            this.request = request;
        }

        public RecordedRequest request() {
            return request;
        }

        public Socket socket() {
            return socket;
        }

        public void write(byte[] bytes) throws IOException {
            out.write(bytes);
            out.flush();
            bytesWritten.addAndGet(bytes.length);
        }

        public void write(String text) throws IOException {
            write(text.getBytes(StandardCharsets.UTF_8));
        }

        /** Ends the response the polite way: FIN, then wait (briefly) for the client to close, then close. */
        public void closeGracefully() throws IOException {
            socket.shutdownOutput();
            socket.setSoTimeout(2000);
            byte[] sink = new byte[8192];
            try {
                while (in.read(sink) >= 0) {
                    // discard until the client closes, so that closing does not send a reset
                }
            } catch (SocketTimeoutException | SocketException e) {
                // the client keeps the connection or already reset it: close anyway
            }
            socket.close();
        }

        /** Closes with a TCP reset (SO_LINGER 0) instead of a FIN. */
        public void reset() throws IOException {
            socket.setSoLinger(true, 0);
            socket.close();
        }

        /** Blocks until the server is closed. */
        public void awaitServerClose() throws InterruptedException {
            closed.await();
        }

        /** The server's scheduler, for scripts that write on a timer. */
        public ScheduledExecutorService scheduler() {
            return scheduler;
        }
    }

    private final ServerSocket serverSocket;
    private final ExecutorService connections = Executors.newCachedThreadPool(daemon("raw-http-test-connection"));
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(daemon("raw-http-test-timer"));
    private final Set<Socket> openSockets = ConcurrentHashMap.newKeySet();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger connectionCount = new AtomicInteger();
    private final AtomicLong bytesWritten = new AtomicLong();
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile Script script;

    private RawHttpTestServer(Script script) throws IOException {
        this.script = script;
        this.serverSocket = new ServerSocket();
        serverSocket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        connections.execute(this::acceptLoop);
    }

    /** Starts a server that runs {@code script} for every connection. */
    public static RawHttpTestServer start(Script script) {
        try {
            return new RawHttpTestServer(script);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the script for the connections accepted from now on. */
    public void setScript(Script script) {
        this.script = script;
    }

    public int port() {
        return serverSocket.getLocalPort();
    }

    /** {@code http://127.0.0.1:port} followed by {@code path}. */
    public String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    public URI uri(String path) {
        return URI.create(url(path));
    }

    /** Connections accepted so far, including those whose request head never arrived. */
    public int connectionCount() {
        return connectionCount.get();
    }

    /** The request heads received so far, in order. */
    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    /** Waits until at least {@code count} request heads have arrived; false when {@code timeout} passed first. */
    public boolean awaitRequests(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (requests) {
            while (requests.size() < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(requests, left);
            }
            return true;
        }
    }

    /** Bytes the scripts managed to write to clients (a client that stops reading stops this count). */
    public long bytesWritten() {
        return bytesWritten.get();
    }

    // ---- serving ----------------------------------------------------------------------

    private void acceptLoop() {
        while (!serverSocket.isClosed()) {
            Socket socket;
            try {
                socket = serverSocket.accept();
            } catch (IOException e) {
                return;
            }
            connectionCount.incrementAndGet();
            openSockets.add(socket);
            Script current = script;
            connections.execute(() -> serve(socket, current));
        }
    }

    private void serve(Socket socket, Script current) {
        try (socket) {
            InputStream in = new BufferedInputStream(socket.getInputStream());
            RecordedRequest request = RequestHeads.read(in);
            if (request == null) {
                return;
            }
            synchronized (requests) {
                requests.add(request);
                requests.notifyAll();
            }
            current.perform(new Connection(socket, in, request));
        } catch (IOException e) {
            // the client went away: nothing to serve
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            openSockets.remove(socket);
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void close() {
        closed.countDown();
        try {
            serverSocket.close();
        } catch (IOException e) {
            // closing anyway
        }
        for (Socket socket : openSockets) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
        scheduler.shutdownNow();
        connections.shutdownNow();
    }
}
