package io.github.cloudmckeys.net;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The hosts reached directly, as curl reads {@code NO_PROXY}: comma-separated entries, each a
 * host name that also matches its subdomains ({@code internal.test} and {@code .internal.test}
 * both match {@code portal.internal.test}), an IP address (IPv6 with or without brackets),
 * either with {@code :port} to match that port only, or {@code *} for every host. Loopback
 * ({@code localhost}, {@code *.localhost}, 127.0.0.0/8, {@code ::1}) is never proxied, whatever
 * the list says: a proxy cannot reach this machine's services, and they are nobody else's business.
 */
record NoProxy(boolean everything, List<Entry> entries) {
    NoProxy {
        entries = List.copyOf(entries);
    }

    static final NoProxy NONE = new NoProxy(false, List.of());

    /** One entry: a host (lower case, no leading dot, no brackets) and a port, -1 for any. */
    record Entry(String host, int port) {}

    static NoProxy parse(String list) {
        if (list == null || list.isBlank()) {
            return NONE;
        }
        List<Entry> entries = new ArrayList<>();
        for (String raw : list.split("[,\\s]+")) {
            String item = raw.strip().toLowerCase(Locale.ROOT);
            if (item.equals("*")) {
                return new NoProxy(true, List.of());
            }
            int port = -1;
            if (item.startsWith("[")) { // [::1]:8080 or [::1]
                int close = item.indexOf(']');
                if (close > 0 && item.startsWith(":", close + 1) && item.substring(close + 2).matches("\\d{1,5}")) {
                    port = Integer.parseInt(item.substring(close + 2));
                }
                item = close > 0 ? item.substring(1, close) : item;
            } else if (item.indexOf(':') == item.lastIndexOf(':') && item.matches(".*:\\d{1,5}")) {
                port = Integer.parseInt(item.substring(item.lastIndexOf(':') + 1));
                item = item.substring(0, item.lastIndexOf(':'));
            }
            while (item.startsWith(".")) {
                item = item.substring(1);
            }
            while (item.endsWith(".")) {
                item = item.substring(0, item.length() - 1);
            }
            if (!item.isEmpty()) {
                entries.add(new Entry(item, port));
            }
        }
        return new NoProxy(false, entries);
    }

    /** True when {@code uri} is to be reached without a proxy. */
    boolean direct(URI uri) {
        String host = host(uri);
        if (host.isEmpty() || isLoopback(host) || everything) {
            return true;
        }
        int port = port(uri);
        for (Entry entry : entries) {
            if (entry.port() >= 0 && entry.port() != port) {
                continue;
            }
            if (host.equals(entry.host()) || (!isIpLiteral(host) && host.endsWith("." + entry.host()))) {
                return true;
            }
            if (isIpLiteral(host) && isIpLiteral(entry.host()) && sameAddress(host, entry.host())) {
                return true;
            }
        }
        return false;
    }

    static String host(URI uri) {
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    }

    static int port(URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    static boolean isLoopback(String host) {
        if (host.equals("localhost") || host.endsWith(".localhost")) {
            return true;
        }
        InetAddress address = isIpLiteral(host) ? literal(host) : null;
        return address != null && address.isLoopbackAddress();
    }

    private static boolean isIpLiteral(String host) {
        return host.contains(":") || host.matches("((25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1?\\d?\\d)");
    }

    private static boolean sameAddress(String a, String b) {
        InetAddress first = literal(a);
        return first != null && first.equals(literal(b));
    }

    /** An IP literal as an address, null when it is not one; never a DNS lookup (callers pass literals only). */
    private static InetAddress literal(String ip) {
        try {
            return InetAddress.getByName(ip);
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
