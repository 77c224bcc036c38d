package io.github.cloudmckeys.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The layers of docs/architecture.md as rules over compiled classes. A package may use the packages of the tiers
 * below its own, never one above, never a sibling of its own tier; and no group of packages may use each other in
 * a circle. A new package must be given a tier here before the build passes.
 */
final class Layers {
    static final String ROOT = "io.github.cloudmckeys";

    /** Lowest first. Packages in one tier are siblings: neither may use the other. */
    static final List<List<String>> TIERS = List.of(
            List.of("i18n", "logging"),
            List.of("net"),
            List.of("portal"),
            List.of("credentials", "search", "demo"),
            List.of("keystone", "render"),
            List.of("files"),
            List.of("app.settings"),
            List.of("session"),
            List.of("ui", "app.cli"),
            List.of("app"));

    /** Packages whose sub-packages belong to them; every other name stands for that one package only. */
    private static final Set<String> WITH_SUB_PACKAGES = Set.of("render", "ui");

    private Layers() {
    }

    /** Upward and sideways dependencies, each named by its classes. */
    static ArchRule layerRule() {
        LayeredArchitecture layers = layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true);
        for (List<String> tier : TIERS) {
            for (String name : tier) {
                layers = layers.layer(name).definedBy(identifier(name));
            }
        }
        List<String> below = new ArrayList<>();
        for (List<String> tier : TIERS) {
            for (String name : tier) {
                layers = below.isEmpty() ? layers.whereLayer(name).mayNotAccessAnyLayer()
                        : layers.whereLayer(name).mayOnlyAccessLayers(below.toArray(String[]::new));
            }
            below.addAll(tier);
        }
        return layers;
    }

    /** Package cycles, each named by the dependencies that make it. */
    static ArchRule cycleRule() {
        return slices().matching(ROOT + ".(**)").should().beFreeOfCycles();
    }

    /** The packages of {@code classes} that no tier names. */
    static Set<String> packagesOutsideTheTiers(JavaClasses classes) {
        Set<String> outside = new TreeSet<>();
        for (JavaClass javaClass : classes) {
            String pkg = javaClass.getPackageName();
            if (pkg.startsWith(ROOT + ".") && TIERS.stream().flatMap(List::stream).noneMatch(n -> contains(n, pkg))) {
                outside.add(pkg);
            }
        }
        return outside;
    }

    private static boolean contains(String name, String pkg) {
        String full = ROOT + "." + name;
        return pkg.equals(full) || WITH_SUB_PACKAGES.contains(name) && pkg.startsWith(full + ".");
    }

    private static String identifier(String name) {
        return ROOT + "." + name + (WITH_SUB_PACKAGES.contains(name) ? ".." : "");
    }

}
