package io.github.cloudmckeys.app;

import static io.github.cloudmckeys.app.LeakCheckPortal.API_KEY;
import static io.github.cloudmckeys.app.LeakCheckPortal.PASSWORD;
import static io.github.cloudmckeys.app.LeakCheckPortal.S3_SECRET;
import static io.github.cloudmckeys.app.LeakCheckPortal.WRONG_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudmckeys.app.LeakCheckPortal.Mode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as users run it, one fresh process per command from the packaged jar,
 * with its own logging setup at CLOUDMC_LOG=all: no stderr line and no stdout that is not
 * meant to show a secret holds one, whether the portal works, refuses the key or echoes
 * secrets in its errors. A fresh process knows no secret before the portal sends it, so
 * this checks what {@link NoSecretInAnyOutputTest} cannot: redaction that does not depend
 * on secrets seen earlier in the same JVM.
 */
class NoSecretFromTheJarIT {
    private static final Path JAR = Path.of("target", "cloudmc-keys.jar");

    @TempDir
    Path dir;
    private LeakCheckPortal portal;
    private final List<String> clean = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        portal = LeakCheckPortal.start(dir);
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    private record Run(int code, String out, String err) {}

    private Run jar(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("CLOUDMC_ENDPOINT");
        builder.environment().remove("CLOUDMC_API_KEY");
        builder.environment().put("CLOUDMC_LOG", "all");
        builder.environment().putAll(env);
        Process process = builder.start();
        process.getOutputStream().close();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return e.toString();
            }
        });
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the jar finished").isTrue();
        Run run = new Run(process.exitValue(), out, err.join());
        clean.add(run.err()); // the arguments may hold a secret on purpose (--api-key): not part of the output
        return run;
    }

    private Map<String, String> env(String key) {
        return Map.of("CLOUDMC_ENDPOINT", portal.endpoint(), "CLOUDMC_API_KEY", key);
    }

    @Test
    void noSecretInTheOutputOfAnyCommand() throws Exception {
        Run list = jar(env(API_KEY), "list");
        assertThat(list.code()).as(list.err()).isZero();
        assertThat(list.err()).as("CLOUDMC_LOG=all writes the app's log lines").contains("cloudmc-keys FINE: GET ");
        clean.add(list.out());
        Run show = jar(env(API_KEY), "show", "--service", "ccontini");
        clean.add(show.out());
        assertThat(jar(env(API_KEY), "show", "--service", "ccontini", "--reveal").out()).as("on purpose")
                .contains(PASSWORD, S3_SECRET);
        Path file = dir.resolve("openrc.sh");
        Run saved = jar(env(API_KEY), "export", "--service", "ccontini", "-o", file.toString());
        clean.add(saved.out());
        assertThat(Files.readString(file)).as("on purpose").contains("OS_PASSWORD=");
        assertThat(jar(env(API_KEY), "export", "--service", "ccontini", "-o", file.toString()).code()).isEqualTo(1);

        assertThat(jar(env(WRONG_KEY), "list").code()).isEqualTo(4);
        assertThat(jar(Map.of(), "list", "--api-key", WRONG_KEY).code()).isEqualTo(2);
        for (Mode fault : List.of(Mode.ECHO_NAMED_SECRETS_500, Mode.ECHO_HTML_200, Mode.CUT_INSIDE_THE_PASSWORD,
                Mode.PASSWORD_AS_WRONG_TYPE)) {
            portal.setMode(fault);
            Run failed = jar(env(API_KEY), "show", "--service", "ccontini");
            assertThat(failed.code()).as(fault + ": " + failed.err()).isEqualTo(5);
            clean.add(failed.out());
        }

        assertThat(clean).allSatisfy(text -> assertThat(text).doesNotContain(API_KEY, WRONG_KEY, PASSWORD, S3_SECRET));
        System.out.println("no secret from the jar: " + clean.size() + " outputs of fresh processes searched, 0 hits");
    }
}
