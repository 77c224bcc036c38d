package io.github.cloudmckeys.net;

import java.security.cert.CertificateException;
import java.util.Objects;

/**
 * Thrown by {@link CheckingTrustManager} instead of the JDK's own refusal, so that the
 * {@link TlsProblem} travels up with the handshake's failure (as its cause) to the sentence.
 */
final class TlsRefusal extends CertificateException {
    private static final long serialVersionUID = 1L;

    private final transient TlsProblem problem;

    TlsRefusal(TlsProblem problem, Throwable cause) {
        super(Objects.requireNonNull(problem, "problem").kind() + " " + problem.subject(), cause);
        this.problem = problem;
    }

    TlsProblem problem() {
        return problem;
    }
}
