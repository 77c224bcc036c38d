package io.github.cloudmckeys.net;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * What a session's client trusts: the JDK's roots, the operating system's ({@link OsTrustStore}),
 * and the user's CA file when given. There is no way to trust everything.
 */
final class Trust {
    private final SSLContext context;
    private final CheckingTrustManager manager;

    private Trust(SSLContext context, CheckingTrustManager manager) {
        this.context = context;
        this.manager = manager;
    }

    static Trust of(Map<String, String> env, Optional<CaFile> caFile, Clock clock) {
        try {
            List<X509Certificate> roots = new ArrayList<>(List.of(jdkRoots().getAcceptedIssuers()));
            roots.addAll(OsTrustStore.certificates(env, System.getProperty("os.name", "")));
            X509ExtendedTrustManager system = pkix(roots);
            X509ExtendedTrustManager withFile = null;
            if (caFile.isPresent()) {
                List<X509Certificate> all = new ArrayList<>(roots);
                all.addAll(caFile.get().certificates());
                withFile = pkix(all);
            }
            CheckingTrustManager manager = new CheckingTrustManager(system, withFile, clock);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {manager}, null);
            return new Trust(context, manager);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("the JDK's TLS cannot be set up", e);
        }
    }

    SSLContext context() {
        return context;
    }

    boolean neededTheCaFile(String host) {
        return manager.neededTheCaFile(host);
    }

    private static X509ExtendedTrustManager jdkRoots() throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init((KeyStore) null);
        return extended(factory);
    }

    private static X509ExtendedTrustManager pkix(List<X509Certificate> roots)
            throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        int i = 0;
        for (X509Certificate root : roots) {
            store.setCertificateEntry("root-" + i++, root);
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance("PKIX");
        factory.init(store);
        return extended(factory);
    }

    private static X509ExtendedTrustManager extended(TrustManagerFactory factory) {
        for (TrustManager manager : factory.getTrustManagers()) {
            if (manager instanceof X509ExtendedTrustManager x509) {
                return x509;
            }
        }
        throw new IllegalStateException("no X.509 trust manager in the JDK");
    }
}
