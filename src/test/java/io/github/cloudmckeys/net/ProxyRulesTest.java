package io.github.cloudmckeys.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cloudmckeys.i18n.Messages;
import io.github.cloudmckeys.logging.LiveSecrets;
import io.github.cloudmckeys.logging.SecretRedactor;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which proxy a URL goes through, by curl's rules. */
class ProxyRulesTest {

    private static String proxyFor(Map<String, String> env, String url) throws NetException {
        return ProxyRules.of(env, ProxyPreference.NONE).proxyFor(URI.create(url))
                .map(p -> p.display() + " from " + p.source()).orElse("direct");
    }

    @Test
    void httpsAndHttpHaveTheirOwnVariablesAndAllProxyIsTheFallback() throws NetException {
        Map<String, String> env = Map.of("HTTPS_PROXY", "http://secure.corp:3128", "HTTP_PROXY", "plain.corp:8080",
                "ALL_PROXY", "http://all.corp:1");
        assertThat(proxyFor(env, "https://portal.example/api")).isEqualTo("secure.corp:3128 from HTTPS_PROXY");
        assertThat(proxyFor(env, "http://portal.example/api")).isEqualTo("plain.corp:8080 from HTTP_PROXY");
        assertThat(proxyFor(Map.of("ALL_PROXY", "http://all.corp:1"), "https://portal.example"))
                .isEqualTo("all.corp:1 from ALL_PROXY");
        assertThat(proxyFor(Map.of("HTTP_PROXY", "http://plain.corp:8080"), "https://portal.example"))
                .isEqualTo("direct");
    }

    @Test
    void lowerCaseWinsAsInCurlAndTheDefaultPortIs1080() throws NetException {
        Map<String, String> env = Map.of("HTTPS_PROXY", "http://upper.corp:1", "https_proxy", "lower.corp",
                "NO_PROXY", "portal.example", "no_proxy", "other.example");
        assertThat(proxyFor(env, "https://portal.example")).isEqualTo("lower.corp:1080 from https_proxy");
        assertThat(proxyFor(env, "https://other.example")).isEqualTo("direct");
    }

    @ParameterizedTest(name = "NO_PROXY={0}: {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "internal.test           | https://portal.internal.test/api  | direct",
        ".internal.test          | https://portal.internal.test/api  | direct",
        "internal.test           | https://internal.test/api         | direct",
        "internal.test           | https://notinternal.test/api      | proxy",
        "portal.internal.test.   | https://PORTAL.internal.test/api  | direct",
        "a.example, internal.test| https://x.internal.test           | direct",
        "10.0.0.7                | https://10.0.0.7:8443/            | direct",
        "10.0.0.7                | https://10.0.0.8/                 | proxy",
        "[2001:db8::1]           | https://[2001:db8::1]/            | direct",
        "2001:db8::1             | https://[2001:db8:0::1]/          | direct",
        "portal.example:8443     | https://portal.example:8443/      | direct",
        "portal.example:8443     | https://portal.example/           | proxy",
        "portal.example:443      | https://portal.example/           | direct",
        "*                       | https://anything.example/         | direct",
        "                        | https://portal.example/           | proxy",
    })
    void noProxyMatchesNamesSuffixesAddressesPortsAndStar(String noProxy, String url, String expected)
            throws NetException {
        Map<String, String> env = noProxy == null ? Map.of("HTTPS_PROXY", "http://proxy.corp:3128")
                : Map.of("HTTPS_PROXY", "http://proxy.corp:3128", "NO_PROXY", noProxy);
        assertThat(proxyFor(env, url)).isEqualTo(expected.equals("direct") ? "direct"
                : "proxy.corp:3128 from HTTPS_PROXY");
    }

    @ParameterizedTest
    @CsvSource({"https://127.0.0.1:8443/", "https://127.9.9.9/", "https://localhost:5000/", "https://[::1]/",
        "https://portal.localhost/"})
    void loopbackIsNeverProxied(String url) throws NetException {
        assertThat(proxyFor(Map.of("HTTPS_PROXY", "http://proxy.corp:3128", "NO_PROXY", ""), url)).isEqualTo("direct");
    }

    @Test
    void theLoginIsReadAndKeptSecret() throws NetException {
        ProxyAddress proxy = ProxyRules.parse("http://alice:p%40ss%3Aw0rd@proxy.corp:3128/", "HTTPS_PROXY");
        assertThat(proxy.login()).map(ProxyAddress.Login::user).contains("alice");
        assertThat(proxy.login()).map(ProxyAddress.Login::password).contains("p@ss:w0rd");
        assertThat(proxy.toString()).doesNotContain("p@ss").doesNotContain("p%40ss")
                .isEqualTo("ProxyAddress[proxy.corp:3128, with a login, from HTTPS_PROXY]");
        assertThat(LiveSecrets.redact("it was p@ss:w0rd")).isEqualTo("it was " + SecretRedactor.MASK);
    }

    @Test
    void aProxyUrlThatCannotBeUsedIsSaidWithoutQuotingIt() {
        assertThatThrownBy(() -> proxyFor(Map.of("HTTPS_PROXY", "socks5://bob:hunter22@proxy.corp:1080"),
                "https://portal.example"))
                .isInstanceOf(NetException.class)
                .satisfies(e -> assertThat(Messages.english().format(((NetException) e).userMessage()))
                        .isEqualTo("The proxy in HTTPS_PROXY is a socks5:// proxy, which this app cannot use: give an"
                                + " http:// proxy (the connection to the portal stays encrypted end to end through it)."))
                .satisfies(e -> assertThat(Messages.of(io.github.cloudmckeys.i18n.Language.FRENCH).format(((NetException) e).userMessage()))
                        .isEqualTo("Le proxy dans HTTPS_PROXY est un proxy socks5://, que cette application ne sait pas"
                                + " utiliser\u00a0: donnez un proxy http:// (la connexion au portail reste chiffrée de"
                                + " bout en bout à travers lui)."));
        assertThatThrownBy(() -> proxyFor(Map.of("https_proxy", "http://proxy.corp:3128/some/path"), "https://p.example"))
                .hasMessage("The proxy URL in https_proxy is not one this app can use: give it as http://host:port,"
                        + " with user:password@ before the host if the proxy asks for a login.");
        assertThat(LiveSecrets.redact("hunter22")).isEqualTo(SecretRedactor.MASK);
    }

    @Test
    void theWindowsManualProxyAppliesWhenTheEnvironmentNamesNone() throws NetException {
        ProxyRules manual = ProxyRules.of(Map.of(), ProxyPreference.manual("proxy.corp:8080"));
        assertThat(manual.proxyFor(URI.create("https://portal.example")).map(ProxyAddress::source))
                .contains(ProxyAddress.PREFERENCES);
        ProxyRules environmentFirst = ProxyRules.of(Map.of("HTTPS_PROXY", "env.corp:1"),
                ProxyPreference.manual("proxy.corp:8080"));
        assertThat(environmentFirst.proxyFor(URI.create("https://portal.example")).map(ProxyAddress::display))
                .contains("env.corp:1");
        ProxyRules system = ProxyRules.of(Map.of(), ProxyPreference.SYSTEM);
        assertThat(system.proxyFor(URI.create("https://portal.example"))).isEmpty();
        assertThat(system.asksTheSystem(URI.create("https://portal.example"))).isTrue();
        assertThat(system.asksTheSystem(URI.create("https://127.0.0.1:9/"))).isFalse();
        assertThat(ProxyRules.of(Map.of(), ProxyPreference.NONE).asksTheSystem(URI.create("https://p.example")))
                .isFalse();
        assertThat(ProxyRules.of(Map.of(), new ProxyPreference(ProxyPreference.Mode.NONE, Optional.empty()))
                .proxyFor(URI.create("https://p.example"))).isEmpty();
    }
}
