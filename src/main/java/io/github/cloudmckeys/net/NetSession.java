package io.github.cloudmckeys.net;

import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;

/**
 * The one HTTP client of a portal session, shared by the portal and Keystone clients and closed
 * with the session: proxies by {@link ProxyRules}, a proxy login only to that proxy
 * ({@link ProxyLogin}), trust by {@link Trust}, redirects never followed (a redirect would carry
 * the API key or a password to another host).
 */
public final class NetSession implements AutoCloseable {
    /** The variable that names a CA file when {@code --ca-file} does not. */
    public static final String CA_FILE_VARIABLE = "CLOUDMC_CA_FILE";
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration PROBE_TIMEOUT = Duration.ofSeconds(10);
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final HttpClient client;
    private final ExecutorService executor;
    private final TrustOnFirstUse trust;
    private final Optional<CaFile> caFile;

    private NetSession(HttpClient client, ExecutorService executor, TrustOnFirstUse trust, Optional<CaFile> caFile) {
        this.client = client;
        this.executor = executor;
        this.trust = trust;
        this.caFile = caFile;
    }

    /**
     * @param env        the process environment: proxies, {@code SSL_CERT_FILE} / {@code SSL_CERT_DIR}
     * @param preference the proxy when {@code env} names none ({@link ProxyPreference#NONE} on the command line)
     * @param caFile     the user's CA file, if any
     * @throws NetException when a proxy URL or the CA file cannot be used
     */
    public static NetSession open(Map<String, String> env, ProxyPreference preference, Optional<Path> caFile)
            throws NetException {
        return open(env, preference, caFile, CONNECT_TIMEOUT, Clock.systemUTC());
    }

    /** Directly, trusting the JDK's and the system's roots: for the embedded demo portal and tests. */
    public static NetSession direct() {
        try {
            return open(Map.of(), ProxyPreference.NONE, Optional.empty());
        } catch (NetException e) {
            throw new IllegalStateException("no setting to refuse", e);
        }
    }

    public static NetSession open(Map<String, String> env, ProxyPreference preference, Optional<Path> caFile,
                                  Duration connectTimeout, Clock clock) throws NetException {
        Objects.requireNonNull(env, "env");
        ProxyRules rules = ProxyRules.of(env, preference);
        Optional<CaFile> ca = caFile.isPresent() ? Optional.of(CaFile.load(caFile.get())) : Optional.empty();
        Map<String, String> seen = new java.util.HashMap<>(env);
        TrustOnFirstUse trust = new TrustOnFirstUse(() -> Trust.of(seen, ca, clock));
        TunnelBasicAuth.allowForProxyLogins();
        ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "cloudmc-http-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        HttpClient.Builder builder = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .proxy(new SessionProxySelector(rules,
                        preference.mode() == ProxyPreference.Mode.SYSTEM ? ProxySelector.getDefault() : null))
                .executor(executor);
        DeferredTls.deferUntilUsed(builder, trust);
        if (!rules.withLogin().isEmpty()) {
            builder.authenticator(new ProxyLogin(rules.withLogin()));
        }
        return new NetSession(builder.build(), executor, trust, ca);
    }

    /** The CA file named by {@code --ca-file} ({@code option}), else by {@value #CA_FILE_VARIABLE}. */
    public static Optional<Path> caFile(Path option, Map<String, String> env) {
        if (option != null) {
            return Optional.of(option);
        }
        String named = env.get(CA_FILE_VARIABLE);
        return named == null || named.isBlank() ? Optional.empty() : Optional.of(Path.of(named.strip()));
    }

    public HttpClient client() {
        return client;
    }

    public Optional<CaFile> caFile() {
        return caFile;
    }

    /** The CA file, when it (and not the JDK's or the system's roots) made {@code uri}'s host trusted in this session. */
    public Optional<Path> caFileThatTrusts(URI uri) {
        return caFile.filter(file -> uri.getHost() != null && trust.made().isPresent()
                        && trust.made().get().neededTheCaFile(NoProxy.host(uri)))
                .map(CaFile::path);
    }

    /**
     * Whether the CA file is what makes {@code url}'s certificate trusted, asking its server when
     * no request of this session went there yet: one GET of {@code url} with no credentials at all
     * (a Keystone's version document, an S3 endpoint's refusal), of which only the handshake counts.
     * Empty without a CA file, for plain http, or when the server cannot be reached.
     */
    public Optional<Path> caFileThatTrusts(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
        if (caFile.isEmpty() || !"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
            return Optional.empty();
        }
        if (caFileThatTrusts(uri).isEmpty()) {
            try {
                client.send(java.net.http.HttpRequest.newBuilder(uri).timeout(PROBE_TIMEOUT)
                        .header("User-Agent", "cloudmc-keys/0.1").GET().build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding());
            } catch (java.io.IOException e) {
                return Optional.empty(); // refused or unreachable: the exports stay as they are
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        return caFileThatTrusts(uri);
    }

    /** Stops the client's threads, its selector's included ({@link ClientThreads}: each would hold the JVM's exit). */
    @Override
    public void close() {
        ClientThreads.stop(client);
        executor.shutdownNow();
    }

    @Override
    public String toString() {
        return "NetSession[" + client.proxy().map(Object::toString).orElse("direct")
                + caFile.map(file -> ", CA file " + file.path()).orElse("") + "]";
    }

    /**
     * The session's {@link Trust}, made on the first TLS handshake ({@link DeferredTls}): reading the JDK's and the
     * system's roots is a third of the start-up of a command against an {@code http://} loopback portal.
     */
    private static final class TrustOnFirstUse implements Supplier<SSLContext> {
        private final Supplier<Trust> make;
        private volatile Trust trust;

        TrustOnFirstUse(Supplier<Trust> make) {
            this.make = make;
        }

        @Override
        public synchronized SSLContext get() {
            if (trust == null) {
                trust = make.get();
            }
            return trust.context();
        }

        /** The trust once a handshake made it; before, no host was trusted by anything. */
        Optional<Trust> made() {
            return Optional.ofNullable(trust);
        }
    }
}
