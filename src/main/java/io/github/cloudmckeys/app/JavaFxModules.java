package io.github.cloudmckeys.app;

import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Collectors;

/**
 * JavaFX as named modules for {@code java -jar cloudmc-keys.jar}. JavaFX supports only being
 * loaded as modules and warns at every start when it comes from the class path, which is all
 * a jar's manifest can name (there is no module path in a manifest). So, before the window
 * loads any JavaFX class, the jar's own JavaFX jars from {@code lib/} become a module layer,
 * and the app runs again in a class loader above it. Where JavaFX already is a named module
 * (the packaged app's runtime, {@code ./mvnw javafx:run}, a module path) or the jar's
 * {@code lib/} is not there (classes run from a folder), nothing changes.
 */
final class JavaFxModules {
    /** What ControlsFX reaches inside JavaFX: the manifest's Add-Exports, for the layer's modules. */
    private static final String[][] EXPORTED_TO_THE_APP = {{"javafx.base", "com.sun.javafx.event"}};

    private JavaFxModules() {
    }

    /** True when JavaFX's classes, as this class's loader sees them, come from a named module. */
    static boolean named() {
        try {
            return Class.forName("javafx.application.Platform", false, JavaFxModules.class.getClassLoader())
                    .getModule().isNamed();
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /**
     * Runs {@code Main.main(args)} again with JavaFX as named modules, when it is not and the
     * jar's JavaFX jars are at hand; returns false, having done nothing, otherwise.
     */
    static boolean runMainAsModules(String[] args) {
        if (named()) {
            return false;
        }
        List<Path> classPath = jarClassPath();
        List<Path> javafx = classPath.stream().filter(JavaFxModules::isJavaFx).toList();
        if (javafx.isEmpty()) {
            return false;
        }
        ModuleFinder finder = ModuleFinder.of(javafx.toArray(Path[]::new));
        // The Maven artifacts without a platform are empty automatic modules ("javafx.baseEmpty"): not roots.
        Set<String> roots = finder.findAll().stream().map(ModuleReference::descriptor)
                .filter(descriptor -> !descriptor.isAutomatic()).map(d -> d.name()).collect(Collectors.toSet());
        if (roots.isEmpty()) {
            return false;
        }
        ModuleLayer boot = ModuleLayer.boot();
        Configuration configuration = boot.configuration().resolve(finder, ModuleFinder.of(), roots);
        ModuleLayer.Controller controller = ModuleLayer.defineModulesWithOneLoader(configuration, List.of(boot),
                ClassLoader.getPlatformClassLoader());
        ClassLoader modules = controller.layer().findLoader(roots.iterator().next());
        URL[] rest = classPath.stream().filter(path -> !isJavaFx(path)).map(JavaFxModules::url).toArray(URL[]::new);
        URLClassLoader app = new URLClassLoader("cloudmc-keys", rest, modules);
        for (String[] export : EXPORTED_TO_THE_APP) {
            controller.layer().findModule(export[0]).ifPresent(module ->
                    controller.addExports(module, export[1], app.getUnnamedModule()));
        }
        Thread.currentThread().setContextClassLoader(app);
        try {
            app.loadClass(Main.class.getName()).getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the window's entry point cannot be started again", e);
        }
        return true;
    }

    /** This jar, then what its manifest's Class-Path names (relative to the jar's folder); empty if no jar. */
    private static List<Path> jarClassPath() {
        try {
            Path jar = Path.of(JavaFxModules.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(jar)) {
                return List.of();
            }
            List<Path> paths = new ArrayList<>(List.of(jar));
            try (JarFile file = new JarFile(jar.toFile())) {
                String listed = file.getManifest() == null ? null
                        : file.getManifest().getMainAttributes().getValue("Class-Path");
                for (String entry : listed == null ? new String[0] : listed.trim().split("\\s+")) {
                    Path path = jar.resolveSibling(entry);
                    if (Files.isRegularFile(path)) {
                        paths.add(path);
                    }
                }
            }
            return paths;
        } catch (IOException | URISyntaxException | SecurityException | IllegalArgumentException e) {
            return List.of(); // no jar to read: run as is
        }
    }

    private static boolean isJavaFx(Path path) {
        return path.getFileName().toString().startsWith("javafx-");
    }

    private static URL url(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
