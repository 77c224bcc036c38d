package io.github.cloudmckeys.keystone;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cloudmckeys.i18n.Message;
import io.github.cloudmckeys.keystone.KeystoneCredentials.Domain;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/** The token requests' URLs and JSON bodies, v3 ({@code POST /v3/auth/tokens}) and v2.0 ({@code POST /v2.0/tokens}). */
final class TokenRequests {
    private TokenRequests() {
    }

    /** {@code AUTH_URL/v3/auth/tokens}, whether the URL ends with a version or not. */
    static URI v3Url(KeystoneCredentials credentials) throws KeystoneException {
        String base = withoutTrailingSlashes(credentials.authUrl());
        base = base.replaceFirst("(?i)/v2\\.0$", "");
        if (!base.matches("(?i).*/v3(\\.\\d+)?")) {
            base += "/v3";
        }
        return checked(base + "/auth/tokens", credentials.authUrl());
    }

    /** The portal's v2.0 endpoint + {@code /tokens}, else the authentication URL's {@code /v2.0/tokens}. */
    static URI v2Url(KeystoneCredentials credentials) throws KeystoneException {
        String given = credentials.authUrlV2().orElse(credentials.authUrl());
        String base = withoutTrailingSlashes(given).replaceFirst("(?i)/v3(\\.\\d+)?$", "");
        if (!base.endsWith("/v2.0")) {
            base += "/v2.0";
        }
        return checked(base + "/tokens", given);
    }

    /** The v3 password request, scoped to the project when there is one (by ID, else by name in its domain). */
    static String v3Body(ObjectMapper json, KeystoneCredentials credentials, boolean scoped) {
        ObjectNode auth = json.createObjectNode();
        ObjectNode identity = auth.putObject("auth").putObject("identity");
        identity.putArray("methods").add("password");
        ObjectNode user = identity.putObject("password").putObject("user");
        user.put("name", credentials.username());
        credentials.userDomain().ifPresent(domain -> domain(user, domain));
        user.put("password", credentials.password());
        if (scoped && credentials.projectShown().isPresent()) {
            ObjectNode project = ((ObjectNode) auth.get("auth")).putObject("scope").putObject("project");
            if (credentials.projectId().isPresent()) {
                project.put("id", credentials.projectId().get());
            } else {
                project.put("name", credentials.projectName().orElseThrow());
                credentials.projectDomain().or(credentials::userDomain).ifPresent(domain -> domain(project, domain));
            }
        }
        return auth.toString();
    }

    /** The v2.0 request: user name, password and tenant (project) name or ID. */
    static String v2Body(ObjectMapper json, KeystoneCredentials credentials) {
        ObjectNode root = json.createObjectNode();
        ObjectNode auth = root.putObject("auth");
        ObjectNode password = auth.putObject("passwordCredentials");
        password.put("username", credentials.username());
        password.put("password", credentials.password());
        credentials.projectName().ifPresentOrElse(name -> auth.put("tenantName", name),
                () -> credentials.projectId().ifPresent(id -> auth.put("tenantId", id)));
        return root.toString();
    }

    private static void domain(ObjectNode owner, Domain domain) {
        ObjectNode node = owner.putObject("domain");
        domain.id().ifPresentOrElse(id -> node.put("id", id), () -> node.put("name", domain.name().orElseThrow()));
    }

    private static String withoutTrailingSlashes(String url) {
        String base = url.strip();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base;
    }

    /**
     * An https URL, or http to this machine only: the password must not cross a network in
     * clear text. @throws KeystoneException (NOT_SENT) otherwise
     */
    private static URI checked(String url, String given) throws KeystoneException {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new KeystoneException(KeystoneException.Kind.NOT_SENT, Message.of("keystone.url.invalid", given));
        }
        String scheme = Optional.ofNullable(uri.getScheme()).orElse("").toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new KeystoneException(KeystoneException.Kind.NOT_SENT, Message.of("keystone.url.notHttp", given));
        }
        if (scheme.equals("http") && !isLoopback(uri.getHost())) {
            throw new KeystoneException(KeystoneException.Kind.NOT_SENT, Message.of("keystone.url.plainHttp", given));
        }
        return uri;
    }

    /** 127.0.0.0/8, ::1 and localhost, without asking DNS about other names. */
    static boolean isLoopback(String host) {
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (h.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (!(h.contains(":") || h.matches("\\d{1,3}(\\.\\d{1,3}){3}"))) {
            return false;
        }
        try {
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
