package io.github.cloudmckeys.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The decoding rules, on a command line written the way Linux's {@code /proc/self/cmdline}
 * is; {@code LocaleFreeJarIT} runs the real jar with an empty environment.
 */
class NativeArgumentsTest {
    @TempDir
    Path dir;

    /** What the JVM makes of UTF-8 bytes with no locale: one U+FFFD per byte above 127. */
    private static String asAscii(String typed) {
        return new String(typed.getBytes(StandardCharsets.UTF_8), StandardCharsets.US_ASCII);
    }

    private Path cmdline(String... entries) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (String entry : entries) {
            bytes.write(entry.getBytes(StandardCharsets.UTF_8));
            bytes.write(0);
        }
        return Files.write(dir.resolve("cmdline"), bytes.toByteArray());
    }

    @Test
    void argumentsTheJvmDecodedAsAsciiAreReadAgainAsUtf8() throws Exception {
        Path cmdline = cmdline("/usr/bin/java", "-jar", "cloudmc-keys.jar", "show", "--service", "équipe");
        String[] jvm = {"show", "--service", asAscii("équipe")};
        assertThat(jvm[2]).isEqualTo("\uFFFD\uFFFDquipe");

        assertThat(NativeArguments.asTyped(jvm, "ANSI_X3.4-1968", cmdline)).containsExactly("show", "--service", "équipe");
    }

    @Test
    void argumentsAreLeftAloneWhenNothingWasLostOrTheyDoNotLineUp() throws Exception {
        Path cmdline = cmdline("java", "-jar", "x.jar", "show", "--service", "équipe");
        String[] clean = {"show", "--service", "equipe"};
        String[] shifted = {"--service", asAscii("équipe"), "extra"};
        String[] utf8Jvm = {"show", "--service", "\uFFFD"};

        assertThat(NativeArguments.asTyped(clean, "ANSI_X3.4-1968", cmdline)).isSameAs(clean);
        assertThat(NativeArguments.asTyped(shifted, "ANSI_X3.4-1968", cmdline)).isSameAs(shifted);
        assertThat(NativeArguments.asTyped(utf8Jvm, "UTF-8", cmdline)).isSameAs(utf8Jvm);
        assertThat(NativeArguments.asTyped(clean, "ANSI_X3.4-1968", dir.resolve("absent"))).isSameAs(clean);
    }

    @Test
    void bytesThatAreNotUtf8StayAsTheJvmDecodedThem() throws Exception {
        Path cmdline = Files.write(dir.resolve("cmdline"), new byte[] {'s', 'h', 'o', 'w', 0, (byte) 0xE9, 't', 0});
        String[] jvm = {"show", "\uFFFDt"};

        assertThat(NativeArguments.asTyped(jvm, "ANSI_X3.4-1968", cmdline)).isSameAs(jvm);
    }
}
