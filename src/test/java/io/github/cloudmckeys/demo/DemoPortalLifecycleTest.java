package io.github.cloudmckeys.demo;

import static io.github.cloudmckeys.demo.DemoHttp.get;
import static io.github.cloudmckeys.demo.DemoHttp.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoPortalLifecycleTest {

    @Test
    void listensOnLoopbackOnlyAtTheEndpointItAnnounces() throws Exception {
        try (DemoPortal portal = DemoPortal.start()) {
            InetSocketAddress bound = portal.boundAddress();

            assertThat(bound.getAddress().isLoopbackAddress()).isTrue();
            assertThat(bound.getAddress().getHostAddress()).isEqualTo("127.0.0.1");
            assertThat(bound.getPort()).isPositive();
            assertThat(portal.endpoint().toString()).isEqualTo("http://127.0.0.1:" + bound.getPort() + "/api/v2");
            for (InetAddress other : nonLoopbackAddressesOfThisHost()) {
                // Present on most machines; where there is one, the portal must not answer on it.
                assertThatThrownBy(() -> {
                    try (Socket socket = new Socket()) {
                        socket.connect(new InetSocketAddress(other, bound.getPort()), 3_000);
                    }
                }).as("connecting via %s", other).isInstanceOf(IOException.class);
            }
        }
    }

    @Test
    void twoPortalsRunAtOnceOnDifferentPortsWithTheirOwnData() throws Exception {
        try (DemoPortal bundled = DemoPortal.start(); DemoPortal generated = DemoPortal.start(DemoData.generated(3))) {
            assertThat(bundled.endpoint().getPort()).isNotEqualTo(generated.endpoint().getPort());

            JsonNode first = json(get(bundled, "/environments"));
            JsonNode second = json(get(generated, "/environments"));

            assertThat(first.path("metadata").path("recordCount").asInt())
                    .isEqualTo(DemoData.bundled().environments().size());
            assertThat(second.path("metadata").path("recordCount").asInt()).isEqualTo(3);
        }
    }

    @Test
    void closeFreesThePort() throws Exception {
        DemoPortal portal = DemoPortal.start();
        int port = portal.endpoint().getPort();
        assertThat(get(portal, "/users").statusCode()).isEqualTo(200);

        portal.close();

        assertThatThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), port).close())
                .isInstanceOf(ConnectException.class);
        assertThatThrownBy(() -> get(portal, "/users")).isInstanceOf(IOException.class);
        try (ServerSocket again = new ServerSocket()) {
            again.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));
            assertThat(again.getLocalPort()).isEqualTo(port);
        }
        portal.close(); // a second close is harmless
    }

    @Test
    void servesTenThousandGeneratedEnvironments() throws Exception {
        DemoData data = DemoData.generated(10_000);
        try (DemoPortal portal = DemoPortal.start(data)) {
            JsonNode body = json(get(portal, "/environments"));

            assertThat(body.path("metadata").path("recordCount").asInt()).isEqualTo(10_000);
            Set<String> ids = new HashSet<>();
            body.path("data").forEach(e -> ids.add(e.path("id").asText()));
            assertThat(ids).hasSize(10_000);

            DemoData.DemoEnvironment last = data.environments().get(9_999);
            JsonNode fields = json(get(portal, DemoPortalRoutesTest.apiInfoPath(last.connectionId(), last.id())))
                    .path("data").path("fields");
            assertThat(fields.size()).isEqualTo(last.apiInfo().fields().size());
            assertThat(fields.get(fields.size() - 1).path("value").asText())
                    .isEqualTo(last.apiInfo().fields().get(last.apiInfo().fields().size() - 1).value());
        }
    }

    @Test
    void answersConcurrentRequests() throws Exception {
        try (DemoPortal portal = DemoPortal.start()) {
            List<CompletableFuture<Integer>> calls = IntStream.range(0, 24)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                        try {
                            return get(portal, i % 2 == 0 ? "/environments" : "/services/connections").statusCode();
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            throw new IllegalStateException(e);
                        }
                    }))
                    .toList();

            List<Integer> statuses = new ArrayList<>();
            for (CompletableFuture<Integer> call : calls) {
                statuses.add(call.get(30, TimeUnit.SECONDS));
            }
            assertThat(statuses).hasSize(24).containsOnly(200);
        }
    }

    @Test
    void workerThreadsAreDaemonsNamedDemoPortal() throws Exception {
        try (DemoPortal portal = DemoPortal.start()) {
            HttpResponse<byte[]> response = get(portal, "/users");
            assertThat(response.statusCode()).isEqualTo(200);

            List<Thread> workers = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().startsWith("demo-portal-"))
                    .collect(Collectors.toList());
            assertThat(workers).isNotEmpty().allMatch(Thread::isDaemon);
            assertThat(workers).allMatch(t -> t.getName().matches("demo-portal-\\d+"));
        }
    }

    @Test
    void aJvmThatForgetsToCloseThePortalStillExits(@TempDir Path dir) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path output = dir.resolve("child-output.txt");
        Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                UnclosedDemoPortalMain.class.getName())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();

        boolean exited = child.waitFor(30, TimeUnit.SECONDS);
        if (!exited) {
            child.destroyForcibly().waitFor();
        }
        String printed = Files.readString(output, StandardCharsets.UTF_8);

        assertThat(exited).as("the child JVM exits by itself; it printed: %s", printed).isTrue();
        assertThat(child.exitValue()).as(printed).isZero();
        assertThat(printed).contains("served 200 from http://127.0.0.1:");
    }

    private static List<InetAddress> nonLoopbackAddressesOfThisHost() throws SocketException {
        List<InetAddress> addresses = new ArrayList<>();
        for (NetworkInterface nic : NetworkInterface.networkInterfaces().toList()) {
            if (nic.isUp() && !nic.isLoopback()) {
                nic.inetAddresses()
                        .filter(a -> !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                        .forEach(addresses::add);
            }
        }
        return addresses;
    }
}
