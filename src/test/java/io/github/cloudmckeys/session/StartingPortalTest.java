package io.github.cloudmckeys.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudmckeys.app.settings.AppSettings;
import io.github.cloudmckeys.portal.ApiKey;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StartingPortalTest {
    private static final AppSettings NOTHING = AppSettings.defaults();
    private static final AppSettings REMEMBERED = NOTHING.withEndpoint("https://remembered.example.com/api/v2");

    @Test
    void nothingConfiguredOpensTheDemoPortal() {
        assertThat(StartingPortal.decide(Map.of(), NOTHING)).isInstanceOf(StartingPortal.Open.class)
                .extracting(open -> ((StartingPortal.Open) open).choice()).isInstanceOf(PortalAccess.Demo.class);
        assertThat(StartingPortal.decide(Map.of("CLOUDMC_ENDPOINT", "  ", "CLOUDMC_API_KEY", "k"), NOTHING))
                .extracting(open -> ((StartingPortal.Open) open).choice()).isInstanceOf(PortalAccess.Demo.class);
    }

    @Test
    void theEnvironmentWinsOverTheRememberedPortal() {
        StartingPortal startup = StartingPortal.decide(Map.of("CLOUDMC_ENDPOINT", "https://env.example.com/api/v2",
                "CLOUDMC_API_KEY", "the-key"), REMEMBERED);

        PortalAccess.Remote remote = (PortalAccess.Remote) ((StartingPortal.Open) startup).choice();
        assertThat(remote.endpoint().toString()).isEqualTo("https://env.example.com/api/v2");
        assertThat(remote.apiKey()).isEqualTo(ApiKey.of("the-key"));
    }

    @Test
    void theRememberedPortalOfAnOlderVersionIsOpenedAsTheDefaultPortalNamedByItsHost() {
        StartingPortal startup = StartingPortal.decide(Map.of("CLOUDMC_API_KEY", "the-key"), REMEMBERED);

        RememberedPortal portal = ((StartingPortal.Remembered) startup).portal();
        assertThat(portal.name()).isEqualTo("remembered.example.com");
        assertThat(portal.endpoint().toString()).isEqualTo("https://remembered.example.com/api/v2");
        assertThat(portal.isDefault()).isTrue();
    }

    @Test
    void withoutAKeyTheWindowAsksForItWithTheEndpointFilledIn() {
        StartingPortal.Ask fromSettings = (StartingPortal.Ask) StartingPortal.decide(
                Map.of("CLOUDMC_ENDPOINT", "https://remembered.example.com/api/v2"), REMEMBERED);
        StartingPortal.Ask fromEnvironment = (StartingPortal.Ask) StartingPortal.decide(
                Map.of("CLOUDMC_ENDPOINT", "https://env.example.com/api/v2"), REMEMBERED);

        assertThat(fromSettings.endpoint()).isEqualTo("https://remembered.example.com/api/v2");
        assertThat(fromSettings.reason()).isEqualTo("Not connected to remembered.example.com: its API key is"
                + " needed. Use Connect… to enter it (it is kept for this session only).");
        assertThat(fromEnvironment.endpoint()).isEqualTo("https://env.example.com/api/v2");
    }

    @Test
    void anEndpointThatDoesNotParseIsShownInTheDialogToBeFixed() {
        StartingPortal.Ask ask = (StartingPortal.Ask) StartingPortal.decide(
                Map.of("CLOUDMC_ENDPOINT", "http://portal.example.com/api/v2", "CLOUDMC_API_KEY", "the-key"), NOTHING);

        assertThat(ask.endpoint()).isEqualTo("http://portal.example.com/api/v2");
        assertThat(ask.reason()).contains("http://").doesNotContain("the-key");
    }
}
