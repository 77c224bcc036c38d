package io.github.cloudmckeys.portal;

import static io.github.cloudmckeys.portal.FrenchSentence.assertFrench;
import static io.github.cloudmckeys.portal.PortalTestSupport.KEY;
import static io.github.cloudmckeys.portal.PortalTestSupport.assertKeyAbsent;
import static io.github.cloudmckeys.portal.RawHttpScripts.respond;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.cloudmckeys.i18n.Language;
import io.github.cloudmckeys.i18n.Messages;
import io.github.cloudmckeys.portal.PortalException.Kind;
import io.github.cloudmckeys.portal.RawHttpTestServer.Script;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The portal fault suite's cases again, over the same real loopback sockets, said in French:
 * each failure's sentence rendered by {@code Messages.of(Language.FRENCH)} reads as French,
 * stays one line without the API key, and, for the cases a user meets most, is exactly the
 * sentence a French user should read. The English sentences are {@link PortalFaultSuiteTest}'s.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PortalFaultsInFrenchTest {
    private static final Messages FRENCH = Messages.of(Language.FRENCH);
    private static final String NBSP = "\u00a0";
    private static final String CREDENTIALS_PAGE = "la page «" + NBSP + "Identifiants API" + NBSP + "»";

    /** The exact French sentence of some of the suite's cases, by case name. */
    private static final Map<String, String> EXACT = Map.of(
            "401 echoing the key", "Le portail a refusé la clé d’API, qui est invalide ou a été supprimée" + NBSP
                    + ": générez-en une nouvelle sous «" + NBSP + "Identifiants API" + NBSP + "». Le portail a répondu"
                    + NBSP + ": «" + NBSP + "The API key ******** is not valid" + NBSP + "» (erreur 2012)",
            "429 with Retry-After", "Le portail reçoit trop de requêtes (429)" + NBSP + ": patientez 120" + NBSP
                    + "secondes (Retry-After), puis réessayez.",
            "502", "Le portail ou un serveur mandataire placé devant lui est en panne (HTTP 502)" + NBSP
                    + ": réessayez plus tard.",
            "empty 200", "La réponse du portail à /environments ne contient pas les données d’API qu’attend"
                    + " l’application (la réponse est vide)" + NBSP + ": vérifiez que le point de terminaison est"
                    + " bien celui affiché sur " + CREDENTIALS_PAGE + ", ou réessayez plus tard.",
            "a 50 MB body", "La réponse du portail à /environments dépasse 16" + NBSP + "Mo" + NBSP + ": vérifiez que"
                    + " le point de terminaison est bien celui affiché sur " + CREDENTIALS_PAGE + ".");

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.cloudmckeys.portal.PortalFaultSuiteTest#answers")
    void everyBadAnswerIsSaidInFrench(String name, Script script, PortalFaultSuiteTest.Call call, Kind kind,
                                      String english) throws Exception {
        try (RawHttpTestServer server = RawHttpTestServer.start(script)) {
            PortalException e = catchThrowableOfType(PortalException.class,
                    () -> call.on(PortalTestSupport.api(server)));

            assertThat(e).as(name).isNotNull();
            assertThat(e.kind()).isEqualTo(kind);
            assertThat(e.getMessage()).as("the English sentence, for logs").isEqualTo(english);
            String french = FRENCH.sentence(e);
            assertFrench(french, english);
            assertThat(french).doesNotContain(KEY);
            assertKeyAbsent(e);
            if (EXACT.containsKey(name)) {
                assertThat(french).isEqualTo(EXACT.get(name));
            }
        }
    }

    @Test
    void theExactSentencesAreCasesOfTheSuite() {
        // Guards the map above: a renamed case must not silently skip its exact check.
        assertThat(PortalFaultSuiteTest.answers().map(arguments -> (String) arguments.get()[0]))
                .containsAll(EXACT.keySet());
    }

    @Test
    void a401IsSaidInFrenchUnderItsStableKey() throws Exception {
        try (RawHttpTestServer server = RawHttpTestServer.start(respond(401, null, ""))) {
            PortalException e = catchThrowableOfType(PortalException.class, () -> PortalTestSupport.api(server)
                    .environments());

            assertThat(e.userMessage().key()).isEqualTo("portal.unauthorized");
            assertThat(FRENCH.sentence(e)).isEqualTo("Le portail a refusé la clé d’API, qui est invalide ou a été"
                    + " supprimée" + NBSP + ": générez-en une nouvelle sous «" + NBSP + "Identifiants API" + NBSP + "».");
        }
    }

    /** A server that never answers, met with whole and fractional timeouts: the duration is French too. */
    @ParameterizedTest(name = "{0} ms")
    @CsvSource(delimiter = '|', textBlock = """
            2000 | 2 seconds   | 2\u00a0secondes
            1000 | 1 second    | 1\u00a0seconde
            1500 | 1.5 seconds | 1,5\u00a0seconde
            """)
    void aTimeoutSaysItsDurationInFrench(long millis, String englishDuration, String frenchDuration) throws Exception {
        try (RawHttpTestServer server = RawHttpTestServer.start(RawHttpScripts.neverAnswer())) {
            PortalException e = catchThrowableOfType(PortalException.class,
                    () -> PortalTestSupport.api(server.url("/api/v2"), Duration.ofMillis(millis)).environments());

            assertThat(e.kind()).isEqualTo(Kind.TIMEOUT);
            assertThat(e.getMessage()).isEqualTo("127.0.0.1 did not answer within " + englishDuration
                    + ": check your network, or try again later.");
            String french = FRENCH.sentence(e);
            assertFrench(french, e.getMessage());
            assertThat(french).isEqualTo("127.0.0.1 n’a pas répondu dans un délai de " + frenchDuration + NBSP
                    + ": vérifiez votre connexion réseau ou réessayez plus tard.");
        }
    }

    @Test
    void aRedirectIsSaidInFrench() throws Exception {
        try (RawHttpTestServer portal = RawHttpTestServer.start(respond(307, null, "",
                "Location: http://elsewhere.example/api/v2/environments"))) {
            PortalException e = catchThrowableOfType(PortalException.class,
                    () -> PortalTestSupport.api(portal).environments());

            assertThat(FRENCH.sentence(e)).isEqualTo("Le portail redirige cette requête vers elsewhere.example"
                    + " (HTTP 307) et la clé d’API n’y a pas été envoyée" + NBSP + ": collez le point de terminaison"
                    + " final, tel qu’il est affiché sur " + CREDENTIALS_PAGE + ".");
        }
    }

    @Test
    void aPortalErrorWithACodeOnlyAndALongMessageStayShortInFrench() throws Exception {
        String longMessage = "x".repeat(500);
        try (RawHttpTestServer codeOnly = RawHttpTestServer.start(respond(403, "application/json",
                "{\"errors\":[{\"errorCode\":\"FORBIDDEN\"}]}"));
             RawHttpTestServer verbose = RawHttpTestServer.start(respond(500, "application/json",
                     "{\"errors\":[{\"code\":77,\"message\":\"" + longMessage + "\"}]}"))) {
            PortalException forbidden = catchThrowableOfType(PortalException.class,
                    () -> PortalTestSupport.api(codeOnly).environments());
            PortalException failing = catchThrowableOfType(PortalException.class,
                    () -> PortalTestSupport.api(verbose).environments());

            assertThat(forbidden.getMessage()).endsWith(" The portal said: error FORBIDDEN");
            assertThat(FRENCH.sentence(forbidden)).endsWith(". Le portail a répondu" + NBSP + ": erreur FORBIDDEN");
            String said = failing.getMessage().substring(failing.getMessage().indexOf("The portal said: ")
                    + "The portal said: ".length());
            assertThat(said).as("the portal's words, quoted, at most the limit").endsWith("…\" (error 77)")
                    .hasSizeLessThanOrEqualTo(PortalFailures.MAX_PORTAL_MESSAGE_CHARS);
            assertThat(FRENCH.sentence(failing)).endsWith("…" + NBSP + "» (erreur 77)");
        }
    }

    @Test
    void theFrenchCheckCanFail() {
        String english = "Cannot reach 127.0.0.1: check the endpoint URL and your network.";
        assertThatThrownBy(() -> assertFrench(english, "")).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> assertFrench("Impossible de joindre 127.0.0.1 : réessayez.", english))
                .as("a plain space before the colon").isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> assertFrench("Le portail a répondu" + NBSP + ": \"non\"", english))
                .as("straight quotes").isInstanceOf(AssertionError.class);
        assertFrench("Impossible de joindre portal.example.com" + NBSP + ": réessayez.", english);
    }

    @Test
    void durationsInBothLanguages() {
        Messages english = Messages.of(Language.ENGLISH);
        assertThat(english.format(PortalFailures.describe(Duration.ofMillis(250)))).isEqualTo("250 ms");
        assertThat(FRENCH.format(PortalFailures.describe(Duration.ofMillis(250)))).isEqualTo("250" + NBSP + "ms");
        assertThat(english.format(PortalFailures.describe(Duration.ofSeconds(5)))).isEqualTo("5 seconds");
        assertThat(FRENCH.format(PortalFailures.describe(Duration.ofSeconds(5)))).isEqualTo("5" + NBSP + "secondes");
        assertThat(english.format(PortalFailures.describe(Duration.ofMillis(1250)))).isEqualTo("1.3 seconds");
        assertThat(FRENCH.format(PortalFailures.describe(Duration.ofMillis(2500)))).isEqualTo("2,5" + NBSP + "secondes");
        assertThat(FRENCH.format(PortalFailures.describe(Duration.ofMillis(1900)))).isEqualTo("1,9" + NBSP + "seconde");
    }

    @Test
    void endpointProblemsAreSaidInFrench() {
        PortalException insecure = catchThrowableOfType(PortalException.class,
                () -> PortalEndpoint.parse("http://portal.example.com/api/v2"));
        PortalException missing = catchThrowableOfType(PortalException.class, () -> PortalEndpoint.parse(" "));
        PortalException invalid = catchThrowableOfType(PortalException.class, () -> PortalEndpoint.parse("portal"));

        assertThat(FRENCH.sentence(insecure)).isEqualTo("Le point de terminaison portal.example.com utilise http://,"
                + " ce qui enverrait votre clé d’API en clair" + NBSP + ": utilisez l’adresse https:// affichée sur "
                + CREDENTIALS_PAGE + ".");
        for (PortalException e : new PortalException[] {insecure, missing, invalid}) {
            assertFrench(FRENCH.sentence(e), e.getMessage());
        }
    }
}
