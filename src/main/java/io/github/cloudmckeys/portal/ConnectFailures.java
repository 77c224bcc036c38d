package io.github.cloudmckeys.portal;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;

/**
 * Why a connection to the portal failed: refused, timed out, no route, unknown name. Java's
 * HttpClient says only "ConnectException" (its cause, the system's reason, is dropped on the
 * way), so after that failure one plain TCP connection to the same host and port, which
 * sends nothing, asks the system itself.
 */
final class ConnectFailures {
    enum Reason { REFUSED, TIMED_OUT, NO_ROUTE, UNKNOWN_HOST, OTHER }

    private ConnectFailures() {
    }

    /** "host:port" as the user reads it; an IPv6 address in brackets. */
    static String address(URI uri) {
        String host = uri.getHost() == null ? "" : uri.getHost();
        String shown = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return shown + ":" + port(uri);
    }

    static int port(URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : "http".equalsIgnoreCase(uri.getScheme()) ? 80 : 443;
    }

    /** Connects once to {@code uri}'s host and port, within {@code timeout}, and says why that fails. */
    static Reason probe(URI uri, Duration timeout) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(uri.getHost(), port(uri)), (int) Math.max(1, timeout.toMillis()));
            return Reason.OTHER; // it connects now: the failure was another's, or passing
        } catch (NoRouteToHostException e) {
            return Reason.NO_ROUTE;
        } catch (SocketTimeoutException e) {
            return Reason.TIMED_OUT;
        } catch (ConnectException e) {
            String said = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
            return said.contains("timed out") ? Reason.TIMED_OUT
                    : said.contains("no route") || said.contains("unreachable") ? Reason.NO_ROUTE : Reason.REFUSED;
        } catch (UnknownHostException | IllegalArgumentException e) {
            return Reason.UNKNOWN_HOST;
        } catch (IOException e) {
            return Reason.OTHER;
        }
    }
}
