package io.github.cloudmckeys.portal;

import io.github.cloudmckeys.i18n.Message;
import io.github.cloudmckeys.logging.LiveSecrets;
import io.github.cloudmckeys.net.DeferredTls;
import io.github.cloudmckeys.net.NetFailures;
import io.github.cloudmckeys.logging.SecretRedactor;
import io.github.cloudmckeys.portal.PortalException.Kind;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;

/**
 * {@link PortalApi} over the JDK HTTP client. Each call is one GET with the API key
 * in the {@code MC-Api-Key} header, bounded as a whole (headers and a body that may
 * trickle) by the request timeout, with the body capped at {@link #MAX_BODY_BYTES}.
 * Redirects are never followed, so the key cannot travel to another host.
 */
public final class HttpPortalApi implements PortalApi {
    /** Bodies above this size are refused without being read to the end. */
    public static final long MAX_BODY_BYTES = 16 * 1024 * 1024;

    static final String USER_AGENT = "cloudmc-keys/0.1";
    static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final Logger LOG = Logger.getLogger(HttpPortalApi.class.getName());

    private final HttpClient client;
    private final PortalEndpoint endpoint;
    private final ApiKey apiKey;
    private final Duration requestTimeout;
    private final PortalFailures failures;
    private final PortalResponses responses;
    /** The key, known to the redactor while this client is in use. */
    private final SecretRedactor.Scope secrets;

    /**
     * @param client         a client that never follows redirects ({@link #newHttpClient(Duration)}): one
     *                       that does would send the key along, so it is refused
     * @param requestTimeout the limit for a whole exchange, body included
     * @throws IllegalArgumentException for a client that follows redirects
     */
    public HttpPortalApi(HttpClient client, PortalEndpoint endpoint, ApiKey apiKey,
                         Duration requestTimeout) {
        this.client = Objects.requireNonNull(client, "client");
        if (client.followRedirects() != HttpClient.Redirect.NEVER) {
            throw new IllegalArgumentException("a client that follows redirects could send the API key elsewhere");
        }
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
        this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
        if (requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("requestTimeout must be positive");
        }
        this.secrets = LiveSecrets.openScope();
        secrets.register(apiKey.reveal());
        this.failures = new PortalFailures(endpoint, apiKey);
        this.responses = new PortalResponses(endpoint, failures);
    }

    /** A client with the defaults: 10 s to connect, 30 s for each whole request. */
    public static HttpPortalApi create(PortalEndpoint endpoint, ApiKey apiKey) {
        return create(newHttpClient(DEFAULT_CONNECT_TIMEOUT, endpoint), endpoint, apiKey);
    }

    /** Over a session's client ({@code net.NetSession}: its proxies and trust), 30 s for each whole request. */
    public static HttpPortalApi create(HttpClient client, PortalEndpoint endpoint, ApiKey apiKey) {
        return new HttpPortalApi(client, endpoint, apiKey, DEFAULT_REQUEST_TIMEOUT);
    }

    /** An HTTP client that never follows redirects. */
    public static HttpClient newHttpClient(Duration connectTimeout) {
        return builder(connectTimeout).build();
    }

    /**
     * An HTTP client that never follows redirects, for {@code endpoint}: for an {@code http://} one (loopback), TLS
     * is set up only if ever needed, since nothing is to be sent with it (no redirect is followed).
     */
    public static HttpClient newHttpClient(Duration connectTimeout, PortalEndpoint endpoint) {
        HttpClient.Builder builder = builder(connectTimeout);
        return "http".equals(endpoint.uri().getScheme()) ? DeferredTls.deferUntilUsed(builder).build() : builder.build();
    }

    private static HttpClient.Builder builder(Duration connectTimeout) {
        return HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NEVER);
    }

    /** Forgets the key: the redactor no longer knows it unless someone else holds it. */
    @Override
    public void close() {
        secrets.close();
    }

    public PortalEndpoint endpoint() {
        return endpoint;
    }

    @Override
    public List<Environment> environments() throws PortalException {
        return environmentsPaged().rest().soFar();
    }

    /** The first answer asks for no page: a portal that does not page sends its whole list, as before. */
    @Override
    public PagedList<Environment> environmentsPaged() throws PortalException {
        String path = "/environments";
        return PagedList.of(path, responses.page(get(path), PortalRecords::environment),
                (number, size) -> responses.page(get(path, pageQuery(number, size)), PortalRecords::environment),
                Environment::id);
    }

    @Override
    public List<ServiceConnection> serviceConnections() throws PortalException {
        String path = "/services/connections";
        return PagedList.of(path, responses.page(get(path), PortalRecords::serviceConnection),
                (number, size) -> responses.page(get(path, pageQuery(number, size)), PortalRecords::serviceConnection),
                ServiceConnection::id).rest().soFar();
    }

    @Override
    public ApiInfo apiInfo(String connectionId, String environmentId) throws PortalException {
        Objects.requireNonNull(connectionId, "connectionId");
        Objects.requireNonNull(environmentId, "environmentId");
        String path = "/services/connections/" + encodePathSegment(connectionId) + "/apiInfo";
        ApiInfo info = responses.object(get(path, "?environmentId=" + encode(environmentId)), PortalRecords::apiInfo);
        info.fields().stream().filter(ApiInfoField::sensitive).map(ApiInfoField::value).forEach(secrets::register);
        return info;
    }

    @Override
    public PortalUser currentUser() throws PortalException {
        return responses.firstUser(get("/users"));
    }

    private static String pageQuery(int number, int size) {
        return "?page_number=" + number + "&page_size=" + size;
    }

    private PortalResponses.Answer get(String path) throws PortalException {
        return get(path, "");
    }

    /** One GET under the request timeout; the status is judged by {@link PortalResponses}. */
    private PortalResponses.Answer get(String path, String query) throws PortalException {
        HttpRequest request = request(path + query);
        AtomicReference<CappedBodySubscriber> body = new AtomicReference<>();
        long start = System.nanoTime();
        CompletableFuture<HttpResponse<CappedBodySubscriber.Body>> exchange =
                client.sendAsync(request, CappedBodySubscriber.handler(MAX_BODY_BYTES, body::set));
        try {
            HttpResponse<CappedBodySubscriber.Body> response =
                    exchange.get(requestTimeout.toNanos(), TimeUnit.NANOSECONDS);
            LOG.fine(() -> "GET " + path + query + " -> " + response.statusCode() + " in " + millisSince(start) + " ms");
            if (response.statusCode() == 407) { // from a proxy on the way, not from the portal
                throw logged(path, start, new PortalException(Kind.UNREACHABLE,
                        NetFailures.proxyRefused(client, request.uri())));
            }
            return new PortalResponses.Answer(path, response.statusCode(), response.headers(), response.body());
        } catch (ExecutionException e) {
            Optional<Message> network = NetFailures.transport(client, request.uri(), e.getCause());
            throw logged(path, start, network.isPresent() ? failures.network(e.getCause(), network.get())
                    : failures.transport(e.getCause(), body.get() != null, requestTimeout));
        } catch (TimeoutException e) {
            abort(exchange, body.get());
            throw logged(path, start, failures.timeout(body.get() != null, requestTimeout, null));
        } catch (InterruptedException e) {
            abort(exchange, body.get());
            Thread.currentThread().interrupt();
            throw logged(path, start, PortalFailures.cancelled());
        }
    }

    private HttpRequest request(String pathAndQuery) throws PortalException {
        String key = apiKey.reveal();
        if (!key.chars().allMatch(c -> c > 0x20 && c < 0x7F)) {
            // Checked here because the HTTP client's own error would quote the header value.
            throw new PortalException(Kind.UNAUTHORIZED, Message.of("portal.badKeyCharacters"));
        }
        try {
            return HttpRequest.newBuilder(endpoint.resolve(pathAndQuery))
                    .GET()
                    .timeout(requestTimeout)
                    .header("MC-Api-Key", key)
                    .header("Accept", "application/json")
                    .header("User-Agent", USER_AGENT)
                    .build();
        } catch (IllegalArgumentException e) {
            // No cause attached: the message could quote a header value.
            throw new PortalException(Kind.INVALID_ENDPOINT, Message.of("portal.unusableEndpoint", endpoint.host()));
        }
    }

    private static void abort(CompletableFuture<?> exchange, CappedBodySubscriber body) {
        if (body != null) {
            body.cancel();
        }
        exchange.cancel(true);
    }

    private static PortalException logged(String path, long start, PortalException failure) {
        LOG.fine(() -> "GET " + path + " failed in " + millisSince(start) + " ms: " + failure.kind());
        return failure;
    }

    private static long millisSince(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    /** Percent-encodes a path segment; "." and ".." are encoded too so that no proxy folds them. */
    static String encodePathSegment(String segment) {
        return segment.matches("\\.*") ? segment.replace(".", "%2E") : encode(segment);
    }

    /** Percent-encodes UTF-8 bytes of everything but RFC 3986 unreserved characters. */
    static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return "HttpPortalApi[" + endpoint + "]";
    }
}
