package io.github.cloudmckeys.keystone;

import static io.github.cloudmckeys.keystone.KeystoneClientTest.PASSWORD;
import static io.github.cloudmckeys.keystone.KeystoneClientTest.credentials;
import static io.github.cloudmckeys.portal.FrenchSentence.assertFrench;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cloudmckeys.credentials.FieldRole;
import io.github.cloudmckeys.credentials.IdentityVersion;
import io.github.cloudmckeys.i18n.Language;
import io.github.cloudmckeys.i18n.Messages;
import io.github.cloudmckeys.portal.RawHttpScripts;
import io.github.cloudmckeys.portal.RawHttpTestServer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * "Test credentials" said in French, against the same Keystone-speaking server on 127.0.0.1 as
 * {@link KeystoneClientTest}: the token line and the refusals read as French, quote the user,
 * project and Keystone's own words in « », and never show the password.
 */
class KeystoneInFrenchTest {
    private static final Messages FRENCH = Messages.of(Language.FRENCH);
    private static final String NBSP = "\u00a0";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

    private static KeystoneClient client(Duration timeout) {
        return new KeystoneClient(KeystoneClient.newHttpClient(Duration.ofSeconds(5)), timeout, CLOCK);
    }

    private static String quoted(String text) {
        return "«" + NBSP + text + NBSP + "»";
    }

    @Test
    void theTokenLineInFrench() throws Exception {
        try (FakeKeystone keystone = FakeKeystone.start(PASSWORD, false)) {
            TokenCheck check = client(Duration.ofSeconds(10)).check(credentials(keystone.url(),
                    Map.of(FieldRole.REGION, "RegionTwo")), IdentityVersion.V3);

            String french = FRENCH.format(check.message());
            assertThat(french).isEqualTo("OK" + NBSP + ": Keystone v3 sur 127.0.0.1 a émis un jeton pour "
                    + quoted(FakeKeystone.USER) + " dans le projet " + quoted(FakeKeystone.PROJECT) + ", valide jusqu’au"
                    + " 2026-01-02T04:04:05Z (dans 60" + NBSP + "min); stockage objet" + NBSP
                    + ": https://public.regiontwo.swift/v1/AUTH_4f2c0b7e.");
            assertFrench(french, check.sentence());
        }
    }

    @Test
    void aWrongPasswordInFrenchQuotesKeystonesOwnWords() throws Exception {
        try (FakeKeystone keystone = FakeKeystone.start("the real one", false)) {
            KeystoneException refused = refused(() -> client(Duration.ofSeconds(10)).check(
                    credentials(keystone.url(), Map.of()), IdentityVersion.V3));

            assertThat(refused.userMessage().key()).isEqualTo("keystone.refused.v3");
            assertThat(FRENCH.sentence(refused)).isEqualTo("Keystone sur 127.0.0.1 a refusé les identifiants de "
                    + quoted(FakeKeystone.USER) + NBSP + ": mot de passe, nom d’utilisateur, domaine ou projet erroné"
                    + " (Keystone" + NBSP + ": " + quoted("The request you have made requires authentication.") + ").");
        }
    }

    @Test
    void anUnknownProjectInFrenchNamesItsDomain() throws Exception {
        try (FakeKeystone keystone = FakeKeystone.start(PASSWORD, false)) {
            KeystoneException refused = refused(() -> client(Duration.ofSeconds(10)).check(credentials(keystone.url(),
                    Map.of(FieldRole.PROJECT_NAME, "nobodys-project")), IdentityVersion.V3));

            assertThat(FRENCH.sentence(refused)).startsWith("Keystone sur 127.0.0.1 a accepté le mot de passe de "
                    + quoted(FakeKeystone.USER) + ", mais ne donne aucun jeton pour le projet " + quoted("nobodys-project")
                    + NBSP + ": le projet n’existe pas dans le domaine " + quoted("default") + ", ou l’utilisateur n’y"
                    + " a aucun rôle");
        }
    }

    @Test
    void aSilentKeystoneInFrenchSaysItsDelay() throws Exception {
        try (RawHttpTestServer silent = RawHttpTestServer.start(RawHttpScripts.neverAnswer())) {
            KeystoneException refused = refused(() -> client(Duration.ofMillis(400)).check(
                    credentials(silent.url(""), Map.of()), IdentityVersion.V3));

            assertThat(FRENCH.sentence(refused)).isEqualTo("Keystone sur 127.0.0.1 n’a pas répondu dans un délai de 400"
                    + NBSP + "ms" + NBSP + ": vérifiez votre connexion réseau ou réessayez plus tard.");
        }
    }

    @Test
    void aRedirectInFrench() throws Exception {
        try (FakeKeystone keystone = FakeKeystone.start(PASSWORD, false)) {
            keystone.redirectTo("/elsewhere/v3/auth/tokens");

            KeystoneException refused = refused(() -> client(Duration.ofSeconds(10)).check(
                    credentials(keystone.url(), Map.of()), IdentityVersion.V3));

            assertThat(FRENCH.sentence(refused)).startsWith("Keystone sur 127.0.0.1 a répondu par une redirection"
                    + " (HTTP 307) vers un autre chemin sur le même hôte" + NBSP + ": elle n’a pas été suivie");
        }
    }

    @Test
    void anEchoedPasswordIsNotInTheFrenchSentenceEither() throws Exception {
        try (RawHttpTestServer echo = RawHttpTestServer.start(RawHttpScripts.respond(401, "application/json",
                new ObjectMapper().writeValueAsString(Map.of("error", Map.of("message", "bad password " + PASSWORD)))))) {
            KeystoneException refused = refused(() -> client(Duration.ofSeconds(10)).check(
                    credentials(echo.url(""), Map.of()), IdentityVersion.V3));

            assertThat(FRENCH.sentence(refused)).contains(quoted("bad password (password)")).doesNotContain(PASSWORD);
        }
    }

    @Test
    void nothingSentInFrench() {
        KeystoneException incomplete = refused(() -> {
            credentials("https://auth.cloud.ca", Map.of(FieldRole.PASSWORD, ""));
            return null;
        });
        KeystoneException plainHttp = refused(() -> client(Duration.ofSeconds(1)).check(
                credentials("http://192.0.2.1:5000", Map.of()), IdentityVersion.V3));

        assertThat(FRENCH.sentence(incomplete)).isEqualTo("Object Storage / ccontini n’a pas d’identifiants Keystone à"
                + " tester (il faut une URL d’authentification, un nom d’utilisateur et un mot de passe).");
        assertThat(FRENCH.sentence(plainHttp)).startsWith("L’URL d’authentification http://192.0.2.1:5000 est en http"
                + " non chiffré" + NBSP + ": ");
    }

    private interface Check {
        TokenCheck run() throws Exception;
    }

    /** The failure, checked to read as French without the password. */
    private static KeystoneException refused(Check check) {
        try {
            check.run();
        } catch (KeystoneException e) {
            String french = FRENCH.sentence(e);
            assertFrench(french, e.getMessage());
            assertThat(french).doesNotContain(PASSWORD);
            return e;
        } catch (Exception e) {
            throw new AssertionError("expected a KeystoneException", e);
        }
        throw new AssertionError("expected no token");
    }
}
