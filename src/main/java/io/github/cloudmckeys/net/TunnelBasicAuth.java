package io.github.cloudmckeys.net;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Lets the JDK's HTTP client answer a proxy's Basic challenge on CONNECT, which it refuses by
 * default ({@code jdk.http.auth.tunneling.disabledSchemes=Basic} in the JDK's net.properties).
 *
 * <p>The client reads that property once, when its internal utilities load, and never again; so
 * it is cleared of {@code Basic} just while they load and then put back as it was, which leaves
 * {@code HttpURLConnection} (it reads the property when it loads) and any later reader with the
 * JDK's default. Within the HTTP client, Basic credentials come only from an {@link
 * java.net.Authenticator}; the only one this app sets is {@link ProxyLogin}, on the clients of
 * sessions whose proxy URL holds a login, and it answers that proxy alone. Called first thing in
 * main, before anything loads the HTTP client; a later call does nothing.
 */
public final class TunnelBasicAuth {
    static final String PROPERTY = "jdk.http.auth.tunneling.disabledSchemes";
    private static boolean done;

    private TunnelBasicAuth() {}

    public static synchronized void allowForProxyLogins() {
        if (done) {
            return;
        }
        done = true;
        String before = System.getProperty(PROPERTY);
        String base = before != null ? before : "Basic"; // the JDK's default when the property is unset
        String without = Arrays.stream(base.split(",")).map(String::strip)
                .filter(scheme -> !scheme.isEmpty() && !scheme.equalsIgnoreCase("Basic"))
                .collect(Collectors.joining(","));
        System.setProperty(PROPERTY, without);
        try {
            // A header name is checked by the client's utilities: this loads them, with the property as set above.
            HttpRequest.newBuilder(URI.create("http://127.0.0.1/")).header("X-Load", "1");
        } finally {
            if (before == null) {
                System.clearProperty(PROPERTY);
            } else {
                System.setProperty(PROPERTY, before);
            }
        }
    }
}
