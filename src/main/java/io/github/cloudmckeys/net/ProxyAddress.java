package io.github.cloudmckeys.net;

import io.github.cloudmckeys.logging.LiveSecrets;
import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.Optional;

/**
 * An HTTP proxy to tunnel through, and where it was named. The password is a secret: it is
 * registered with {@link LiveSecrets} when read, and neither {@link #toString()} nor
 * {@link #display()} shows it (nor the user name, which often is a login).
 *
 * @param host     the proxy's host name or address (IPv6 without brackets)
 * @param port     its port
 * @param login    user name and password for Basic authentication on CONNECT, when the URL had them
 * @param source   where the proxy was named: a variable ({@code HTTPS_PROXY}) or {@code Preferences}
 */
public record ProxyAddress(String host, int port, Optional<Login> login, String source) {
    /** The source of a proxy the operating system's setting gave. */
    public static final String SYSTEM = "system";
    /** The source of the proxy typed in Preferences…. */
    public static final String PREFERENCES = "Preferences";

    public ProxyAddress {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(source, "source");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port out of range");
        }
    }

    /** The proxy as the user's sentences name it: {@code proxy.corp.example:3128}. */
    public String display() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }

    InetSocketAddress socketAddress() {
        return InetSocketAddress.createUnresolved(host, port);
    }

    @Override
    public String toString() {
        return "ProxyAddress[" + display() + (login.isPresent() ? ", with a login" : "") + ", from " + source + "]";
    }

    /** A proxy login; the password never shows in {@link #toString()}. */
    public record Login(String user, String password) {
        public Login {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(password, "password");
            LiveSecrets.register(password);
        }

        @Override
        public String toString() {
            return "Login[(redacted)]";
        }
    }
}
