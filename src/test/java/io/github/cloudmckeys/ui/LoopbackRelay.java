package io.github.cloudmckeys.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A TCP relay on a fixed 127.0.0.1 port in front of a server: a portal whose address
 * stays while the server behind it goes away and comes back. {@link #stop()} closes the
 * port (new connections are refused, open ones cut), {@link #resume()} opens the same
 * port again. Bytes pass unchanged, so the client talks real HTTP to the real server.
 */
final class LoopbackRelay implements AutoCloseable {
    private final int port;
    private final int targetPort;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private final ExecutorService threads = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "loopback-relay");
        thread.setDaemon(true);
        return thread;
    });
    private ServerSocket listening;

    private LoopbackRelay(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.listening = bind(0);
        this.port = listening.getLocalPort();
        accept(listening);
    }

    /** Relays a free port to {@code targetPort} on 127.0.0.1. */
    static LoopbackRelay to(int targetPort) {
        try {
            return new LoopbackRelay(targetPort);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The relay's address with the target's path, e.g. {@code http://127.0.0.1:<relay port>/api/v2}. */
    URI endpointFor(URI target) {
        return URI.create("http://127.0.0.1:" + port + target.getRawPath());
    }

    /** Closes the port and every connection through it: the server looks gone. */
    synchronized void stop() {
        closeQuietly(listening);
        listening = null;
        for (Socket socket : sockets) {
            closeQuietly(socket);
        }
    }

    /** Listens on the same port again. */
    synchronized void resume() {
        if (listening != null) {
            return;
        }
        try {
            listening = bind(port);
        } catch (IOException e) {
            throw new UncheckedIOException("could not listen on 127.0.0.1:" + port + " again", e);
        }
        accept(listening);
    }

    private static ServerSocket bind(int port) throws IOException {
        ServerSocket server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        return server;
    }

    private void accept(ServerSocket server) {
        threads.execute(() -> {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    threads.execute(() -> relay(client));
                } catch (IOException e) {
                    return; // stopped
                }
            }
        });
    }

    private void relay(Socket client) {
        sockets.add(client);
        Socket upstream;
        try {
            upstream = new Socket(InetAddress.getLoopbackAddress(), targetPort);
        } catch (IOException e) {
            closeQuietly(client);
            sockets.remove(client);
            return;
        }
        sockets.add(upstream);
        threads.execute(() -> pump(upstream, client));
        pump(client, upstream);
    }

    private void pump(Socket from, Socket to) {
        try (InputStream in = from.getInputStream()) {
            OutputStream out = to.getOutputStream();
            byte[] buffer = new byte[8192];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // one side went away: close both
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            sockets.remove(from);
            sockets.remove(to);
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            // closing anyway
        }
    }

    @Override
    public void close() {
        stop();
        threads.shutdownNow();
    }
}
