package io.github.cloudmckeys.net;

import java.net.Authenticator;
import java.net.PasswordAuthentication;
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
                .map(login -> new PasswordAuthentication(login.user(), login.password().toCharArray()))
                .orElse(null);
    }
}
