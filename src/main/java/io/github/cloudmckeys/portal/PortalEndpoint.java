package io.github.cloudmckeys.portal;

import io.github.cloudmckeys.i18n.Message;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * The API endpoint URL as the user pasted it from the portal's API credentials page,
 * e.g. {@code https://portal.example.com/api/v2}. No prefix is guessed; only the
 * trailing slash is dropped so that paths can be appended.
 */
public record PortalEndpoint(URI uri) {

    public PortalEndpoint {
        if (uri == null || uri.getScheme() == null || uri.getHost() == null) {
            throw new IllegalArgumentException("endpoint needs a scheme and a host");
        }
    }

    /**
     * Reads a pasted endpoint URL. Refuses anything but {@code https://}, except
     * {@code http://} to a loopback address (the demo portal, local tests).
     */
    public static PortalEndpoint parse(String pasted) throws PortalException {
        String text = pasted == null ? "" : pasted.strip();
        if (text.isEmpty()) {
            throw new PortalException(PortalException.Kind.INVALID_ENDPOINT, Message.of("portal.endpoint.missing"));
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw invalid();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))
                || uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw invalid();
        }
        if (scheme.equals("http") && !isLoopback(uri.getHost())) {
            throw new PortalException(PortalException.Kind.INSECURE_ENDPOINT,
                    Message.of("portal.endpoint.insecure", uri.getHost()));
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        try {
            return new PortalEndpoint(new URI(scheme, uri.getRawAuthority(), null, null, null)
                    .resolve(path.isEmpty() ? "" : path));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw invalid();
        }
    }

    private static PortalException invalid() {
        return new PortalException(PortalException.Kind.INVALID_ENDPOINT, Message.of("portal.endpoint.invalid"));
    }

    /** True for 127.0.0.0/8, ::1 and "localhost", without a DNS lookup for other names. */
    static boolean isLoopback(String host) {
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (h.equalsIgnoreCase("localhost")) {
            return true;
        }
        boolean literal = h.contains(":") || h.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        if (!literal) {
            return false;
        }
        try {
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** The URI of {@code path} (starting with "/", may hold a query) below the endpoint. */
    public URI resolve(String path) {
        // parse() drops trailing slashes; an endpoint built from a URI directly may still have one.
        String base = uri.toString();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return URI.create(base + path);
    }

    /**
     * The endpoint's origin, {@code https://portal.example.com} (with a port when one is
     * given, in lower case): what settings kept per portal are keyed by.
     */
    public String origin() {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        return scheme + "://" + host + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }

    /** The host, for display ("portal.example.com"). */
    public String host() {
        return uri.getHost();
    }

    @Override
    public String toString() {
        return uri.toString();
    }
}
