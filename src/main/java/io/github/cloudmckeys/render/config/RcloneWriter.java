package io.github.cloudmckeys.render.config;

import io.github.cloudmckeys.credentials.FieldRole;
import io.github.cloudmckeys.credentials.MissingRoles;
import io.github.cloudmckeys.credentials.ServiceCredentials;
import io.github.cloudmckeys.i18n.Message;
import io.github.cloudmckeys.render.CommentText;
import io.github.cloudmckeys.render.ExportException;
import io.github.cloudmckeys.render.ExportText;
import io.github.cloudmckeys.render.config.ConfigEntry.IniSection;
import io.github.cloudmckeys.render.script.OpenRcPlanner;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * rclone remotes: one of type swift (Keystone v3, rclone's {@code auth} is the versioned
 * URL) named after the entry, one of type s3 (provider Other, path-style) named
 * {@code NAME-s3}, so that both fit in one rclone.conf.
 *
 * <p>rclone's swift backend takes the user's and the project's domain by <em>name</em>
 * only. The portal gives a domain ID; the domain with ID {@code default} is the one
 * Keystone creates as {@code Default}, so that ID is written as that name, and any other
 * ID is reported as missing.
 */
final class RcloneWriter {
    private RcloneWriter() {
    }

    static ConfigResult swift(ServiceCredentials credentials, ConfigOptions options) throws ExportException {
        Optional<String> authUrl = credentials.value(FieldRole.AUTH_URL);
        Optional<String> username = credentials.value(FieldRole.USERNAME);
        if (authUrl.isEmpty() || username.isEmpty()) {
            String service = CommentText.sanitize(credentials.service().label());
            throw new ExportException(MissingRoles.forKeystone(credentials, false)
                    .explain(Message.of("export.noKeystone.rcloneSwift", service), service));
        }
        ExportText text = ExportText.of(options.language());
        String name = EntryNames.check(options.entryName());
        List<String> lines = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Set<FieldRole> missing = new LinkedHashSet<>();
        lines.add("type = swift");
        lines.add("env_auth = false");
        lines.add(line("user", username.get()));
        Optional<String> password = credentials.value(FieldRole.PASSWORD);
        if (password.isPresent()) {
            lines.add(line("key", password.get()));
            notes.add(text.get("config.passwordHere"));
        } else {
            missing.add(FieldRole.PASSWORD);
            notes.add(text.get("script.missing", text.label(FieldRole.PASSWORD), text.get("rclone.missing.password")));
        }
        lines.add(line("auth", v3Url(authUrl.get())));
        lines.add("auth_version = 3");
        Optional<String> project = credentials.value(FieldRole.PROJECT_NAME);
        Optional<String> projectId = credentials.value(FieldRole.PROJECT_ID);
        if (project.isPresent()) {
            lines.add(line("tenant", project.get()));
        } else if (projectId.isPresent()) {
            lines.add(line("tenant_id", projectId.get()));
        } else {
            missing.add(FieldRole.PROJECT_NAME);
            notes.add(text.get("script.missing", text.label(FieldRole.PROJECT_NAME),
                    text.get("rclone.missing.project")));
        }
        boolean specificUser = credentials.has(FieldRole.USER_DOMAIN_ID) || credentials.has(FieldRole.USER_DOMAIN_NAME);
        Optional<String> userDomain = domainName(credentials, specificUser ? FieldRole.USER_DOMAIN_NAME
                : FieldRole.DOMAIN_NAME, specificUser ? FieldRole.USER_DOMAIN_ID : FieldRole.DOMAIN_ID);
        boolean specificProject = credentials.has(FieldRole.PROJECT_DOMAIN_ID)
                || credentials.has(FieldRole.PROJECT_DOMAIN_NAME);
        Optional<String> projectDomain = domainName(credentials, specificProject ? FieldRole.PROJECT_DOMAIN_NAME
                : FieldRole.DOMAIN_NAME, specificProject ? FieldRole.PROJECT_DOMAIN_ID : FieldRole.DOMAIN_ID);
        if (userDomain.isPresent()) {
            lines.add(line("domain", userDomain.get()));
        }
        if (projectDomain.isPresent()) {
            lines.add(line("tenant_domain", projectDomain.get()));
        }
        if (userDomain.isEmpty() || (project.isPresent() && projectDomain.isEmpty())) {
            missing.add(FieldRole.DOMAIN_NAME);
            notes.add(text.get("rclone.missing.domain"));
        } else if (!specificUser && !credentials.has(FieldRole.DOMAIN_NAME)) {
            notes.add(text.get("rclone.defaultDomain"));
        }
        Optional<String> region = credentials.value(FieldRole.REGION);
        if (region.isPresent()) {
            lines.add(line("region", region.get()));
        }
        lines.add("endpoint_type = " + credentials.value(FieldRole.INTERFACE)
                .map(v -> OpenRcPlanner.interfaceName(v, false)).orElse("public"));
        IniSection section = new IniSection(name, List.of(), lines);
        return result(ConfigFormat.RCLONE_SWIFT, credentials, options, text, name, section,
                text.get("rclone.swift.title", name), notes, missing);
    }

    static ConfigResult s3(ServiceCredentials credentials, ConfigOptions options) throws ExportException {
        String name = EntryNames.check(s3RemoteName(EntryNames.check(options.entryName())));
        ExportText text = ExportText.of(options.language());
        S3Settings s3 = S3Settings.of(credentials, options.s3Defaults(), "export.noS3Keys.rcloneS3", text);
        List<String> lines = new ArrayList<>();
        lines.add("type = s3");
        lines.add("provider = Other");
        lines.add("env_auth = false");
        lines.add(line("access_key_id", s3.accessKey()));
        lines.add(line("secret_access_key", s3.secretKey()));
        lines.add(line("endpoint", s3.endpoint()));
        lines.add(line("region", s3.region()));
        lines.add("force_path_style = true");
        List<String> notes = new ArrayList<>();
        notes.add(text.get("config.secretKeyHere"));
        notes.addAll(s3.notes());
        return result(ConfigFormat.RCLONE_S3, credentials, options, text, name, new IniSection(name, List.of(), lines),
                text.get("rclone.s3.title", name), notes, Set.of());
    }

    /** The name the S3 remote gets for an entry name: {@code NAME-s3}. */
    static String s3RemoteName(String entryName) {
        return entryName + "-s3";
    }

    private static ConfigResult result(ConfigFormat format, ServiceCredentials credentials, ConfigOptions options,
            ExportText text, String name, IniSection section, String title, List<String> notes,
            Set<FieldRole> missing) {
        String file = ConfigHeader.hashComments(ConfigHeader.lines(credentials, options, text, title,
                "rclone lsd " + name + ":", notes)) + IniText.render(List.of(section));
        return new ConfigResult(format, file, Optional.empty(), Optional.of(new ConfigEntry.Ini(name,
                List.of(section))), List.copyOf(missing));
    }

    /** {@code setting = value}, the value checked and quoted for rclone's reader. */
    private static String line(String setting, String value) throws ExportException {
        return setting + " = " + ConfigValues.rclone(setting, value);
    }

    /** A domain's name: the portal's name, or "Default" for the ID "default"; empty when neither. */
    private static Optional<String> domainName(ServiceCredentials credentials, FieldRole nameRole, FieldRole idRole) {
        Optional<String> name = credentials.value(nameRole);
        if (name.isPresent()) {
            return name;
        }
        return credentials.value(idRole).filter(id -> id.strip().equalsIgnoreCase("default")).map(id -> "Default");
    }

    /** rclone's {@code auth} for Keystone v3: the authentication URL with {@code /v3}. */
    static String v3Url(String authUrl) {
        String base = authUrl.strip();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        if (base.matches("(?i).*/v3(\\.\\d+)?")) {
            return base;
        }
        if (base.endsWith("/v2.0")) {
            base = base.substring(0, base.length() - "/v2.0".length());
        }
        return base + "/v3";
    }
}
