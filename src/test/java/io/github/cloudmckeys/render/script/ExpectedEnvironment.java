package io.github.cloudmckeys.render.script;

import io.github.cloudmckeys.credentials.FieldRole;
import io.github.cloudmckeys.credentials.IdentityVersion;
import io.github.cloudmckeys.i18n.Language;
import io.github.cloudmckeys.render.CommentText;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The test oracle: the OpenStack variables an environment must hold after sourcing a
 * script, written from the specification independently of the exporter's own code.
 */
final class ExpectedEnvironment {
    private static final Pattern INTERFACE = Pattern.compile("(?i)(public|internal|admin)(url)?");

    private ExpectedEnvironment() {
    }

    /**
     * Every OS_* and ST_* variable the environment must hold, and only those (plus
     * variables that are not about identity, which the caller adds).
     *
     * @param typedPassword what is typed at the prompt, for {@link PasswordMode#PROMPT}
     */
    static Map<String, String> after(Credentials credentials, IdentityVersion version, PasswordMode mode,
            String typedPassword) {
        Map<String, String> env = new TreeMap<>();
        String username = filled(credentials, FieldRole.USERNAME).orElseThrow();
        env.put("OS_USERNAME", username);
        filled(credentials, FieldRole.REGION).ifPresent(v -> env.put("OS_REGION_NAME", v));
        Optional<String> iface = filled(credentials, FieldRole.INTERFACE);
        if (version == IdentityVersion.V3) {
            env.put("OS_AUTH_URL", filled(credentials, FieldRole.AUTH_URL).orElseThrow());
            env.put("OS_IDENTITY_API_VERSION", "3");
            env.put("OS_AUTH_TYPE", "password");
            env.put("OS_INTERFACE", iface.map(v -> normalizedInterface(v, "")).orElse("public"));
            filled(credentials, FieldRole.PROJECT_NAME).ifPresent(v -> env.put("OS_PROJECT_NAME", v));
            filled(credentials, FieldRole.PROJECT_ID).ifPresent(v -> env.put("OS_PROJECT_ID", v));
            domain(credentials, env, "USER", FieldRole.USER_DOMAIN_ID, FieldRole.USER_DOMAIN_NAME);
            domain(credentials, env, "PROJECT", FieldRole.PROJECT_DOMAIN_ID, FieldRole.PROJECT_DOMAIN_NAME);
        } else {
            env.put("OS_AUTH_URL", filled(credentials, FieldRole.AUTH_URL_V2)
                    .orElseGet(() -> v2Url(filled(credentials, FieldRole.AUTH_URL).orElseThrow())));
            env.put("OS_IDENTITY_API_VERSION", "2.0");
            env.put("OS_ENDPOINT_TYPE", iface.map(v -> normalizedInterface(v, "URL")).orElse("publicURL"));
            filled(credentials, FieldRole.PROJECT_NAME).ifPresent(v -> {
                env.put("OS_PROJECT_NAME", v);
                env.put("OS_TENANT_NAME", v);
            });
        }
        if (mode == PasswordMode.PROMPT) {
            env.put("OS_PASSWORD", typedPassword);
        } else {
            filled(credentials, FieldRole.PASSWORD).ifPresent(v -> env.put("OS_PASSWORD", v));
        }
        return env;
    }

    /** What the POSIX script prints on stderr while asking for the password (prompt, then a newline). */
    static String posixPrompt(Credentials credentials, Language language) {
        String user = CommentText.sanitize(filled(credentials, FieldRole.USERNAME).orElseThrow());
        Optional<String> project = filled(credentials, FieldRole.PROJECT_NAME).map(CommentText::sanitize);
        if (language == Language.FRENCH) {
            return "Mot de passe OpenStack de l’utilisateur «\u00a0" + user + "\u00a0»"
                    + project.map(p -> " dans le projet «\u00a0" + p + "\u00a0»").orElse("") + "\u00a0: \n";
        }
        return "OpenStack password for user \"" + user + "\""
                + project.map(p -> " in project \"" + p + "\"").orElse("") + ": \n";
    }

    /** A value counts only when it is not blank: blank fields are missing ones. */
    private static Optional<String> filled(Credentials credentials, FieldRole role) {
        return credentials.value(role).filter(v -> !v.isBlank());
    }

    private static void domain(Credentials credentials, Map<String, String> env, String kind, FieldRole id,
            FieldRole name) {
        boolean specific = filled(credentials, id).isPresent() || filled(credentials, name).isPresent();
        filled(credentials, specific ? id : FieldRole.DOMAIN_ID).ifPresent(v -> env.put("OS_" + kind + "_DOMAIN_ID", v));
        filled(credentials, specific ? name : FieldRole.DOMAIN_NAME)
                .ifPresent(v -> env.put("OS_" + kind + "_DOMAIN_NAME", v));
    }

    private static String normalizedInterface(String value, String suffix) {
        Matcher m = INTERFACE.matcher(value.strip());
        return m.matches() ? m.group(1).toLowerCase(Locale.ROOT) + suffix : value;
    }

    private static String v2Url(String v3) {
        String url = v3.strip().replaceAll("/+$", "");
        if (url.endsWith("/v2.0")) {
            return url;
        }
        return url.replaceAll("(?i)/v3(\\.\\d+)?$", "") + "/v2.0";
    }
}
