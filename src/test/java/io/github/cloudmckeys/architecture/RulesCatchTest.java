package io.github.cloudmckeys.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.github.cloudmckeys.app.cli.SidewaysFixture;
import io.github.cloudmckeys.portal.UpwardFixture;
import io.github.cloudmckeys.render.script.CycleFixture;
import io.github.cloudmckeys.ui.CredentialRow;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The test of {@link ArchitectureTest}: the product's classes with one planted offender from the test sources
 * make the rule fail, and the failure names the offender. Without it, the same classes pass.
 */
class RulesCatchTest {

    @Test
    void theProductAloneKeepsToTheRules() {
        JavaClasses product = importProductWith();
        Layers.layerRule().check(product);
        Layers.cycleRule().check(product);
        assertThat(Layers.packagesOutsideTheTiers(product)).isEmpty();
    }

    @Test
    void aPortalClassUsingTheWindowFailsTheLayerRuleByName() {
        JavaClasses classes = importProductWith(UpwardFixture.class);
        assertThatThrownBy(() -> Layers.layerRule().check(classes))
                .hasMessageContaining(UpwardFixture.class.getName())
                .hasMessageContaining(CredentialRow.class.getName());
    }

    @Test
    void theSameClassClosesACycleThatTheCycleRuleNames() {
        JavaClasses classes = importProductWith(UpwardFixture.class);
        assertThatThrownBy(() -> Layers.cycleRule().check(classes))
                .hasMessageContaining("Cycle detected")
                .hasMessageContaining(UpwardFixture.class.getName());
    }

    @Test
    void theCommandLineUsingTheWindowIsASidewaysDependency() {
        JavaClasses classes = importProductWith(SidewaysFixture.class);
        assertThatThrownBy(() -> Layers.layerRule().check(classes))
                .hasMessageContaining(SidewaysFixture.class.getName());
        Layers.cycleRule().check(classes);
    }

    /** render.config uses render.script; one script class using a config class is a cycle inside one layer. */
    @Test
    void aCycleInsideOneLayerFailsTheCycleRuleAlone() {
        JavaClasses classes = importProductWith(CycleFixture.class);
        Layers.layerRule().check(classes);
        assertThatThrownBy(() -> Layers.cycleRule().check(classes))
                .hasMessageContaining(CycleFixture.class.getName());
    }

    @Test
    void aPackageWithoutATierIsNamed() {
        JavaClasses classes = new ClassFileImporter().importClasses(Layers.class);
        assertThat(Layers.packagesOutsideTheTiers(classes)).containsExactly(Layers.class.getPackageName());
    }

    private static JavaClasses importProductWith(Class<?>... planted) {
        URL product = CredentialRow.class.getProtectionDomain().getCodeSource().getLocation();
        List<URL> locations = new java.util.ArrayList<>(List.of(product));
        for (Class<?> fixture : planted) {
            locations.add(fixture.getResource(fixture.getSimpleName() + ".class"));
        }
        return new ClassFileImporter().importUrls(locations);
    }
}
