package io.github.cloudmckeys.net;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A private certificate authority made at test time with {@code openssl} ({@code req} for the
 * root, {@code ca} for server certificates, which alone sets any start and end date): the root's
 * PEM file is what a user gives with {@code --ca-file}, and each server certificate comes as an
 * {@link SSLContext} a loopback HTTPS server presents.
 */
public final class TestCa {
    public static final String ROOT_NAME = "Example Corp Internal Root";
    private static final char[] STORE_PASSWORD = "test-ca".toCharArray();
    private static final DateTimeFormatter OPENSSL_DATE =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Path dir;
    private final Path rootPem;
    private final Path rootKey;
    private final AtomicInteger issued = new AtomicInteger();

    private TestCa(Path dir, Path rootPem, Path rootKey) {
        this.dir = dir;
        this.rootPem = rootPem;
        this.rootKey = rootKey;
    }

    /** A server certificate: its key store (key and chain) and the certificate itself. */
    public record Issued(X509Certificate certificate, KeyStore keyStore) {
        /** A TLS server context presenting this certificate (and the root after it). */
        public SSLContext serverContext() throws GeneralSecurityException {
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(keyStore, STORE_PASSWORD);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        }
    }

    /** Makes the root "{@value #ROOT_NAME}" (O=Example Corp) in {@code dir}. */
    public static TestCa create(Path dir) throws IOException, InterruptedException {
        Path key = dir.resolve("root.key");
        Path pem = dir.resolve("root.pem");
        openssl(dir, "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                "-keyout", key.toString(), "-out", pem.toString(), "-days", "3650",
                "-subj", "/O=Example Corp/CN=" + ROOT_NAME,
                "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign");
        Files.createDirectories(dir.resolve("issued"));
        Files.writeString(dir.resolve("index.txt"), "");
        Files.writeString(dir.resolve("ca.cnf"), """
                [ca]
                default_ca = test
                [test]
                database = %s
                new_certs_dir = %s
                serial = %s
                default_md = sha256
                policy = any
                unique_subject = no
                email_in_dn = no
                [any]
                organizationName = optional
                commonName = supplied
                """.formatted(dir.resolve("index.txt"), dir.resolve("issued"), dir.resolve("serial")));
        Files.writeString(dir.resolve("serial"), "1000\n");
        return new TestCa(dir, pem, key);
    }

    /** The root certificate in PEM: the file a user gives with {@code --ca-file}. */
    public Path rootPem() {
        return rootPem;
    }

    /** Valid from an hour ago for two days, for {@code names} (DNS names and IP addresses). */
    public Issued issue(String commonName, List<String> names) throws IOException, InterruptedException,
            GeneralSecurityException {
        Instant now = Instant.now();
        return issue(commonName, names, now.minusSeconds(3600), now.plusSeconds(2 * 86400));
    }

    public Issued issue(String commonName, List<String> names, Instant notBefore, Instant notAfter)
            throws IOException, InterruptedException, GeneralSecurityException {
        String name = "server-" + issued.incrementAndGet();
        Path key = dir.resolve(name + ".key");
        Path csr = dir.resolve(name + ".csr");
        Path pem = dir.resolve(name + ".pem");
        Path extensions = dir.resolve(name + ".ext");
        List<String> san = new ArrayList<>();
        for (String n : names) {
            san.add((n.matches("[0-9.]+") || n.contains(":") ? "IP:" : "DNS:") + n);
        }
        Files.writeString(extensions, "basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\n"
                + "extendedKeyUsage=serverAuth\nsubjectAltName=" + String.join(",", san) + "\n");
        openssl(dir, "req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                "-keyout", key.toString(), "-out", csr.toString(), "-subj", "/O=Example Corp/CN=" + commonName);
        openssl(dir, "ca", "-batch", "-config", dir.resolve("ca.cnf").toString(), "-cert", rootPem.toString(),
                "-keyfile", rootKey.toString(), "-in", csr.toString(), "-out", pem.toString(), "-notext",
                "-startdate", OPENSSL_DATE.format(notBefore),
                "-enddate", OPENSSL_DATE.format(notAfter), "-extfile", extensions.toString());
        X509Certificate certificate = certificates(pem).get(0);
        X509Certificate root = certificates(rootPem).get(0);
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("server", privateKey(key), STORE_PASSWORD, new Certificate[] {certificate, root});
        return new Issued(certificate, store);
    }

    private static List<X509Certificate> certificates(Path pem) throws IOException, GeneralSecurityException {
        try (InputStream in = Files.newInputStream(pem)) {
            return CertificateFactory.getInstance("X.509").generateCertificates(in).stream()
                    .map(X509Certificate.class::cast).toList();
        }
    }

    private static PrivateKey privateKey(Path pem) throws IOException, GeneralSecurityException {
        String text = Files.readString(pem, StandardCharsets.US_ASCII);
        String base64 = text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    private static void openssl(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("openssl"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IOException("openssl " + args[0] + " failed: " + output);
        }
    }

}
