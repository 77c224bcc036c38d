package io.github.cloudmckeys.render.script;

import io.github.cloudmckeys.credentials.FieldRole;
import io.github.cloudmckeys.credentials.IdentityVersion;
import io.github.cloudmckeys.credentials.MissingRoles;
import io.github.cloudmckeys.credentials.ServiceCredentials;
import io.github.cloudmckeys.i18n.Message;
import io.github.cloudmckeys.render.CommentText;
import io.github.cloudmckeys.render.ExportException;
import io.github.cloudmckeys.render.ExportText;
import io.github.cloudmckeys.render.script.OpenRcPlan.Assignment;
import io.github.cloudmckeys.render.script.OpenRcPlan.PasswordPrompt;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides what an openrc sets and removes, from the credentials and the identity version.
 *
 * <p>After sourcing, the environment's OpenStack variables must describe this service and
 * nothing else: every variable of {@link #MANAGED} that the script does not set is
 * removed. That list holds what the two scripts set, what would hijack them (a
 * clouds.yaml selection {@code OS_CLOUD}, tokens, a pre-authenticated storage URL,
 * python-swiftclient's {@code ST_*}, which it prefers over {@code OS_*}, a stale
 * {@code OS_AUTH_VERSION}), and what would change their scope (tenant variables left by a
 * v2.0 openrc, which keystoneauth reads in v3 too; domain variables, with which it refuses
 * v2.0; a user or project ID of another account; system, domain or trust scope). Client
 * settings that are not about identity ({@code OS_CACERT}, {@code OS_CERT} …) are the
 * user's and are left alone.
 */
public final class OpenRcPlanner {
    static final List<String> MANAGED = List.of(
            "OS_CLOUD", "OS_TOKEN", "OS_AUTH_TOKEN", "OS_STORAGE_URL", "OS_AUTH_VERSION",
            "ST_AUTH", "ST_USER", "ST_KEY", "ST_AUTH_VERSION",
            "OS_AUTH_URL", "OS_IDENTITY_API_VERSION", "OS_AUTH_TYPE", "OS_INTERFACE", "OS_ENDPOINT_TYPE",
            "OS_REGION_NAME", "OS_USERNAME", "OS_USER_ID", "OS_USER_DOMAIN_ID", "OS_USER_DOMAIN_NAME",
            "OS_TENANT_ID", "OS_TENANT_NAME", "OS_PROJECT_ID", "OS_PROJECT_NAME",
            "OS_PROJECT_DOMAIN_ID", "OS_PROJECT_DOMAIN_NAME", "OS_DOMAIN_ID", "OS_DOMAIN_NAME",
            "OS_DEFAULT_DOMAIN", "OS_DEFAULT_DOMAIN_ID", "OS_DEFAULT_DOMAIN_NAME",
            "OS_SYSTEM_SCOPE", "OS_TRUST_ID", "OS_PASSWORD");

    private static final Pattern INTERFACE = Pattern.compile("(?i)(public|internal|admin)(url)?");
    private static final Pattern TRAILING_V3 = Pattern.compile("(?i)/v3(\\.\\d+)?$");

    private OpenRcPlanner() {
    }

    /** @param text the language of the plan's comments and prompt */
    public static OpenRcPlan plan(ServiceCredentials credentials, IdentityVersion version, PasswordMode mode, ExportText text)
            throws ExportException {
        Optional<String> authUrl = credentials.value(FieldRole.AUTH_URL);
        Optional<String> authUrlV2 = credentials.value(FieldRole.AUTH_URL_V2);
        Optional<String> username = credentials.value(FieldRole.USERNAME);
        boolean hasAuthUrl = version == IdentityVersion.V3 ? authUrl.isPresent()
                : authUrlV2.isPresent() || authUrl.isPresent();
        if (!hasAuthUrl || username.isEmpty()) {
            String service = CommentText.sanitize(credentials.service().label());
            throw new ExportException(MissingRoles.forKeystone(credentials, version != IdentityVersion.V3)
                    .explain(Message.of("export.noKeystone.openrc", service), service));
        }
        Builder plan = new Builder(credentials, mode, text);
        if (version == IdentityVersion.V3) {
            v3(plan, credentials, authUrl.get(), username.get());
        } else {
            v2(plan, credentials, authUrlV2, authUrl, username.get());
        }
        plan.password();
        return plan.build(version);
    }

    private static void v3(Builder plan, ServiceCredentials credentials, String authUrl, String username) {
        plan.set("OS_AUTH_URL", authUrl);
        plan.set("OS_IDENTITY_API_VERSION", "3");
        plan.set("OS_AUTH_TYPE", "password");
        plan.set("OS_INTERFACE", credentials.value(FieldRole.INTERFACE).map(v -> interfaceName(v, false))
                .orElse("public"));
        plan.setIfKnown("OS_REGION_NAME", FieldRole.REGION);
        plan.set("OS_USERNAME", username);
        boolean userDomain = plan.domain("USER", FieldRole.USER_DOMAIN_ID, FieldRole.USER_DOMAIN_NAME);
        boolean projectName = plan.setIfKnown("OS_PROJECT_NAME", FieldRole.PROJECT_NAME);
        boolean projectId = plan.setIfKnown("OS_PROJECT_ID", FieldRole.PROJECT_ID);
        boolean projectDomain = plan.domain("PROJECT", FieldRole.PROJECT_DOMAIN_ID, FieldRole.PROJECT_DOMAIN_NAME);
        if (!projectName && !projectId) {
            plan.missing(FieldRole.PROJECT_NAME, "script.missing.project");
        }
        // A project known by ID needs no domain; one known by name is looked up in its domain.
        if (!userDomain || (projectName && !projectId && !projectDomain)) {
            plan.missing(FieldRole.DOMAIN_ID, "script.missing.domain");
        }
    }

    private static void v2(Builder plan, ServiceCredentials credentials, Optional<String> authUrlV2,
            Optional<String> authUrl, String username) {
        if (authUrlV2.isPresent()) {
            plan.set("OS_AUTH_URL", authUrlV2.get());
        } else {
            plan.set("OS_AUTH_URL", v2UrlFrom(authUrl.orElseThrow()), plan.text.get("script.derivedV2Url"));
        }
        plan.set("OS_IDENTITY_API_VERSION", "2.0");
        plan.set("OS_ENDPOINT_TYPE", credentials.value(FieldRole.INTERFACE).map(v -> interfaceName(v, true))
                .orElse("publicURL"));
        plan.setIfKnown("OS_REGION_NAME", FieldRole.REGION);
        plan.set("OS_USERNAME", username);
        // v2.0 clients read the project as the tenant; newer ones as the project.
        if (plan.setIfKnown("OS_TENANT_NAME", FieldRole.PROJECT_NAME)) {
            plan.setIfKnown("OS_PROJECT_NAME", FieldRole.PROJECT_NAME);
        } else {
            plan.missing(FieldRole.PROJECT_NAME, "script.missing.tenant");
        }
    }

    /**
     * The interface name in the form each version reads: {@code public} for v3's
     * OS_INTERFACE, {@code publicURL} for v2.0's OS_ENDPOINT_TYPE. A value that is none of
     * public, internal or admin is written as the portal sent it.
     */
    public static String interfaceName(String value, boolean v2) {
        Matcher m = INTERFACE.matcher(value.strip());
        if (!m.matches()) {
            return value;
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        return v2 ? name + "URL" : name;
    }

    /** The v2.0 endpoint next to a v3 authentication URL: trailing slashes and a /v3 path replaced by /v2.0. */
    public static String v2UrlFrom(String authUrl) {
        String base = authUrl.strip();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        if (base.endsWith("/v2.0")) {
            return base;
        }
        base = TRAILING_V3.matcher(base).replaceFirst("");
        return base + "/v2.0";
    }

    /** Collects the plan's parts in order. */
    private static final class Builder {
        private final ServiceCredentials credentials;
        private final PasswordMode mode;
        private final ExportText text;
        private final List<Assignment> assignments = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private final Set<FieldRole> missing = new LinkedHashSet<>();
        private Optional<PasswordPrompt> prompt = Optional.empty();

        Builder(ServiceCredentials credentials, PasswordMode mode, ExportText text) {
            this.credentials = credentials;
            this.mode = mode;
            this.text = text;
        }

        void set(String variable, String value) {
            set(variable, value, "");
        }

        void set(String variable, String value, String note) {
            assignments.add(new Assignment(variable, value, note));
        }

        boolean setIfKnown(String variable, FieldRole role) {
            Optional<String> value = credentials.value(role);
            value.ifPresent(v -> set(variable, v));
            return value.isPresent();
        }

        /**
         * Sets OS_{@code kind}_DOMAIN_ID / _NAME from the specific roles when the portal has
         * either of them, otherwise from the generic domain ID / name. @return true when set
         */
        boolean domain(String kind, FieldRole specificId, FieldRole specificName) {
            boolean specific = credentials.has(specificId) || credentials.has(specificName);
            FieldRole idRole = specific ? specificId : FieldRole.DOMAIN_ID;
            FieldRole nameRole = specific ? specificName : FieldRole.DOMAIN_NAME;
            boolean id = setIfKnown("OS_" + kind + "_DOMAIN_ID", idRole);
            boolean name = setIfKnown("OS_" + kind + "_DOMAIN_NAME", nameRole);
            return id || name;
        }

        /** Records a role the script cannot write, and says so in a comment with what follows from it (a key). */
        void missing(FieldRole role, String consequenceKey) {
            missing.add(role);
            notes.add(text.get("script.missing", text.label(role), text.get(consequenceKey)));
        }

        void password() {
            if (mode == PasswordMode.PROMPT) {
                String user = credentials.value(FieldRole.USERNAME).orElse("");
                String promptText = credentials.value(FieldRole.PROJECT_NAME)
                        .map(project -> text.get("script.prompt.userInProject", user, project))
                        .orElseGet(() -> text.get("script.prompt.user", user));
                prompt = Optional.of(new PasswordPrompt("OS_PASSWORD", promptText));
            } else if (!setIfKnown("OS_PASSWORD", FieldRole.PASSWORD)) {
                missing(FieldRole.PASSWORD, "script.missing.password");
            }
        }

        OpenRcPlan build(IdentityVersion version) {
            Set<String> written = new LinkedHashSet<>();
            assignments.forEach(a -> written.add(a.variable()));
            prompt.ifPresent(p -> written.add(p.variable()));
            List<String> unset = MANAGED.stream().filter(v -> !written.contains(v)).toList();
            return new OpenRcPlan(version, mode, notes, unset, assignments, prompt, List.copyOf(missing));
        }
    }
}
