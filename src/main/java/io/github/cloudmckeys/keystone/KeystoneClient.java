package io.github.cloudmckeys.keystone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.cloudmckeys.credentials.IdentityVersion;
import io.github.cloudmckeys.i18n.Message;
import io.github.cloudmckeys.keystone.KeystoneException.Kind;
import io.github.cloudmckeys.keystone.TokenAnswers.Answer;
import io.github.cloudmckeys.net.NetFailures;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * "Test credentials": asks Keystone for a token with the credentials shown, v3
 * ({@code POST /v3/auth/tokens}, scoped to the project) or v2.0 ({@code POST /v2.0/tokens}),
 * and reports the token's expiry and the catalog's object-store endpoint, or what Keystone
 * said, in one sentence.
 *
 * <p>The password goes to the authentication URL's host and nowhere else: redirects are
 * never followed, plain http is refused unless Keystone is on this machine, and the
 * object-store endpoint is only read from the catalog, never contacted. When a v3 request
 * scoped to the project is refused, an unscoped one tells a wrong password from a wrong
 * project. Each exchange is bounded by the request timeout, body included.
 */
public final class KeystoneClient {
    static final long MAX_BODY_BYTES = 8 * 1024 * 1024;
    static final String USER_AGENT = "cloudmc-keys/0.1";
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(20);

    private final HttpClient http;
    private final Duration requestTimeout;
    private final Clock clock;
    private final ObjectMapper json = JsonMapper.builder().build();

    /**
     * @param http a client that never follows redirects ({@link #newHttpClient(Duration)})
     * @param requestTimeout the limit for one whole exchange
     */
    public KeystoneClient(HttpClient http, Duration requestTimeout, Clock clock) {
        this.http = Objects.requireNonNull(http, "http");
        if (http.followRedirects() != HttpClient.Redirect.NEVER) {
            throw new IllegalArgumentException("a client that follows redirects could send the password elsewhere");
        }
        this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** 10 s to connect, 20 s per exchange, the system clock. */
    public static KeystoneClient create() {
        return new KeystoneClient(newHttpClient(DEFAULT_CONNECT_TIMEOUT), DEFAULT_REQUEST_TIMEOUT, Clock.systemUTC());
    }

    /** Over a session's client ({@code net.NetSession}: its proxies and trust), 20 s per exchange. */
    public static KeystoneClient create(HttpClient http) {
        return new KeystoneClient(http, DEFAULT_REQUEST_TIMEOUT, Clock.systemUTC());
    }

    public static HttpClient newHttpClient(Duration connectTimeout) {
        return HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** @throws KeystoneException with one sentence when Keystone gives no token, or cannot be asked */
    public TokenCheck check(KeystoneCredentials credentials, IdentityVersion version) throws KeystoneException {
        Objects.requireNonNull(credentials, "credentials");
        TokenAnswers answers = new TokenAnswers(json, credentials);
        return version == IdentityVersion.V3 ? v3(credentials, answers) : v2(credentials, answers);
    }

    private TokenCheck v3(KeystoneCredentials credentials, TokenAnswers answers) throws KeystoneException {
        URI url = TokenRequests.v3Url(credentials);
        Answer answer = post(url, TokenRequests.v3Body(json, credentials, true));
        if (answer.status() == 401 && credentials.projectShown().isPresent()) {
            Answer unscoped = post(url, TokenRequests.v3Body(json, credentials, false));
            if (unscoped.status() == 201 || unscoped.status() == 200) {
                throw answers.projectRefused(answer);
            }
        }
        if (answer.status() != 201 && answer.status() != 200) {
            throw answers.failure(answer, false);
        }
        JsonNode token = answers.tokenBody(answer, "token");
        Optional<String> project = Optional.ofNullable(token.path("project").path("name").textValue())
                .or(credentials::projectShown).filter(p -> token.has("project"));
        return new TokenCheck(IdentityVersion.V3, url.getHost(), credentials.username(), project,
                TokenAnswers.instant(token.path("expires_at")), answers.v3ObjectStore(token), clock.instant());
    }

    private TokenCheck v2(KeystoneCredentials credentials, TokenAnswers answers) throws KeystoneException {
        URI url = TokenRequests.v2Url(credentials);
        Answer answer = post(url, TokenRequests.v2Body(json, credentials));
        if (answer.status() != 200 && answer.status() != 201) {
            throw answers.failure(answer, true);
        }
        JsonNode access = answers.tokenBody(answer, "access");
        JsonNode tenant = access.path("token").path("tenant");
        Optional<String> project = Optional.ofNullable(tenant.path("name").textValue())
                .or(() -> Optional.ofNullable(tenant.path("id").textValue()));
        return new TokenCheck(IdentityVersion.V2_0, url.getHost(), credentials.username(), project,
                TokenAnswers.instant(access.path("token").path("expires")), answers.v2ObjectStore(access),
                clock.instant());
    }

    private Answer post(URI url, String body) throws KeystoneException {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(requestTimeout)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("User-Agent", USER_AGENT)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        CompletableFuture<HttpResponse<byte[]>> exchange = http.sendAsync(request, CappedBytes.handler(MAX_BODY_BYTES));
        try {
            HttpResponse<byte[]> response = exchange.get(requestTimeout.toNanos(), TimeUnit.NANOSECONDS);
            if (response.statusCode() == 407) { // from a proxy on the way, which never saw the password
                throw new KeystoneException(Kind.UNREACHABLE, NetFailures.proxyRefused(http, url));
            }
            return new Answer(url, response.statusCode(), response.headers().firstValue("Location"), response.body());
        } catch (ExecutionException e) {
            throw transport(url, e.getCause());
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw timeout(url);
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            throw new KeystoneException(Kind.UNREACHABLE, Message.of("keystone.cancelled"));
        }
    }

    private KeystoneException transport(URI url, Throwable failure) {
        String host = url.getHost();
        if (has(failure, HttpTimeoutException.class)) {
            return timeout(url);
        }
        Optional<Message> network = NetFailures.transport(http, url, failure);
        if (network.isPresent()) {
            return new KeystoneException(Kind.UNREACHABLE, network.get(), failure);
        }
        if (has(failure, SSLException.class)) {
            return new KeystoneException(Kind.UNREACHABLE, Message.of("keystone.tls", host), failure);
        }
        if (has(failure, UnknownHostException.class) || has(failure, UnresolvedAddressException.class)) {
            return new KeystoneException(Kind.UNREACHABLE, Message.of("keystone.unknownHost", host), failure);
        }
        if (has(failure, ConnectException.class)) {
            return new KeystoneException(Kind.UNREACHABLE,
                    Message.of("keystone.connectionRefused", host, String.valueOf(port(url))), failure);
        }
        if (has(failure, CappedBytes.TooLarge.class)) {
            return new KeystoneException(Kind.BAD_ANSWER,
                    Message.of("keystone.tooLarge", host, MAX_BODY_BYTES / (1024 * 1024)), failure);
        }
        return new KeystoneException(Kind.UNREACHABLE, Message.of("keystone.brokenAnswer", host), failure);
    }

    private KeystoneException timeout(URI url) {
        long millis = requestTimeout.toMillis();
        Message limit = millis % 1000 == 0 ? Message.of("keystone.duration.seconds", millis / 1000)
                : Message.of("keystone.duration.milliseconds", millis);
        return new KeystoneException(Kind.UNREACHABLE, Message.of("keystone.timeout", url.getHost(), limit));
    }

    private static int port(URI url) {
        return url.getPort() >= 0 ? url.getPort() : "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
    }

    private static boolean has(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
