package io.github.cloudmckeys.portal;

import io.github.cloudmckeys.portal.RawHttpTestServer.Connection;
import io.github.cloudmckeys.portal.RawHttpTestServer.Script;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Ready-made {@link Script}s for {@link RawHttpTestServer}: well-formed answers and the
 * ways a server, proxy or network can fail. Every response says {@code Connection: close}.
 */
public final class RawHttpScripts {
    private RawHttpScripts() {}

    /** A complete response with Content-Length and {@code Connection: close}; extra lines like "Retry-After: 5". */
    public static Script respond(int status, String contentType, String body, String... headerLines) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(Arrays.asList(headerLines));
        if (contentType != null) {
            lines.add("Content-Type: " + contentType);
        }
        lines.add("Content-Length: " + bytes.length);
        String head = head(status, lines);
        return connection -> {
            connection.write(concat(head.getBytes(StandardCharsets.US_ASCII), bytes));
            connection.closeGracefully();
        };
    }

    /** Sends exactly these bytes (a hand-made response, or garbage), then closes. */
    public static Script raw(byte[] bytes) {
        return connection -> {
            connection.write(bytes);
            connection.closeGracefully();
        };
    }

    /** Sends a head announcing {@code declaredLength} bytes, only {@code partialBody} of them, then closes. */
    public static Script headersThenClose(int status, String contentType, long declaredLength, String partialBody) {
        String head = head(status, List.of("Content-Type: " + contentType, "Content-Length: " + declaredLength));
        return connection -> {
            connection.write(head + partialBody);
            connection.closeGracefully();
        };
    }

    /** Accepts, reads the request and never answers, until the server is closed. */
    public static Script neverAnswer() {
        return Connection::awaitServerClose;
    }

    /** Sends the head at once, then the body one byte per {@code interval} from the server's timer. */
    public static Script trickle(int status, String contentType, String body, Duration interval) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String head = head(status, List.of("Content-Type: " + contentType, "Content-Length: " + bytes.length));
        return connection -> {
            connection.write(head);
            CountDownLatch done = new CountDownLatch(1);
            AtomicInteger next = new AtomicInteger();
            ScheduledFuture<?> writer = connection.scheduler().scheduleAtFixedRate(() -> {
                int i = next.getAndIncrement();
                try {
                    if (i >= bytes.length) {
                        done.countDown();
                    } else {
                        connection.write(new byte[] {bytes[i]});
                    }
                } catch (IOException e) {
                    done.countDown();
                }
            }, interval.toNanos(), interval.toNanos(), TimeUnit.NANOSECONDS);
            try {
                done.await();
            } finally {
                writer.cancel(false);
            }
            connection.closeGracefully();
        };
    }

    /**
     * A 200 whose body is {@code size} bytes of filler after {@code {"data":"}; with
     * {@code declareLength} a Content-Length announces it, otherwise the body ends at close.
     */
    public static Script largeBody(String contentType, long size, boolean declareLength) {
        List<String> lines = new ArrayList<>(List.of("Content-Type: " + contentType));
        if (declareLength) {
            lines.add("Content-Length: " + size);
        }
        String head = head(200, lines);
        return connection -> {
            connection.write(head);
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, (byte) 'x');
            byte[] start = "{\"data\":\"".getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(start, 0, chunk, 0, start.length);
            long sent = 0;
            try {
                while (sent < size) {
                    int n = (int) Math.min(chunk.length, size - sent);
                    connection.write(n == chunk.length ? chunk : Arrays.copyOf(chunk, n));
                    sent += n;
                    Arrays.fill(chunk, 0, start.length, (byte) 'x');
                }
            } catch (IOException e) {
                connection.socket().close();
                return;
            }
            connection.closeGracefully();
        };
    }

    /** Reads the request, then resets the connection without a byte of answer. */
    public static Script reset() {
        return Connection::reset;
    }

    /** A status line and header lines, with {@code Connection: close}, ending in the blank line. */
    public static String head(int status, List<String> headerLines) {
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(' ').append(reason(status)).append("\r\n");
        for (String line : headerLines) {
            head.append(line).append("\r\n");
        }
        return head.append("Connection: close\r\n\r\n").toString();
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 204 -> "No Content";
            case 302 -> "Found";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            default -> "Status";
        };
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

}
