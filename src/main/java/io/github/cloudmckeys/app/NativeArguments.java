package io.github.cloudmckeys.app;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The arguments as typed, in any locale. With no locale set ({@code LANG} unset or {@code C}:
 * cron, containers, systemd units) the JVM decodes the arguments as ASCII, and every byte of
 * {@code équipe}'s {@code é} becomes U+FFFD before {@code main} runs; no JVM option changes that
 * ({@code -Dsun.jnu.encoding}, {@code -Dfile.encoding} and {@code -Dsun.stdout.encoding} were
 * tried, on Java 17 and 25, with {@code java -jar} and the packaged launcher alike). On Linux
 * the bytes are still in {@code /proc/self/cmdline}: the last arguments there are ours, decoded
 * here as UTF-8, which is what terminals send. They are taken only when they are valid UTF-8 and
 * decode to the very arguments the JVM gave in its own charset, so that an argument file or a
 * launcher's added options can never shift them.
 */
final class NativeArguments {
    private static final Path CMDLINE = Path.of("/proc/self/cmdline");

    private NativeArguments() {}

    /** {@code args}, or the same arguments decoded as UTF-8 when the JVM's ASCII lost characters. */
    static String[] asTyped(String[] args) {
        return asTyped(args, System.getProperty("sun.jnu.encoding", ""), CMDLINE);
    }

    static String[] asTyped(String[] args, String jvmEncoding, Path cmdline) {
        if (Arrays.stream(args).noneMatch(arg -> arg.indexOf('\uFFFD') >= 0) || !Charset.isSupported(jvmEncoding)
                || Charset.forName(jvmEncoding).equals(StandardCharsets.UTF_8) || !Files.isReadable(cmdline)) {
            return args;
        }
        Charset jvm = Charset.forName(jvmEncoding);
        try {
            List<byte[]> raw = split(Files.readAllBytes(cmdline));
            if (raw.size() < args.length) {
                return args;
            }
            List<byte[]> ours = raw.subList(raw.size() - args.length, raw.size());
            String[] typed = new String[args.length];
            for (int i = 0; i < args.length; i++) {
                if (!new String(ours.get(i), jvm).equals(args[i])) {
                    return args; // not the same arguments: leave them as the JVM gave them
                }
                typed[i] = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(ours.get(i))).toString();
            }
            return typed;
        } catch (IOException e) {
            return args; // a CharacterCodingException too: not UTF-8, keep what the JVM decoded
        }
    }

    /** NUL-terminated entries. */
    private static List<byte[]> split(byte[] bytes) {
        List<byte[]> entries = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                entries.add(Arrays.copyOfRange(bytes, start, i));
                start = i + 1;
            }
        }
        return entries;
    }
}
