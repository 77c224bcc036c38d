package io.github.cloudmckeys.net;

import java.net.http.HttpClient;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;

/**
 * TLS set up only when a connection needs it. The JDK's HTTP client reads the JVM's default
 * TLS context when it is built, and that loads the trust store and the TLS engine: a third of the
 * command line's start-up against an {@code http://} loopback portal, which never speaks TLS
 * (docs/benchmarks.md, command line). With {@link #deferUntilUsed}, the client gets a context
 * that becomes the real one (the JVM's default, or a session's {@link Trust}) on its first use, so
 * nothing changes for {@code https://}.
 */
public final class DeferredTls {
    private DeferredTls() {}

    /** {@code builder}, made to set the JVM's default TLS up only when a connection first needs it. */
    public static HttpClient.Builder deferUntilUsed(HttpClient.Builder builder) {
        return deferUntilUsed(builder, DeferredTls::jvmDefault);
    }

    /** {@code builder}, made to ask {@code context} for its TLS (once) only when a connection first needs it. */
    public static HttpClient.Builder deferUntilUsed(HttpClient.Builder builder, Supplier<SSLContext> context) {
        // Parameters of our own, or the client would ask the context for its defaults at once. Left empty, they
        // keep the engine's defaults (protocols, cipher suites); the client adds the host name checks itself.
        return builder.sslContext(new DeferredContext(context)).sslParameters(new SSLParameters());
    }

    private static SSLContext jvmDefault() {
        try {
            return SSLContext.getDefault();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This Java runtime has no TLS.", e);
        }
    }

    private static final class DeferredContext extends SSLContext {
        DeferredContext(Supplier<SSLContext> context) {
            super(new OnFirstUse(context), null, "Default");
        }
    }

    /** Every call goes to the context {@code make} gives, asked for on the first one. */
    private static final class OnFirstUse extends SSLContextSpi {
        private final Supplier<SSLContext> make;
        private volatile SSLContext context;

        OnFirstUse(Supplier<SSLContext> make) {
            this.make = Objects.requireNonNull(make, "make");
        }

        private SSLContext context() {
            SSLContext made = context;
            if (made == null) {
                synchronized (this) {
                    made = context;
                    if (made == null) {
                        made = Objects.requireNonNull(make.get(), "context");
                        context = made;
                    }
                }
            }
            return made;
        }

        @Override
        protected void engineInit(javax.net.ssl.KeyManager[] keys, javax.net.ssl.TrustManager[] trust,
                                  java.security.SecureRandom random) {
            throw new UnsupportedOperationException("the deferred TLS context is set up by its maker");
        }

        @Override
        protected SSLSocketFactory engineGetSocketFactory() {
            return context().getSocketFactory();
        }

        @Override
        protected SSLServerSocketFactory engineGetServerSocketFactory() {
            return context().getServerSocketFactory();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine() {
            return context().createSSLEngine();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine(String host, int port) {
            return context().createSSLEngine(host, port);
        }

        @Override
        protected SSLSessionContext engineGetServerSessionContext() {
            return context().getServerSessionContext();
        }

        @Override
        protected SSLSessionContext engineGetClientSessionContext() {
            return context().getClientSessionContext();
        }

        @Override
        protected SSLParameters engineGetDefaultSSLParameters() {
            return context().getDefaultSSLParameters();
        }

        @Override
        protected SSLParameters engineGetSupportedSSLParameters() {
            return context().getSupportedSSLParameters();
        }
    }
}
