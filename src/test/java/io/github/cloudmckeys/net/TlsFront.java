package io.github.cloudmckeys.net;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;

/**
 * TLS in front of a plain HTTP server on loopback, as a reverse proxy with a company certificate
 * sits in front of a portal or a Keystone: it terminates TLS with the given certificate and copies
 * bytes both ways to the backend's port.
 */
public final class TlsFront implements AutoCloseable {
    private final SSLServerSocket listener;
    private final int backendPort;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();

    private TlsFront(SSLServerSocket listener, int backendPort) {
        this.listener = listener;
        this.backendPort = backendPort;
    }

    public static TlsFront start(TestCa.Issued certificate, int backendPort) throws IOException,
            GeneralSecurityException {
        SSLContext context = certificate.serverContext();
        SSLServerSocket listener = (SSLServerSocket) context.getServerSocketFactory().createServerSocket();
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        TlsFront front = new TlsFront(listener, backendPort);
        Thread accepting = new Thread(front::accept, "tls-front-" + listener.getLocalPort());
        accepting.setDaemon(true);
        accepting.start();
        return front;
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** {@code https://127.0.0.1:PORT} followed by {@code path}. */
    public String url(String path) {
        return "https://127.0.0.1:" + port() + path;
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                open.add(client);
                Thread thread = new Thread(() -> serve(client), "tls-front-connection");
                thread.setDaemon(true);
                thread.start();
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket client) {
        try (client; Socket backend = new Socket(InetAddress.getLoopbackAddress(), backendPort)) {
            open.add(backend);
            Thread back = new Thread(() -> copy(backend, client), "tls-front-back");
            back.setDaemon(true);
            back.start();
            copy(client, backend);
            back.join();
        } catch (IOException e) {
            // a refused handshake or a closed backend: the client sees the connection end
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            open.remove(client);
        }
    }

    private static void copy(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            for (int n; (n = in.read(buffer)) >= 0; ) {
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // the other side closed
        } finally {
            try {
                to.close();
                from.close();
            } catch (IOException e) {
                // already closed
            }
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        for (Socket socket : open) {
            socket.close();
        }
    }
}
