package io.github.cloudmckeys.net;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.security.auth.x500.X500Principal;

/**
 * Why a server's certificate was refused, with what the user needs to decide: the server
 * certificate's subject, the name of the CA it comes from, its SHA-256 fingerprint, its dates
 * and the host names it holds.
 *
 * @param kind      what is wrong
 * @param subject   the server certificate's subject (RFC 2253)
 * @param issuer    the CN (else the whole name) of the CA at the top of the chain the server sent
 * @param sha256    the server certificate's SHA-256 fingerprint, {@code AB:CD:…}
 * @param notBefore start of validity
 * @param notAfter  end of validity
 * @param names     the DNS names and IP addresses it is for (its subject alternative names, else its CN)
 */
public record TlsProblem(Kind kind, String subject, String issuer, String sha256, Instant notBefore,
                         Instant notAfter, List<String> names) {
    public enum Kind { NOT_TRUSTED, EXPIRED, NOT_YET_VALID, WRONG_HOST }

    public TlsProblem {
        Objects.requireNonNull(kind, "kind");
        names = List.copyOf(names);
    }

    static TlsProblem of(Kind kind, X509Certificate[] chain) {
        X509Certificate leaf = chain[0];
        X500Principal top = chain[chain.length - 1].getIssuerX500Principal();
        return new TlsProblem(kind, leaf.getSubjectX500Principal().getName(X500Principal.RFC2253),
                commonName(top).orElse(top.getName(X500Principal.RFC2253)), fingerprint(leaf),
                leaf.getNotBefore().toInstant(), leaf.getNotAfter().toInstant(), names(leaf));
    }

    /**
     * The most specific CN of a name, read from its RFC 2253 form by hand: {@code javax.naming}
     * would do it, but the packaged app's runtime does not carry that module.
     */
    static java.util.Optional<String> commonName(X500Principal principal) {
        String name = principal.getName(X500Principal.RFC2253);
        java.util.Optional<String> found = java.util.Optional.empty();
        StringBuilder part = new StringBuilder();
        for (int i = 0; i <= name.length(); i++) {
            char c = i < name.length() ? name.charAt(i) : ',';
            if (c == '\\' && i + 1 < name.length()) {
                part.append(c).append(name.charAt(++i));
            } else if (c == ',' || c == '+') {
                String rdn = part.toString();
                if (rdn.regionMatches(true, 0, "CN=", 0, 3) && found.isEmpty()) {
                    found = java.util.Optional.of(unescape(rdn.substring(3))); // RFC 2253 lists the most specific first
                }
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        return found;
    }

    private static String unescape(String value) {
        return value.replaceAll("\\\\(.)", "$1");
    }

    static String fingerprint(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("SHA-256 of a certificate", e);
        }
    }

    static List<String> names(X509Certificate certificate) {
        List<String> names = new ArrayList<>();
        try {
            if (certificate.getSubjectAlternativeNames() != null) {
                for (List<?> name : certificate.getSubjectAlternativeNames()) {
                    int type = (Integer) name.get(0);
                    if (type == 2 || type == 7) { // dNSName, iPAddress
                        names.add(String.valueOf(name.get(1)).toLowerCase(Locale.ROOT));
                    }
                }
            }
        } catch (CertificateParsingException e) {
            names.clear();
        }
        if (names.isEmpty()) {
            commonName(certificate.getSubjectX500Principal()).ifPresent(names::add);
        }
        return names;
    }
}
