package io.github.cloudmckeys.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar with an empty environment, as cron or a bare systemd unit starts it: no LANG, no
 * LC_ALL, so the JVM's platform charset is ASCII. An accented service name still finds its
 * service, and the accented output is UTF-8. (Linux: elsewhere the JVM gets the arguments in
 * UTF-8 or UTF-16 whatever the locale.)
 */
@EnabledOnOs(OS.LINUX)
class LocaleFreeJarIT {
    @TempDir
    Path home;

    @Test
    void anAccentedServiceNameFindsItsServiceWithNoLocaleSet() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(List.of(java.toString(), "-jar",
                Path.of("target", "cloudmc-keys.jar").toAbsolutePath().toString(),
                "show", "--demo", "--service", "Montréal-prod"))
                .redirectErrorStream(true).directory(home.toFile());
        builder.environment().clear();
        Process process = builder.start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(out).doesNotContain("\uFFFD").doesNotContain("No service matches").contains("Montréal-prod");
        assertThat(process.exitValue()).as(out).isZero();
    }
}
