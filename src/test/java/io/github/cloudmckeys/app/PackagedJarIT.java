package io.github.cloudmckeys.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The jar that {@code ./mvnw package} leaves runs the command line on its own, from its manifest. */
class PackagedJarIT {
    private static final Path JAR = Path.of("target", "cloudmc-keys.jar");

    private record Result(int exitCode, String out, String err) {}

    private static Result runJar(String... args) throws IOException, InterruptedException {
        Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(javaBin.toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("CLOUDMC_ENDPOINT");
        builder.environment().remove("CLOUDMC_API_KEY");
        Process process = builder.start();
        process.getOutputStream().close();
        // Read both streams fully before waiting so a full pipe cannot stall the child.
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return e.toString();
            }
        });
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("jar finished").isTrue();
        return new Result(process.exitValue(), out, err.join());
    }

    @Test
    void theJarAndItsLibFolderExist() {
        assertThat(JAR).isRegularFile();
        assertThat(Path.of("target", "lib")).isDirectoryContaining(p -> p.getFileName().toString().startsWith("picocli"));
    }

    @Test
    void listRunsFromTheJar() throws Exception {
        Result result = runJar("list", "--demo");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out().lines().toList()).hasSizeGreaterThanOrEqualTo(6).allMatch(l -> l.contains(" / "));
    }

    @Test
    void showFromTheJarMasksSecrets() throws Exception {
        Result result = runJar("show", "--demo", "--service", "Object Storage");

        // The sample data has several Object Storage environments: the jar must list them and exit 3.
        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).contains("Object Storage / ");
    }

    @Test
    void aLanguageTheAppDoesNotSpeakIsAUsageErrorNotAWindow() throws Exception {
        Result result = runJar("--lang", "de");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).containsAnyOf("\"de\"", "«\\u00a0de\\u00a0»").contains("--lang fr");
    }

    @Test
    void frenchFromTheJar() throws Exception {
        Result result = runJar("list", "--bogus", "--lang", "fr");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("Option inconnue --bogus\u00a0:");
    }

    @Test
    void usageErrorFromTheJar() throws Exception {
        Result result = runJar("list", "--bogus");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--bogus");
    }
}
