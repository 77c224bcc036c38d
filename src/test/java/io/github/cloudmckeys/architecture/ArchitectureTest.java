package io.github.cloudmckeys.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The product's classes (not the tests') keep to the layers of docs/architecture.md: no upward or sideways
 * dependency, no package cycle, every package in a tier. {@link RulesCatchTest} shows that each rule fails on a
 * planted offender and names it.
 */
@AnalyzeClasses(packages = Layers.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule NO_UPWARD_OR_SIDEWAYS_DEPENDENCY = Layers.layerRule();

    @ArchTest
    static final ArchRule NO_PACKAGE_CYCLE = Layers.cycleRule();

    @ArchTest
    static void everyPackageHasATier(JavaClasses classes) {
        assertThat(Layers.packagesOutsideTheTiers(classes))
                .as("packages that Layers.TIERS (and docs/architecture.md) must place").isEmpty();
    }

}
