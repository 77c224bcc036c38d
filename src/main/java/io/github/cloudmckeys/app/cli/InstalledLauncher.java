package io.github.cloudmckeys.app.cli;

import io.github.cloudmckeys.render.config.CredentialProcessLauncher;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The command that starts this very installation, for a {@code credential_process}: the
 * jpackage launcher when there is one (the .deb's), else the same java with the same jar
 * ({@code java -jar cloudmc-keys.jar}) or class path (a build's classes).
 */
final class InstalledLauncher {
    /** The entry point, by name: the command line does not depend on the package that wires the app. */
    private static final String MAIN_CLASS = "io.github.cloudmckeys.app.Main";

    private InstalledLauncher() {
    }

    static CredentialProcessLauncher find(List<String> portalArguments) {
        CredentialProcessLauncher installed = CredentialProcessLauncher.installed();
        if (!installed.equals(CredentialProcessLauncher.ON_PATH)) {
            return installed.withPortalArguments(portalArguments);
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java));
        Path code = codeLocation();
        if (code != null && code.getFileName() != null && code.getFileName().toString().endsWith(".jar")) {
            command.addAll(List.of("-jar", code.toString()));
        } else {
            command.addAll(List.of("-cp", absolute(System.getProperty("java.class.path")), MAIN_CLASS));
        }
        return new CredentialProcessLauncher(command, portalArguments);
    }

    /** The class path with every entry absolute: the AWS tools start the process from any folder. */
    private static String absolute(String classPath) {
        return Arrays.stream(classPath.split(File.pathSeparator)).filter(entry -> !entry.isEmpty())
                .map(entry -> Path.of(entry).toAbsolutePath().normalize().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static Path codeLocation() {
        CodeSource source = InstalledLauncher.class.getProtectionDomain().getCodeSource();
        try {
            return source == null ? null : Path.of(source.getLocation().toURI()).toAbsolutePath();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
