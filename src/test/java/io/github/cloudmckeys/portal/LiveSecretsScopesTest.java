package io.github.cloudmckeys.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudmckeys.logging.LiveSecrets;
import org.junit.jupiter.api.Test;

/**
 * What the process-wide redactor knows follows what the process holds: a portal client's
 * key until the client is closed, the values shown until the window switches portal.
 */
class LiveSecretsScopesTest {
    @Test
    void aPortalClientsKeyIsForgottenWhenTheLastClientHoldingItCloses() throws Exception {
        String key = "client-key-" + System.nanoTime();
        PortalEndpoint endpoint = PortalEndpoint.parse("https://portal.example.com/api/v2");
        HttpPortalApi session = HttpPortalApi.create(endpoint, ApiKey.of(key));
        HttpPortalApi tested = HttpPortalApi.create(endpoint, ApiKey.of(key));

        assertThat(LiveSecrets.redact("key " + key)).isEqualTo("key ********");
        tested.close();
        assertThat(LiveSecrets.redact("key " + key)).as("the session's client still holds it")
                .isEqualTo("key ********");
        session.close();
        assertThat(LiveSecrets.redact("key " + key)).isEqualTo("key " + key);
    }

    @Test
    void theValuesShownAreForgottenWhenAnotherPortalBecomesTheCurrentOne() {
        String shown = "shown-password-" + System.nanoTime();
        String argument = "argument-key-" + System.nanoTime();
        LiveSecrets.registerShown(shown);
        LiveSecrets.register(argument);
        assertThat(LiveSecrets.redact(shown + " " + argument)).isEqualTo("******** ********");

        LiveSecrets.newPortalSession();

        assertThat(LiveSecrets.redact(shown + " " + argument)).isEqualTo(shown + " ********");
        String next = "next-portal-value-" + System.nanoTime();
        LiveSecrets.registerShown(next);
        assertThat(LiveSecrets.redact(next)).isEqualTo("********");
    }
}
