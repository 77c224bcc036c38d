package io.github.cloudmckeys.render.config;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How the AWS CLI and SDKs start CloudMC Keys from a profile's {@code credential_process}:
 * the launcher's words, then {@code credential-process --service "S"}, then the options that
 * name the portal (never a key: the API key is read from the environment at that time).
 *
 * @param command the launcher, e.g. {@code /opt/cloudmc-keys/bin/cloudmc-keys}, or java and its arguments
 * @param portalArguments e.g. {@code --endpoint URL}, {@code --api-key-env NAME}; empty for the default portal
 */
public record CredentialProcessLauncher(List<String> command, List<String> portalArguments) {
    /** The launcher by the name the .deb puts on PATH. */
    public static final CredentialProcessLauncher ON_PATH = new CredentialProcessLauncher(List.of("cloudmc-keys"),
            List.of());
    /** Words the AWS readers' shell-like split (Python's shlex, and its Windows variant) takes as they are. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=@%+,-]+");

    public CredentialProcessLauncher {
        command = List.copyOf(command);
        portalArguments = List.copyOf(portalArguments);
        if (command.isEmpty()) {
            throw new IllegalArgumentException("a launcher has at least one word");
        }
    }

    /** The installed launcher this process was started by (jpackage says where), else {@link #ON_PATH}. */
    public static CredentialProcessLauncher installed() {
        String appPath = System.getProperty("jpackage.app-path", "");
        return appPath.isBlank() ? ON_PATH : new CredentialProcessLauncher(List.of(appPath), List.of());
    }

    /** The same launcher for another portal. */
    public CredentialProcessLauncher withPortalArguments(List<String> arguments) {
        return new CredentialProcessLauncher(command, arguments);
    }

    /** The {@code credential_process} value for the service {@code service} names. */
    String commandLine(String service) {
        StringBuilder line = new StringBuilder();
        command.forEach(word -> line.append(quote(word)).append(' '));
        line.append("credential-process --service ").append('"').append(escape(service)).append('"');
        portalArguments.forEach(word -> line.append(' ').append(quote(word)));
        return line.toString();
    }

    private static String quote(String word) {
        return PLAIN.matcher(word).matches() ? word : '"' + escape(word) + '"';
    }

    /** Inside double quotes, shlex takes a backslash as an escape before " and \ only. */
    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
