package io.github.cloudmckeys.ui.connect;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudmckeys.session.PortalAccess;
import io.github.cloudmckeys.demo.DemoPortal;
import io.github.cloudmckeys.portal.ApiKey;
import io.github.cloudmckeys.portal.HttpPortalApi;
import io.github.cloudmckeys.portal.PortalApi;
import io.github.cloudmckeys.ui.BackgroundRunner;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The view model on the same-thread runner, talking HTTP to the demo portal on loopback. */
class ConnectViewModelTest {
    private static final String SIGNED_IN = "Signed in as Chloé Contini (ccontini).";
    private static final String WRONG_KEY = "wrong-key-4f9d2c";

    private DemoPortal portal;
    private String demoEndpoint;
    private final AtomicInteger clientsMade = new AtomicInteger();
    private final Function<PortalAccess.Remote, PortalApi> realClients = remote -> {
        clientsMade.incrementAndGet();
        return HttpPortalApi.create(remote.endpoint(), remote.apiKey());
    };

    @BeforeEach
    void startPortal() {
        portal = DemoPortal.start();
        demoEndpoint = portal.endpoint().toString();
    }

    @AfterEach
    void stopPortal() {
        portal.close();
    }

    private ConnectViewModel model(String endpoint, Optional<ApiKey> sessionKey, Optional<ApiKey> environmentKey) {
        return new ConnectViewModel(endpoint, sessionKey, environmentKey, realClients, BackgroundRunner.inPlace());
    }

    @Test
    void aGoodEndpointAndKeySignIn() {
        ConnectViewModel model = model("", Optional.empty(), Optional.empty());
        model.endpointProperty().set(demoEndpoint);
        model.apiKeyProperty().set(DemoPortal.API_KEY);

        model.test();

        assertThat(model.testResultProperty().get()).isEqualTo(SIGNED_IN);
        assertThat(model.testSucceededProperty().get()).isTrue();
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.canConnectProperty().get()).isTrue();
        assertThat(model.validationMessageProperty().get()).isEmpty();
    }

    @Test
    void aWrongKeyGivesThePortalsRefusalWithoutTheKey() {
        ConnectViewModel model = model(demoEndpoint, Optional.empty(), Optional.empty());
        model.apiKeyProperty().set(WRONG_KEY);

        model.test();

        assertThat(model.testResultProperty().get()).isEqualTo("The portal refused the API key: the API key is"
                + " invalid or was deleted: generate a new one under API credentials."
                + " The portal said: \"Invalid API key\" (error 2012)").doesNotContain(WRONG_KEY);
        assertThat(model.testSucceededProperty().get()).isFalse();
        assertThat(model.busyProperty().get()).isFalse();
        // A refused key may still be what the user wants to connect with (the window then shows the banner).
        assertThat(model.canConnectProperty().get()).isTrue();
        assertThat(io.github.cloudmckeys.logging.LiveSecrets.redact(WRONG_KEY))
                .as("a key tested and left is not kept, even for redaction").isEqualTo(WRONG_KEY);
    }

    @Test
    void anUnreachablePortalSaysSoInOneSentence() {
        ConnectViewModel model = model(demoEndpoint, Optional.empty(), Optional.empty());
        model.apiKeyProperty().set(DemoPortal.API_KEY);
        portal.close();

        model.test();

        assertThat(model.testResultProperty().get()).contains("127.0.0.1").doesNotContain(DemoPortal.API_KEY);
        assertThat(model.testSucceededProperty().get()).isFalse();
    }

    @Test
    void anInsecureEndpointCannotBeTestedNorUsed() {
        ConnectViewModel model = model("http://example.com/api/v2", Optional.empty(), Optional.empty());
        model.apiKeyProperty().set(WRONG_KEY);
        String insecure = "The endpoint example.com uses http://, which would send your API key in clear:"
                + " use the https:// address shown on the API credentials page.";

        assertThat(model.validationMessageProperty().get()).isEqualTo(insecure);
        assertThat(model.canConnectProperty().get()).isFalse();
        assertThat(model.request()).isEmpty();

        model.test();

        assertThat(model.testResultProperty().get()).isEqualTo(insecure);
        assertThat(model.testSucceededProperty().get()).isFalse();
        assertThat(clientsMade).hasValue(0);
    }

    @Test
    void theEnvironmentsKeyIsUsedWhileTheFieldIsEmpty() {
        ApiKey fromEnvironment = ApiKey.of(DemoPortal.API_KEY);
        ConnectViewModel model = model(demoEndpoint, Optional.empty(), Optional.of(fromEnvironment));

        assertThat(model.keyFromEnvironment()).isTrue();
        assertThat(model.keyPromptProperty().get()).isEqualTo("From CLOUDMC_API_KEY");
        assertThat(model.canConnectProperty().get()).isTrue();
        assertThat(model.request().orElseThrow().portal().apiKey()).isEqualTo(fromEnvironment);
        model.test();
        assertThat(model.testResultProperty().get()).isEqualTo(SIGNED_IN);

        model.apiKeyProperty().set("  " + WRONG_KEY + " ");
        assertThat(model.request().orElseThrow().portal().apiKey()).isEqualTo(ApiKey.of(WRONG_KEY));
    }

    @Test
    void withoutAnyKeyConnectWaitsForOne() {
        ConnectViewModel model = model(demoEndpoint, Optional.empty(), Optional.empty());

        assertThat(model.keyFromEnvironment()).isFalse();
        assertThat(model.onlyTheKeyIsMissing()).isTrue();
        assertThat(model.canConnectProperty().get()).isFalse();
        assertThat(model.validationMessageProperty().get())
                .isEqualTo("No API key: paste the key shown on the portal's API credentials page.");
        model.apiKeyProperty().set("   ");
        assertThat(model.canConnectProperty().get()).isFalse();

        model.apiKeyProperty().set(DemoPortal.API_KEY);

        assertThat(model.canConnectProperty().get()).isTrue();
        assertThat(model.validationMessageProperty().get()).isEmpty();
        assertThat(model.onlyTheKeyIsMissing()).isFalse();
    }

    @Test
    void theSessionsKeyIsOnlyEverSentToTheSessionsPortal() {
        ApiKey typedEarlier = ApiKey.of(DemoPortal.API_KEY);
        ConnectViewModel model = model(demoEndpoint + "/", Optional.of(typedEarlier), Optional.empty());

        assertThat(model.request().orElseThrow().portal().apiKey()).isEqualTo(typedEarlier);
        assertThat(model.keyHintProperty().get()).startsWith("Leave empty to keep the key entered earlier");

        model.endpointProperty().set("https://other-portal.example.com/api/v2");
        assertThat(model.request()).isEmpty();
        assertThat(model.onlyTheKeyIsMissing()).isTrue();
        assertThat(model.keyHintProperty().get()).startsWith("On the portal's API credentials page.");

        model.endpointProperty().set(demoEndpoint);
        model.test();
        assertThat(model.testResultProperty().get()).isEqualTo(SIGNED_IN);
    }

    @Test
    void aResultForFieldsChangedMeanwhileIsIgnored() {
        ConnectViewModel[] holder = new ConnectViewModel[1];
        // The user edits the endpoint while the test is on its way: simulated from inside the factory.
        Function<PortalAccess.Remote, PortalApi> editingMeanwhile = remote -> {
            holder[0].endpointProperty().set("https://other-portal.example.com/api/v2");
            return realClients.apply(remote);
        };
        ConnectViewModel model = new ConnectViewModel(demoEndpoint, Optional.empty(), Optional.empty(),
                editingMeanwhile, BackgroundRunner.inPlace());
        holder[0] = model;
        model.apiKeyProperty().set(DemoPortal.API_KEY);

        model.test();

        assertThat(clientsMade).hasValue(1);
        assertThat(model.testResultProperty().get()).isEmpty();
        assertThat(model.testSucceededProperty().get()).isFalse();
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void aResultArrivingAfterTheKeyChangedIsIgnoredAndANewTestCanStart() {
        DeferredRunner runner = new DeferredRunner();
        ConnectViewModel model = new ConnectViewModel(demoEndpoint, Optional.empty(), Optional.empty(),
                realClients, runner);
        model.apiKeyProperty().set(WRONG_KEY);
        model.test();
        assertThat(model.busyProperty().get()).isTrue();
        assertThat(model.testResultProperty().get()).isEqualTo("Testing the connection…");

        model.apiKeyProperty().set(DemoPortal.API_KEY);
        assertThat(model.busyProperty().get()).isFalse();
        model.test();
        runner.runNext(); // the answer about the wrong key, too late
        assertThat(model.busyProperty().get()).isTrue();
        assertThat(model.testResultProperty().get()).isEqualTo("Testing the connection…");
        runner.runNext();

        assertThat(model.testResultProperty().get()).isEqualTo(SIGNED_IN);
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void theRequestHoldsTheParsedEndpointTheKeyAndTheChoiceToRemember() {
        ConnectViewModel model = model(null, Optional.empty(), Optional.empty());
        assertThat(model.request()).isEmpty();
        assertThat(model.validationMessageProperty().get()).startsWith("No portal endpoint is set");
        assertThat(model.rememberProperty().get()).isTrue();

        model.endpointProperty().set("  https://portal.example.com/api/v2/  ");
        model.apiKeyProperty().set(" " + WRONG_KEY + "\n");
        ConnectRequest remembered = model.request().orElseThrow();
        model.rememberProperty().set(false);
        ConnectRequest forgotten = model.request().orElseThrow();

        assertThat(remembered.remember()).isTrue();
        assertThat(forgotten.remember()).isFalse();
        assertThat(forgotten.portal().endpoint().toString()).isEqualTo("https://portal.example.com/api/v2");
        assertThat(forgotten.portal().apiKey()).isEqualTo(ApiKey.of(WRONG_KEY));
        assertThat(forgotten.toString()).doesNotContain(WRONG_KEY);
    }

    @Test
    void noMessageShowsAKeyEvenOnePastedIntoTheEndpointField() {
        ConnectViewModel model = model("", Optional.empty(), Optional.empty());
        model.apiKeyProperty().set("pastedkey7731");
        model.endpointProperty().set("http://pastedkey7731/api/v2");

        assertThat(model.validationMessageProperty().get())
                .startsWith("The endpoint ******** uses http://").doesNotContain("pastedkey7731");
        model.test();
        assertThat(model.testResultProperty().get()).doesNotContain("pastedkey7731");
    }

    @Test
    void aBugInTheClientIsReportedWithoutItsMessage() {
        ConnectViewModel model = new ConnectViewModel(demoEndpoint, Optional.empty(), Optional.empty(),
                remote -> {
                    throw new IllegalStateException("internal detail " + remote.apiKey().reveal());
                }, BackgroundRunner.inPlace());
        model.apiKeyProperty().set(WRONG_KEY);

        model.test();

        assertThat(model.testResultProperty().get())
                .isEqualTo("The test failed inside CloudMC Keys (IllegalStateException): please try again.");
        assertThat(model.busyProperty().get()).isFalse();
    }
}
