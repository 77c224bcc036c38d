package io.github.cloudmckeys.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudmckeys.net.TestCa;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The openrc the command line exports with {@code --ca-file}, sourced by bash, gets a token from
 * a Keystone behind the private CA, by a client that trusts what {@code OS_CACERT} names as
 * keystoneauth does (Python's ssl with that CA file); without {@code OS_CACERT}, the same client
 * refuses the certificate. bash and python3 are required in CI ({@code CLOUDMC_REQUIRE_SHELLS}).
 */
class OpenRcCaCertShellTest {
    /** A v3 password token request built from the sourced variables only. */
    private static final String CLIENT = """
            import json, os, ssl, sys, urllib.request
            env = os.environ
            body = {"auth": {"identity": {"methods": ["password"], "password": {"user": {
                "name": env["OS_USERNAME"], "password": env["OS_PASSWORD"],
                "domain": {"id": env["OS_USER_DOMAIN_ID"]}}}},
                "scope": {"project": {"name": env["OS_PROJECT_NAME"], "domain": {"id": env["OS_PROJECT_DOMAIN_ID"]}}}}}
            context = ssl.create_default_context(cafile=env.get("OS_CACERT"))
            request = urllib.request.Request(env["OS_AUTH_URL"].rstrip("/") + "/auth/tokens",
                data=json.dumps(body).encode(), headers={"Content-Type": "application/json"})
            try:
                with urllib.request.urlopen(request, context=context) as answer:
                    print(answer.status, "token" if answer.headers.get("X-Subject-Token") else "no token")
            except urllib.error.URLError as e:
                print("refused:", type(e.reason).__name__)
            """;

    @TempDir
    static Path dir;
    static TestCa ca;
    static PrivatePortal portal;

    @BeforeAll
    static void start() throws Exception {
        ca = TestCa.create(dir);
        portal = PrivatePortal.start(ca, List.of("127.0.0.1"));
    }

    @AfterAll
    static void stop() throws Exception {
        portal.close();
    }

    private static Optional<Path> program(String name) {
        for (String folder : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator)) {
            Path candidate = Path.of(folder, name);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        String required = System.getenv().getOrDefault("CLOUDMC_REQUIRE_SHELLS", "");
        if (List.of(required.split(",")).contains("bash")) {
            throw new AssertionError(name + " is not installed but CLOUDMC_REQUIRE_SHELLS requires bash and it");
        }
        return Optional.empty();
    }

    private static String sourceAndAsk(Path openrc, boolean keepCaCert) throws Exception {
        Path bash = program("bash").orElse(null);
        Path python = program("python3").orElse(null);
        Assumptions.assumeTrue(bash != null && python != null, "bash or python3 is not installed: skipped");
        Path client = Files.writeString(dir.resolve("token.py"), CLIENT);
        String script = ". " + openrc + (keepCaCert ? "" : " && unset OS_CACERT") + " && exec " + python + " " + client;
        Process process = new ProcessBuilder(bash.toString(), "--noprofile", "--norc", "-c", script)
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return output;
    }

    @Test
    void theSourcedOpenrcGetsATokenThroughOsCacertAndNotWithoutIt() throws Exception {
        Path openrc = dir.resolve("openrc.sh");
        PrivateCaCommandLineTest.Run export = PrivateCaCommandLineTest.run(Map.of(), "export", "--service",
                "ccontini", "--format", "openrc-v3", "--endpoint", portal.endpoint("127.0.0.1"), "--ca-file",
                ca.rootPem().toString(), "-o", openrc.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(Files.readString(openrc)).contains("export OS_CACERT=");

        assertThat(sourceAndAsk(openrc, true)).isEqualTo("201 token\n");
        assertThat(sourceAndAsk(openrc, false)).isEqualTo("refused: SSLCertVerificationError\n");
        assertThat(portal.keystone().requests()).hasSize(1);
    }
}
