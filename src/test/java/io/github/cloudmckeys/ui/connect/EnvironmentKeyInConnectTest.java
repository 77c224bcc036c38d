package io.github.cloudmckeys.ui.connect;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudmckeys.demo.DemoPortal;
import io.github.cloudmckeys.portal.HttpPortalApi;
import io.github.cloudmckeys.portal.PortalApi;
import io.github.cloudmckeys.session.EnvironmentKey;
import io.github.cloudmckeys.session.PortalAccess;
import io.github.cloudmckeys.ui.BackgroundRunner;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * CLOUDMC_API_KEY in Connect…: offered, tested and connected with only for CLOUDMC_ENDPOINT's
 * origin. A look-alike host typed in the field (here another port on loopback) gets no client
 * made for it, so no request, until the user types a key of its own.
 */
class EnvironmentKeyInConnectTest {
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

    private ConnectViewModel model() {
        EnvironmentKey environment = EnvironmentKey.from(Map.of("CLOUDMC_ENDPOINT", demoEndpoint,
                "CLOUDMC_API_KEY", DemoPortal.API_KEY));
        return new ConnectViewModel("", Optional.empty(), environment, realClients, BackgroundRunner.inPlace(),
                io.github.cloudmckeys.i18n.Messages.english());
    }

    @Test
    void theEnvironmentKeyServesItsOwnEndpoint() {
        ConnectViewModel model = model();
        model.endpointProperty().set(demoEndpoint + "/");

        assertThat(model.keyFromEnvironment()).isTrue();
        assertThat(model.keyHintProperty().get()).contains("CLOUDMC_API_KEY");
        model.test();
        assertThat(model.testSucceededProperty().get()).as(model.testResultProperty().get()).isTrue();
        assertThat(model.request()).get().extracting(r -> r.portal().apiKey().reveal()).isEqualTo(DemoPortal.API_KEY);
    }

    @Test
    void aLookAlikeEndpointGetsNothingUntilItsOwnKeyIsTyped() {
        ConnectViewModel model = model();
        String lookAlike = demoEndpoint.replace(":" + portal.endpoint().getPort(), ":" + (portal.endpoint().getPort() + 1));
        model.endpointProperty().set(lookAlike);

        assertThat(model.keyFromEnvironment()).isFalse();
        assertThat(model.canConnectProperty().get()).isFalse();
        assertThat(model.validationMessageProperty().get()).isNotEmpty();
        assertThat(model.request()).isEmpty();
        model.test();
        assertThat(clientsMade).hasValue(0);
        assertThat(model.keyHintProperty().get()).doesNotContain("CLOUDMC_API_KEY");

        model.apiKeyProperty().set("its-own-key-0123");
        assertThat(model.request()).get().extracting(r -> r.portal().apiKey().reveal()).isEqualTo("its-own-key-0123");
    }

    @Test
    void theNameFieldNamesTheRememberedPortalOrLeavesItToTheHost() {
        ConnectViewModel model = model();
        model.endpointProperty().set(demoEndpoint);
        assertThat(model.request()).get().extracting(ConnectRequest::name).isEqualTo("127.0.0.1");
        model.nameProperty().set("  Portail « test » d’Émilie ");
        assertThat(model.request()).get().extracting(ConnectRequest::name).isEqualTo("Portail « test » d’Émilie");
    }
}
