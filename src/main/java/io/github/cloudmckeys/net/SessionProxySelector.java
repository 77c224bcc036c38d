package io.github.cloudmckeys.net;

import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.logging.Logger;

/**
 * The {@link ProxySelector} of one session's client: {@link ProxyRules} first; when they name no
 * proxy and the window follows the system, the operating system's setting (the JDK's own
 * selector, {@code java.net.useSystemProxies}), HTTP proxies only since the client speaks no SOCKS.
 */
final class SessionProxySelector extends ProxySelector {
    private static final Logger LOG = Logger.getLogger(SessionProxySelector.class.getName());

    private final ProxyRules rules;
    private final ProxySelector system;

    SessionProxySelector(ProxyRules rules, ProxySelector system) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.system = system;
    }

    ProxyRules rules() {
        return rules;
    }

    @Override
    public List<Proxy> select(URI uri) {
        var named = rules.proxyFor(uri);
        if (named.isPresent()) {
            return List.of(new Proxy(Proxy.Type.HTTP, named.get().socketAddress()));
        }
        if (system != null && rules.asksTheSystem(uri)) {
            List<Proxy> http = system.select(uri).stream().filter(p -> p.type() == Proxy.Type.HTTP).toList();
            if (!http.isEmpty()) {
                return List.of(http.get(0));
            }
        }
        return List.of(Proxy.NO_PROXY);
    }

    @Override
    public void connectFailed(URI uri, SocketAddress address, IOException failure) {
        LOG.fine(() -> "could not connect to the proxy " + address + " for " + uri.getHost() + ": " + failure);
    }
}
