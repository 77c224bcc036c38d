package io.github.cloudmckeys.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudmckeys.portal.ServiceEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceCatalogTest {
    private static final ServiceEntry ACME = new ServiceEntry("c1", "Object Storage", "e1", "prod", "Acme");
    private static final ServiceEntry GLOBEX = new ServiceEntry("c2", "Object Storage", "e2", "prod", "Globex");
    private static final ServiceEntry SANDBOX = new ServiceEntry("c1", "Object Storage", "e3", "sandbox", "Acme");

    @Test
    void twoServicesWithOneLabelAreToldApartByOrganization() {
        ServiceCatalog catalog = new ServiceCatalog();
        catalog.setAll(List.of(ACME, GLOBEX, SANDBOX));

        assertThat(catalog.displayText(ACME)).isEqualTo("Object Storage / prod (Acme)");
        assertThat(catalog.displayText(GLOBEX)).isEqualTo("Object Storage / prod (Globex)");
        assertThat(catalog.displayText(SANDBOX)).isEqualTo("Object Storage / sandbox");
    }

    @Test
    void enterOnAChosenSuggestionTakesThatVeryEntry() {
        ServiceCatalog catalog = new ServiceCatalog();
        catalog.setAll(List.of(ACME, GLOBEX, SANDBOX));

        assertThat(catalog.bestMatch("Object Storage / prod (Globex)")).contains(GLOBEX);
        assertThat(catalog.bestMatch("obj prod")).contains(ACME);
        assertThat(catalog.bestMatch("sand")).contains(SANDBOX);
        assertThat(catalog.bestMatch("compute")).isEmpty();
        assertThat(catalog.bestMatch("")).isEmpty();
    }

    @Test
    void anEmptyCatalogSuggestsNothing() {
        ServiceCatalog catalog = new ServiceCatalog();

        assertThat(catalog.suggest("obj")).isEmpty();
        assertThat(catalog.bestMatch("obj")).isEmpty();
    }

    @Test
    void suggestionsFollowTheNewList() {
        ServiceCatalog catalog = new ServiceCatalog();
        catalog.setAll(List.of(ACME));
        catalog.setAll(List.of(SANDBOX));

        assertThat(catalog.suggest("obj")).containsExactly(SANDBOX);
        assertThat(catalog.entries()).containsExactly(SANDBOX);
    }
}
