package io.github.cloudmckeys.net;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The certificate authorities the operating system trusts, which the JDK's own {@code cacerts}
 * (all a packaged app carries) does not include: a CA an administrator installed is there. On
 * Linux and other Unix, OpenSSL's conventions: {@code SSL_CERT_FILE} (instead of the bundle) and
 * {@code SSL_CERT_DIR} (instead of the folder), else the distribution's bundle (Debian and
 * Ubuntu, Fedora and RHEL, Arch, openSUSE, Alpine); on Windows the {@code Windows-ROOT} store; on
 * macOS the system keychain's roots. What cannot be read is skipped: the JDK's roots remain.
 */
final class OsTrustStore {
    private static final Logger LOG = Logger.getLogger(OsTrustStore.class.getName());

    /** The usual bundles, first found wins (several distributions link one to another). */
    static final List<Path> LINUX_BUNDLES = List.of(
            Path.of("/etc/ssl/certs/ca-certificates.crt"),              // Debian, Ubuntu, Arch (link), Gentoo
            Path.of("/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem"), // Fedora, RHEL 7+
            Path.of("/etc/pki/tls/certs/ca-bundle.crt"),                // Fedora, RHEL (older path)
            Path.of("/etc/ssl/ca-bundle.pem"),                          // openSUSE
            Path.of("/etc/ssl/cert.pem"));                              // Arch, Alpine, the BSDs
    static final Path LINUX_FOLDER = Path.of("/etc/ssl/certs");
    private static final int MAX_FOLDER_FILES = 2000;

    private OsTrustStore() {}

    static List<X509Certificate> certificates(Map<String, String> env, String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return keyStore("Windows-ROOT");
        }
        if (os.startsWith("mac")) {
            List<X509Certificate> roots = keyStore("KeychainStore-ROOT"); // JDK 23 and later
            return roots.isEmpty() ? keyStore("KeychainStore") : roots;
        }
        return unix(env, LINUX_BUNDLES, LINUX_FOLDER);
    }

    static List<X509Certificate> unix(Map<String, String> env, List<Path> bundles, Path folder) {
        List<X509Certificate> found = new ArrayList<>();
        String file = env.get("SSL_CERT_FILE");
        if (file != null && !file.isBlank()) {
            found.addAll(bundle(Path.of(file)));
        } else {
            bundles.stream().filter(Files::isReadable).findFirst().ifPresent(path -> found.addAll(bundle(path)));
        }
        String dirs = env.get("SSL_CERT_DIR");
        if (dirs != null && !dirs.isBlank()) {
            for (String dir : dirs.split(":")) {
                if (!dir.isBlank()) {
                    found.addAll(folder(Path.of(dir)));
                }
            }
        } else if (found.isEmpty()) {
            found.addAll(folder(folder));
        }
        return found;
    }

    private static List<X509Certificate> bundle(Path path) {
        try {
            if (Files.size(path) > CaFile.MAX_BYTES * 4) {
                return List.of();
            }
            return CaFile.read(Files.readAllBytes(path));
        } catch (IOException e) {
            LOG.fine(() -> "system trust bundle not read: " + path + ": " + e);
            return List.of();
        }
    }

    /** The certificates of a folder in OpenSSL's layout: {@code *.pem}, {@code *.crt} and hash links ({@code *.0}). */
    private static List<X509Certificate> folder(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<X509Certificate> found = new ArrayList<>();
        int files = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (files++ > MAX_FOLDER_FILES) {
                    break;
                }
                if ((name.endsWith(".pem") || name.endsWith(".crt") || name.matches("[0-9a-f]{8}\\.\\d+"))
                        && Files.isRegularFile(entry)) {
                    found.addAll(bundle(entry));
                }
            }
        } catch (IOException e) {
            LOG.fine(() -> "system trust folder not read: " + dir + ": " + e);
        }
        return found;
    }

    private static List<X509Certificate> keyStore(String type) {
        try {
            KeyStore store = KeyStore.getInstance(type);
            store.load(null, null);
            List<X509Certificate> found = new ArrayList<>();
            for (String alias : Collections.list(store.aliases())) {
                Certificate certificate = store.getCertificate(alias);
                if (certificate instanceof X509Certificate x509) {
                    found.add(x509);
                }
            }
            return found;
        } catch (GeneralSecurityException | IOException e) {
            LOG.fine(() -> "system key store " + type + " not read: " + e);
            return List.of();
        }
    }
}
