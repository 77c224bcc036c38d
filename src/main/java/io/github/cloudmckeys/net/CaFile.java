package io.github.cloudmckeys.net;

import io.github.cloudmckeys.i18n.Message;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * A CA file the user gave (PEM, one or more certificates; DER also read): the certificates it
 * holds, or one sentence saying why it cannot be used.
 *
 * @param path         the file, absolute
 * @param certificates what it holds, never empty
 */
public record CaFile(Path path, List<X509Certificate> certificates) {
    /** The largest CA file read: a bundle of every public root is under 300 KB. */
    static final long MAX_BYTES = 4L * 1024 * 1024;

    public CaFile {
        certificates = List.copyOf(certificates);
    }

    /** @throws NetException when the file is missing, unreadable, too large or holds no certificate */
    public static CaFile load(Path file) throws NetException {
        Path path = file.toAbsolutePath().normalize();
        byte[] bytes;
        try {
            if (Files.isDirectory(path)) {
                throw new NetException(Message.of("net.caFile.directory", path.toString()));
            }
            if (Files.size(path) > MAX_BYTES) {
                throw new NetException(Message.of("net.caFile.tooLarge", path.toString()));
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new NetException(Message.of("net.caFile.missing", path.toString()), e);
        } catch (AccessDeniedException e) {
            throw new NetException(Message.of("net.caFile.unreadable", path.toString()), e);
        } catch (IOException e) {
            throw new NetException(Message.of("net.caFile.unreadable", path.toString()), e);
        }
        List<X509Certificate> certificates = read(bytes);
        if (certificates.isEmpty()) {
            throw new NetException(Message.of("net.caFile.noCertificate", path.toString()));
        }
        return new CaFile(path, certificates);
    }

    /** The certificates in PEM or DER bytes; empty when there is none (text around PEM blocks is skipped). */
    static List<X509Certificate> read(byte[] bytes) {
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            return factory.generateCertificates(new ByteArrayInputStream(bytes)).stream()
                    .filter(X509Certificate.class::isInstance).map(X509Certificate.class::cast).toList();
        } catch (CertificateException e) {
            return List.of();
        }
    }
}
