package io.github.cloudmckeys.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudmckeys.demo.DemoPortal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the command line loads, in a JVM of its own as a user starts it (docs/benchmarks.md, command line):
 * against an http:// loopback portal, no TLS context (nor the session's trust, the JDK's and the system's roots);
 * for reading JSON (and, in the demo portal, writing it), no ObjectMapper; of the subcommands'
 * options, only those of the one that runs (seen by their converters, loaded only when picocli reads them).
 */
class CommandLineStartupTest {
    @TempDir
    Path home;

    @Test
    void anExportFromALoopbackPortalSetsUpNoTlsAndNoObjectMapper() throws Exception {
        try (DemoPortal portal = DemoPortal.start()) {
            Run run = run(Map.of("CLOUDMC_API_KEY", DemoPortal.API_KEY),
                    "export", "--service", "sandbox", "--endpoint", portal.endpoint().toString());

            assertThat(run.stdout()).contains("export OS_AUTH_URL=");
            assertThat(run.loaded()).contains("io.github.cloudmckeys.portal.JsonTree")
                    .doesNotContain("sun.security.ssl.SSLContextImpl", "io.github.cloudmckeys.net.OsTrustStore",
                            "com.fasterxml.jackson.databind.ObjectMapper",
                            // picocli read no other subcommand's options: check's converter was never needed
                            "io.github.cloudmckeys.app.cli.CheckCommand$VersionConverter");
        }
    }

    @Test
    void listDemoLikewise() throws Exception {
        Run run = run(Map.of(), "list", "--demo");

        assertThat(run.stdout()).contains("Object Storage / sandbox");
        // The demo portal in the same JVM reads its data and writes its answers with JsonTree too.
        assertThat(run.loaded()).contains("io.github.cloudmckeys.demo.DemoPortalHandler")
                .doesNotContain("sun.security.ssl.SSLContextImpl", "com.fasterxml.jackson.databind.ObjectMapper",
                        "io.github.cloudmckeys.app.cli.FormatChoice$Converter"); // export's --format, not read for list
    }

    private record Run(String stdout, List<String> loaded) {}

    private Run run(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        Path classes = home.resolve("classes.log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + classes + ":none", "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().keySet().removeIf(name -> name.startsWith("CLOUDMC_") || name.startsWith("XDG_"));
        builder.environment().put("HOME", home.toString());
        builder.environment().putAll(environment);
        Process process = builder.start();
        String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(stdout).isZero();
        // One class a line: its name, then " source: ..."
        List<String> loaded = Files.readAllLines(classes).stream().map(line -> line.split(" ")[0]).toList();
        return new Run(stdout, loaded);
    }
}
