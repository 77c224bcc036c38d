package io.github.cloudmckeys.net;

import io.github.cloudmckeys.i18n.Message;
import io.github.cloudmckeys.logging.LiveSecrets;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which proxy a URL goes through, by curl's rules: {@code https_proxy} / {@code HTTPS_PROXY} for
 * https, {@code http_proxy} / {@code HTTP_PROXY} for http, {@code all_proxy} / {@code ALL_PROXY}
 * for both when those are unset, the lower-case name winning where both are set, and
 * {@code no_proxy} / {@code NO_PROXY} for the hosts reached directly ({@link NoProxy}). A proxy
 * URL without a scheme is http, without a port 1080, as in curl. When the environment names no
 * proxy, the {@link ProxyPreference} decides (the window's Preferences…; the command line's is none).
 */
public final class ProxyRules {
    private final Optional<ProxyAddress> https;
    private final Optional<ProxyAddress> http;
    private final NoProxy noProxy;
    private final ProxyPreference.Mode whenNoneNamed;

    private ProxyRules(Optional<ProxyAddress> https, Optional<ProxyAddress> http, NoProxy noProxy,
                       ProxyPreference.Mode whenNoneNamed) {
        this.https = https;
        this.http = http;
        this.noProxy = noProxy;
        this.whenNoneNamed = whenNoneNamed;
    }

    /** No proxy at all. */
    public static final ProxyRules DIRECT =
            new ProxyRules(Optional.empty(), Optional.empty(), NoProxy.NONE, ProxyPreference.Mode.NONE);

    /**
     * @param env        the process environment
     * @param preference what applies when {@code env} names no proxy
     * @throws NetException when a proxy URL cannot be used (the sentence names the variable, never the URL)
     */
    public static ProxyRules of(Map<String, String> env, ProxyPreference preference) throws NetException {
        Optional<ProxyAddress> all = parse(env, "all_proxy", "ALL_PROXY");
        Optional<ProxyAddress> https = parse(env, "https_proxy", "HTTPS_PROXY").or(() -> all);
        Optional<ProxyAddress> http = parse(env, "http_proxy", "HTTP_PROXY").or(() -> all);
        NoProxy noProxy = NoProxy.parse(value(env, "no_proxy", "NO_PROXY").map(Map.Entry::getValue).orElse(null));
        if (https.isPresent() || http.isPresent()) {
            return new ProxyRules(https, http, noProxy, ProxyPreference.Mode.NONE);
        }
        if (preference.mode() == ProxyPreference.Mode.MANUAL && preference.manualUrl().isPresent()) {
            Optional<ProxyAddress> manual = Optional.of(parse(preference.manualUrl().get(), ProxyAddress.PREFERENCES));
            return new ProxyRules(manual, manual, noProxy, ProxyPreference.Mode.NONE);
        }
        return new ProxyRules(Optional.empty(), Optional.empty(), noProxy, preference.mode());
    }

    /** The proxy for {@code uri}, empty to go direct or to ask the operating system ({@link #asksTheSystem}). */
    public Optional<ProxyAddress> proxyFor(URI uri) {
        if (noProxy.direct(uri)) {
            return Optional.empty();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? https : http;
    }

    /** True when no proxy is named and the operating system's setting applies to {@code uri}. */
    public boolean asksTheSystem(URI uri) {
        return whenNoneNamed == ProxyPreference.Mode.SYSTEM && https.isEmpty() && http.isEmpty()
                && !noProxy.direct(uri);
    }

    /** The named proxies that come with a login, for {@link ProxyLogin}. */
    java.util.List<ProxyAddress> withLogin() {
        return java.util.stream.Stream.of(https, http).flatMap(Optional::stream)
                .filter(proxy -> proxy.login().isPresent()).distinct().toList();
    }

    private static Optional<Map.Entry<String, String>> value(Map<String, String> env, String lower, String upper) {
        for (String name : new String[] {lower, upper}) {
            String value = env.get(name);
            if (value != null && !value.isBlank()) {
                return Optional.of(Map.entry(name, value.strip()));
            }
        }
        return Optional.empty();
    }

    private static Optional<ProxyAddress> parse(Map<String, String> env, String lower, String upper)
            throws NetException {
        Optional<Map.Entry<String, String>> named = value(env, lower, upper);
        return named.isEmpty() ? Optional.empty() : Optional.of(parse(named.get().getValue(), named.get().getKey()));
    }

    /** {@code [http://][user[:password]@]host[:port][/]}; the sentence of a failure never quotes the URL. */
    static ProxyAddress parse(String url, String source) throws NetException {
        String text = url.contains("://") ? url : "http://" + url;
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            registerLogin(text);
            throw new NetException(Message.of("net.proxy.badUrl", source));
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        registerLogin(text);
        if (!scheme.equals("http")) {
            throw new NetException(Message.of("net.proxy.unsupportedScheme", source, scheme));
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (uri.getHost() == null || !(path.isEmpty() || path.equals("/")) || uri.getRawQuery() != null) {
            throw new NetException(Message.of("net.proxy.badUrl", source));
        }
        Optional<ProxyAddress.Login> login = Optional.empty();
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            String user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
            String password = colon < 0 ? "" : decode(userInfo.substring(colon + 1));
            login = Optional.of(new ProxyAddress.Login(user, password));
        }
        String host = NoProxy.host(uri);
        return new ProxyAddress(host, uri.getPort() < 0 ? 1080 : uri.getPort(), login, source);
    }

    /** The login of a proxy URL is a secret from the moment it is read, even when the URL is refused. */
    private static void registerLogin(String text) {
        int at = text.lastIndexOf('@');
        int start = text.indexOf("://") + 3;
        if (at > start) {
            String userInfo = text.substring(start, at);
            int colon = userInfo.indexOf(':');
            if (colon >= 0) {
                LiveSecrets.register(userInfo.substring(colon + 1));
                LiveSecrets.register(decode(userInfo.substring(colon + 1)));
            }
        }
    }

    private static String decode(String raw) {
        try {
            return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) { // a lone "%": taken as written, as curl does
            return raw;
        }
    }

    @Override
    public String toString() {
        return "ProxyRules[https=" + https + ", http=" + http + ", whenNoneNamed=" + whenNoneNamed + "]";
    }
}
