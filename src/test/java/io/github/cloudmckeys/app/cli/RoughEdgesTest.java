package io.github.cloudmckeys.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a new user meets it: each mistake named in one sentence, in English and French. */
class RoughEdgesTest {
    private static final String NBSP = "\u00a0";

    @TempDir
    Path dir;

    @Test
    void anUnknownOptionIsNamedEvenWhenARequiredOneIsMissing() {
        CliRun english = CliRun.of(Map.of(), "show", "--bogus");
        CliRun french = CliRun.of(Map.of(), "show", "--bogus", "--lang", "fr");
        CliRun cluster = CliRun.of(Map.of(), "show", "-rx");
        CliRun onlyMissing = CliRun.of(Map.of(), "show", "--demo");

        assertThat(english.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(english.err()).isEqualTo("Unknown option --bogus: run `cloudmc-keys show --help` to see the options."
                + System.lineSeparator());
        assertThat(french.err()).startsWith("Option inconnue --bogus" + NBSP + ":");
        assertThat(cluster.err()).startsWith("Unknown option -rx:");
        assertThat(onlyMissing.err()).startsWith("The option --service is required");
    }

    @Test
    void aFileThatExistsIsLeftAndTheSentenceSaysForceOnce() throws Exception {
        Path file = Files.writeString(dir.resolve("openrc.sh"), "# mine\n");

        CliRun run = CliRun.of(Map.of(), "export", "--demo", "--service", "ccontini", "-o", file.toString());
        CliRun french = CliRun.of(Map.of(), "export", "--demo", "--service", "ccontini", "-o", file.toString(),
                "--lang", "fr");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.EXPORT_FAILED);
        assertThat(run.err()).isEqualTo(file + " already exists and is left as it is: add --force to replace it,"
                + " or give another file with -o." + System.lineSeparator());
        assertThat(french.err()).isEqualTo(file + " existe déjà et reste tel quel" + NBSP + ": ajoutez --force pour le"
                + " remplacer, ou donnez un autre fichier avec -o." + System.lineSeparator());
        assertThat(Files.readString(file)).isEqualTo("# mine\n");
    }

    @Test
    void aPortalThatCannotBeReachedIsNamedWithItsPortAndTheReason() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            port = socket.getLocalPort();
        }
        Map<String, String> env = Map.of("CLOUDMC_API_KEY", "k-123");

        CliRun run = CliRun.of(env, "list", "--endpoint", "http://localhost:" + port + "/api/v2");
        CliRun french = CliRun.of(env, "list", "--endpoint", "http://localhost:" + port + "/api/v2", "--lang", "fr");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.PORTAL_UNREACHABLE);
        assertThat(run.err()).isEqualTo("Cannot reach localhost:" + port + ": the connection was refused (nothing"
                + " answers on that port); check the endpoint URL." + System.lineSeparator());
        assertThat(french.err()).startsWith("Impossible de joindre localhost:" + port + NBSP
                + ": la connexion a été refusée");
    }
}
