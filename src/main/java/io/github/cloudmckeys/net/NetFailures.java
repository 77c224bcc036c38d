package io.github.cloudmckeys.net;

import io.github.cloudmckeys.i18n.Message;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;

/**
 * The sentence for a failure the network settings explain: a certificate refused (why, with
 * what the user needs to trust it or not), a TLS handshake that failed, a proxy that cannot be
 * reached, refuses the login (407) or cannot open the tunnel. The portal and Keystone clients
 * say everything else themselves.
 */
public final class NetFailures {
    /** The JDK's HTTP client says a refused CONNECT only in this text (no type of its own). */
    private static final Pattern TUNNEL_FAILED = Pattern.compile("Tunnel failed, got: (\\d{3})");
    private static final Pattern ALERT = Pattern.compile("Received fatal alert: ([a-z_]+)");

    private NetFailures() {}

    /** The sentence for {@code failure} of an exchange with {@code uri} by {@code client}, if these rules explain it. */
    public static Optional<Message> transport(HttpClient client, URI uri, Throwable failure) {
        String host = NoProxy.host(uri);
        Optional<TlsProblem> problem = find(failure, TlsRefusal.class).map(TlsRefusal::problem);
        if (problem.isPresent()) {
            return Optional.of(sentence(problem.get(), host));
        }
        Optional<ProxyAddress> proxy = proxyFor(client, uri);
        if (proxy.isPresent()) {
            Optional<Matcher> tunnel = messages(failure).map(TUNNEL_FAILED::matcher).filter(Matcher::find).findFirst();
            if (tunnel.isPresent()) {
                return Optional.of(Message.of("net.proxy.tunnelFailed", proxy.get().display(),
                        source(proxy.get()), host, tunnel.get().group(1)));
            }
            if (messages(failure).anyMatch(m -> m.startsWith("too many authentication attempts"))) {
                return Optional.of(proxyRefusedLogin(proxy.get(), host));
            }
            if (find(failure, ConnectException.class).isPresent()) {
                return Optional.of(Message.of("net.proxy.unreachable", proxy.get().display(),
                        source(proxy.get()), host));
            }
        }
        if (find(failure, SSLException.class).isPresent()) {
            return Optional.of(Message.of("net.tls.handshake", host, handshake(failure)));
        }
        return Optional.empty();
    }

    /** The sentence for a 407: the proxy wants a login, or did not take the one given. */
    public static Message proxyRefused(HttpClient client, URI uri) {
        String host = NoProxy.host(uri);
        return proxyFor(client, uri).map(proxy -> proxyRefusedLogin(proxy, host))
                .orElse(Message.of("net.proxy.refusedUnknown", host));
    }

    private static Message proxyRefusedLogin(ProxyAddress proxy, String host) {
        return proxy.login().isPresent()
                ? Message.of("net.proxy.wrongLogin", proxy.display(), source(proxy), host)
                : Message.of("net.proxy.needsLogin", proxy.display(), source(proxy), host);
    }

    static Message sentence(TlsProblem problem, String host) {
        return switch (problem.kind()) {
            case NOT_TRUSTED -> Message.of("net.tls.notTrusted", host, problem.subject(), problem.issuer(),
                    problem.sha256());
            case EXPIRED -> Message.of("net.tls.expired", host, date(problem.notAfter()), date(problem.notBefore()));
            case NOT_YET_VALID -> Message.of("net.tls.notYetValid", host, date(problem.notBefore()),
                    date(problem.notAfter()));
            case WRONG_HOST -> Message.of("net.tls.wrongHost", host, String.join(", ", problem.names()));
        };
    }

    private static String date(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** What failed in a handshake, from the JDK's exception (it has no finer types). */
    private static Message handshake(Throwable failure) {
        String text = messages(failure).filter(m -> !m.isBlank()).findFirst().orElse("");
        String lower = text.toLowerCase(Locale.ROOT);
        Matcher alert = ALERT.matcher(text);
        if (lower.contains("protocol_version") || lower.contains("no appropriate protocol")
                || lower.contains("protocol is disabled")) {
            return Message.of("net.tls.handshake.protocol");
        }
        if (lower.contains("unrecognized ssl message") || lower.contains("plaintext connection")) {
            return Message.of("net.tls.handshake.notTls");
        }
        if (alert.find()) {
            return Message.of("net.tls.handshake.alert", alert.group(1));
        }
        if (lower.contains("terminated the handshake") || lower.contains("closed") || find(failure,
                java.io.EOFException.class).isPresent()) {
            return Message.of("net.tls.handshake.closed");
        }
        if (find(failure, java.security.cert.CertificateException.class).isPresent()) {
            return Message.of("net.tls.handshake.certificate"); // a client without CheckingTrustManager
        }
        return find(failure, SSLHandshakeException.class).isPresent()
                ? Message.of("net.tls.handshake.other") : Message.of("net.tls.handshake.broken");
    }

    /** The proxy {@code client} uses for {@code uri}: the session's rules, else the system's answer. */
    static Optional<ProxyAddress> proxyFor(HttpClient client, URI uri) {
        Optional<ProxySelector> selector = client.proxy();
        if (selector.isEmpty()) {
            return Optional.empty();
        }
        if (selector.get() instanceof SessionProxySelector session) {
            Optional<ProxyAddress> named = session.rules().proxyFor(uri);
            if (named.isPresent()) {
                return named;
            }
        }
        List<Proxy> chosen = selector.get().select(uri);
        if (chosen.isEmpty() || !(chosen.get(0).address() instanceof InetSocketAddress address)) {
            return Optional.empty();
        }
        return Optional.of(new ProxyAddress(address.getHostString(), address.getPort(), Optional.empty(),
                ProxyAddress.SYSTEM));
    }

    private static Object source(ProxyAddress proxy) {
        return switch (proxy.source()) {
            case ProxyAddress.SYSTEM -> Message.of("net.proxy.source.system");
            case ProxyAddress.PREFERENCES -> Message.of("net.proxy.source.preferences");
            default -> proxy.source();
        };
    }

    private static java.util.stream.Stream<String> messages(Throwable failure) {
        java.util.stream.Stream.Builder<String> all = java.util.stream.Stream.builder();
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t.getMessage() != null) {
                all.add(t.getMessage());
            }
        }
        return all.build();
    }

    private static <T extends Throwable> Optional<T> find(Throwable failure, Class<T> type) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }
}
