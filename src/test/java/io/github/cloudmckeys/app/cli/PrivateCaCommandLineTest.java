package io.github.cloudmckeys.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudmckeys.demo.DemoPortal;
import io.github.cloudmckeys.net.TestCa;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line against a portal and a Keystone whose certificates a private CA issued. */
class PrivateCaCommandLineTest {
    @TempDir
    static Path dir;
    static TestCa ca;
    static PrivatePortal portal;

    record Run(int exitCode, String out, String err) {}

    @BeforeAll
    static void start() throws Exception {
        ca = TestCa.create(dir);
        portal = PrivatePortal.start(ca, List.of("127.0.0.1"));
    }

    @AfterAll
    static void stop() throws Exception {
        portal.close();
    }

    static Run run(Map<String, String> extraEnv, String... args) {
        Map<String, String> env = new HashMap<>(Map.of("CLOUDMC_API_KEY", DemoPortal.API_KEY));
        env.putAll(extraEnv);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CommandLineApp.run(args, env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void withoutTheCaFileTheCertificateIsRefusedWithWhatToDoInBothLanguages() {
        Run english = run(Map.of(), "list", "--endpoint", portal.endpoint("127.0.0.1"));
        Run french = run(Map.of(), "list", "--endpoint", portal.endpoint("127.0.0.1"), "--lang", "fr");

        assertThat(english.exitCode()).isEqualTo(ExitCodes.PORTAL_UNREACHABLE);
        assertThat(english.out()).isEmpty();
        assertThat(english.err()).matches("The certificate of 127\\.0\\.0\\.1 is not trusted: it is issued to"
                + " \"CN=127\\.0\\.0\\.1,O=Example Corp\" by \"Example Corp Internal Root\", SHA-256 fingerprint"
                + " ([0-9A-F]{2}:){31}[0-9A-F]{2}; if \"Example Corp Internal Root\" is your organization's certificate"
                + " authority, give its certificate with --ca-file \\(or CLOUDMC_CA_FILE, or CA file in Connect…\\) or"
                + " add it to the system's trust store\\.\n");
        assertThat(french.exitCode()).isEqualTo(ExitCodes.PORTAL_UNREACHABLE);
        assertThat(french.err()).startsWith("Le certificat de 127.0.0.1 n’est pas approuvé\u00a0: il est délivré à"
                + " «\u00a0CN=127.0.0.1,O=Example Corp\u00a0» par «\u00a0Example Corp Internal Root\u00a0», empreinte"
                + " SHA-256 ");
    }

    @Test
    void theCaFileFromTheOptionOrTheEnvironmentMakesTheListWork() {
        Run option = run(Map.of(), "list", "--endpoint", portal.endpoint("127.0.0.1"), "--ca-file",
                ca.rootPem().toString());
        Run variable = run(Map.of("CLOUDMC_CA_FILE", ca.rootPem().toString()), "list", "--endpoint",
                portal.endpoint("127.0.0.1"));

        assertThat(option.exitCode()).as(option.err()).isZero();
        assertThat(option.out()).isEqualTo("Object Storage / ccontini\n");
        assertThat(variable.exitCode()).as(variable.err()).isZero();
        assertThat(variable.out()).isEqualTo(option.out());
    }

    @Test
    void checkGetsATokenFromTheKeystoneBehindTheSameCa() {
        Run run = run(Map.of(), "check", "--service", "ccontini", "--endpoint", portal.endpoint("127.0.0.1"),
                "--ca-file", ca.rootPem().toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("OK: Keystone v3 at 127.0.0.1 issued a token for \"system-ccontini-2925\"");
        assertThat(run.out() + run.err()).doesNotContain(PrivatePortal.PASSWORD);
    }

    @Test
    void aNameTheCertificateDoesNotHoldIsSaid() {
        Run run = run(Map.of(), "list", "--endpoint", portal.endpoint("localhost"), "--ca-file",
                ca.rootPem().toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.PORTAL_UNREACHABLE);
        assertThat(run.err()).isEqualTo("The certificate of localhost is for 127.0.0.1, not for localhost: connect"
                + " with a name the certificate holds, or ask the server's administrator for a certificate that names"
                + " localhost.\n");
    }

    @Test
    void aMissingCaFileIsAUsageError() {
        Path missing = dir.resolve("corp-root.pem");
        Run run = run(Map.of(), "list", "--endpoint", portal.endpoint("127.0.0.1"), "--ca-file", missing.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).isEqualTo("The CA file " + missing + " does not exist: check its path.\n");
    }

    @Test
    void everyOpenrcDialectSetsOsCacertWhenTheCaFileIsWhatMakesKeystoneTrusted() {
        String root = ca.rootPem().toAbsolutePath().toString();
        Map<String, String> expected = Map.of(
                "openrc-v3", "# OS_CACERT names the CA file given to CloudMC Keys: without it, the certificate of"
                        + " 127.0.0.1 is not trusted.\nexport OS_CACERT='" + root + "'\n",
                "fish-v3", "set -gx OS_CACERT '" + root + "'\n",
                "powershell-v3", "$env:OS_CACERT = '" + root + "'\n",
                "cmd-v3", "set \"OS_CACERT=" + root + "\"\r\n");
        for (Map.Entry<String, String> format : expected.entrySet()) {
            Run run = run(Map.of(), "export", "--service", "ccontini", "--format", format.getKey(), "--endpoint",
                    portal.endpoint("127.0.0.1"), "--ca-file", root);

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).as(format.getKey()).contains(format.getValue());
        }
        Run french = run(Map.of(), "export", "--service", "ccontini", "--format", "openrc-v3", "--endpoint",
                portal.endpoint("127.0.0.1"), "--ca-file", root, "--lang", "fr");
        assertThat(french.out()).contains("# OS_CACERT désigne le fichier d’AC donné à CloudMC Keys\u00a0: sans lui, le"
                + " certificat de 127.0.0.1 n’est pas approuvé.\nexport OS_CACERT='" + root + "'\n");
    }

    @Test
    void cloudsYamlGetsCacertAndTheAwsProfileCaBundleOnlyWhereTheCaFileIsNeeded() {
        String root = ca.rootPem().toAbsolutePath().toString();
        Run yaml = run(Map.of(), "export", "--service", "ccontini", "--format", "clouds-yaml", "--endpoint",
                portal.endpoint("127.0.0.1"), "--ca-file", root);

        assertThat(yaml.exitCode()).as(yaml.err()).isZero();
        assertThat(yaml.out()).contains("# cacert names the CA file given to CloudMC Keys: without it, the"
                + " certificate of 127.0.0.1 is not trusted.\n").contains("\n    cacert: \"" + root + "\"\n");

        Run publicS3 = run(Map.of(), "export", "--service", "ccontini", "--format", "aws-config", "--endpoint",
                portal.endpoint("127.0.0.1"), "--ca-file", root);
        assertThat(publicS3.exitCode()).as(publicS3.err()).isZero();
        assertThat(publicS3.out()).doesNotContain("ca_bundle");
        String privateS3 = portal.keystoneUrl().replace("/v3", "");
        Run behindTheCa = run(Map.of("CLOUDMC_S3_ENDPOINT", privateS3), "export", "--service", "ccontini", "--format",
                "aws-config", "--endpoint", portal.endpoint("127.0.0.1"), "--ca-file", root);
        assertThat(behindTheCa.out()).contains("# ca_bundle names the CA file given to CloudMC Keys: without it, the"
                + " certificate of 127.0.0.1 is not trusted.\n").contains("\nca_bundle = " + root + "\n");
    }

    @Test
    void aKeystoneTheSystemTrustsGetsNoOsCacert() {
        String root = ca.rootPem().toAbsolutePath().toString();
        Run run = run(Map.of("SSL_CERT_FILE", root), "export", "--service", "ccontini", "--format", "openrc-v3",
                "--endpoint", portal.endpoint("127.0.0.1"), "--ca-file", root);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).doesNotContain("OS_CACERT").contains("export OS_AUTH_URL=");
    }
}
