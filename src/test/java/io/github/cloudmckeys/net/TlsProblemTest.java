package io.github.cloudmckeys.net;

import static org.assertj.core.api.Assertions.assertThat;

import javax.security.auth.x500.X500Principal;
import org.junit.jupiter.api.Test;

/** The CA's name a sentence shows: its most specific CN, escapes undone; none without a CN. */
class TlsProblemTest {
    @Test
    void theCommonNameIsReadWithItsEscapes() {
        assertThat(TlsProblem.commonName(new X500Principal("CN=Example\\, Inc. Root, O=Example Corp, C=CA")))
                .contains("Example, Inc. Root");
        assertThat(TlsProblem.commonName(new X500Principal("CN=Issuing CA+OU=PKI, CN=Outer, O=Corp")))
                .contains("Issuing CA");
        assertThat(TlsProblem.commonName(new X500Principal("O=Example Corp, C=CA"))).isEmpty();
    }
}
