package io.github.cloudmckeys.net;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The JDK's PKIX checks (chain, dates, host name) against the JDK's and the system's roots, then,
 * when the user gave a CA file, against those plus the file; never weaker than the JDK's own.
 * A refusal says why ({@link TlsProblem}); a success that needed the CA file is remembered for
 * its host, so that the exports for that host can carry the file ({@link #neededTheCaFile}).
 */
final class CheckingTrustManager extends X509ExtendedTrustManager {
    private final X509ExtendedTrustManager systemRoots;
    private final X509ExtendedTrustManager withCaFile; // null without a CA file
    private final Clock clock;
    private final Set<String> hostsTrustedByTheCaFile = ConcurrentHashMap.newKeySet();

    CheckingTrustManager(X509ExtendedTrustManager systemRoots, X509ExtendedTrustManager withCaFile, Clock clock) {
        this.systemRoots = systemRoots;
        this.withCaFile = withCaFile;
        this.clock = clock;
    }

    boolean neededTheCaFile(String host) {
        return hostsTrustedByTheCaFile.contains(host.toLowerCase(Locale.ROOT));
    }

    @FunctionalInterface
    private interface Check {
        void run(X509ExtendedTrustManager manager) throws CertificateException;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        check(chain, authType, engine == null ? null : engine.getPeerHost(),
                manager -> manager.checkServerTrusted(chain, authType, engine));
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        check(chain, authType, null, manager -> manager.checkServerTrusted(chain, authType, socket));
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        check(chain, authType, null, manager -> manager.checkServerTrusted(chain, authType));
    }

    private void check(X509Certificate[] chain, String authType, String host, Check check)
            throws CertificateException {
        if (chain == null || chain.length == 0) {
            throw new CertificateException("the server sent no certificate");
        }
        CertificateException refused;
        try {
            check.run(systemRoots);
            return;
        } catch (CertificateException e) {
            refused = e;
        }
        if (withCaFile != null) {
            try {
                check.run(withCaFile);
                if (host != null) {
                    hostsTrustedByTheCaFile.add(host.toLowerCase(Locale.ROOT));
                }
                return;
            } catch (CertificateException e) {
                refused = e;
            }
        }
        throw new TlsRefusal(TlsProblem.of(diagnose(chain, authType), chain), refused);
    }

    /** Dates first (they are facts, whoever issued the certificate), then trust, then the host name. */
    private TlsProblem.Kind diagnose(X509Certificate[] chain, String authType) {
        Instant now = clock.instant();
        if (now.isAfter(chain[0].getNotAfter().toInstant())) {
            return TlsProblem.Kind.EXPIRED;
        }
        if (now.isBefore(chain[0].getNotBefore().toInstant())) {
            return TlsProblem.Kind.NOT_YET_VALID;
        }
        try {
            (withCaFile != null ? withCaFile : systemRoots).checkServerTrusted(chain, authType); // no host check
            return TlsProblem.Kind.WRONG_HOST;
        } catch (CertificateException e) {
            return TlsProblem.Kind.NOT_TRUSTED;
        }
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return (withCaFile == null ? systemRoots : withCaFile).getAcceptedIssuers();
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        throw new CertificateException("this app checks servers only");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        throw new CertificateException("this app checks servers only");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("this app checks servers only");
    }
}
