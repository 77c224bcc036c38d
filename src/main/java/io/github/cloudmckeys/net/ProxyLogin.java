package io.github.cloudmckeys.net;

import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Answers a proxy's request for a login (407) with the user name and password of the proxy URL,
 * and nothing else: never to a web server (a portal or Keystone asking for a login gets none),
 * never to another host than the proxy the URL named. Set only on a client whose rules hold a
 * login, so that every other client lets a 401 reach its caller as the JDK does without one.
 */
final class ProxyLogin extends Authenticator {
    private final List<ProxyAddress> proxies;

    ProxyLogin(List<ProxyAddress> proxies) {
        this.proxies = List.copyOf(Objects.requireNonNull(proxies, "proxies"));
    }

    @Override
    protected PasswordAuthentication getPasswordAuthentication() {
        if (getRequestorType() != RequestorType.PROXY) {
            return null;
        }
        String host = getRequestingHost() == null ? "" : getRequestingHost().toLowerCase(Locale.ROOT);
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        return proxies.stream()
                .filter(proxy -> proxy.host().equalsIgnoreCase(bare) && proxy.port() == getRequestingPort())
                .flatMap(proxy -> proxy.login().stream())
                .findFirst()
                .map(login -> new PasswordAuthentication(asUtf8(login.user()), asUtf8(login.password()).toCharArray()))
                .orElse(null);
    }

    /**
     * The JDK encodes a Basic login in ISO-8859-1 unless the proxy's challenge says
     * {@code charset="UTF-8"}, which Squid's does not; curl, and the tools that wrote the
     * proxy's password file, send UTF-8. So the login is handed over as the characters whose
     * ISO-8859-1 bytes are its UTF-8 bytes: the proxy receives UTF-8, as from curl.
     */
    static String asUtf8(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }
}
