package io.github.cloudmckeys.render.config;

import io.github.cloudmckeys.render.script.CaCertificate;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.github.cloudmckeys.credentials.FieldRole;
import io.github.cloudmckeys.credentials.MissingRoles;
import io.github.cloudmckeys.credentials.ServiceCredentials;
import io.github.cloudmckeys.i18n.Message;
import io.github.cloudmckeys.render.CommentText;
import io.github.cloudmckeys.render.ExportException;
import io.github.cloudmckeys.render.ExportText;
import io.github.cloudmckeys.render.script.OpenRcPlanner;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An openstacksdk cloud entry (clouds.yaml), Keystone v3, and its secure.yaml when the
 * password is kept apart. The YAML is written by Jackson's YAML generator with every
 * string double-quoted: a user name like {@code no} or {@code 123} stays a string, and
 * any character a password holds is escaped the YAML way.
 */
final class CloudsYamlWriter {
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .build());

    private CloudsYamlWriter() {
    }

    static ConfigResult write(ServiceCredentials credentials, ConfigOptions options) throws ExportException {
        Optional<String> authUrl = credentials.value(FieldRole.AUTH_URL);
        Optional<String> username = credentials.value(FieldRole.USERNAME);
        if (authUrl.isEmpty() || username.isEmpty()) {
            String service = CommentText.sanitize(credentials.service().label());
            throw new ExportException(MissingRoles.forKeystone(credentials, false)
                    .explain(Message.of("export.noKeystone.cloudsYaml", service), service));
        }
        ExportText text = ExportText.of(options.language());
        String name = EntryNames.check(options.entryName());
        Set<FieldRole> missing = new LinkedHashSet<>();
        List<String> notes = new ArrayList<>();

        ObjectNode clouds = YAML.createObjectNode();
        ObjectNode cloud = clouds.putObject("clouds").putObject(name);
        ObjectNode auth = cloud.putObject("auth");
        put(auth, "auth_url", authUrl.get());
        put(auth, "username", username.get());
        Optional<String> password = credentials.value(FieldRole.PASSWORD);
        boolean split = options.passwordInSecureYaml() && password.isPresent();
        if (password.isPresent() && !split) {
            put(auth, "password", password.get());
        }
        boolean projectName = putIfKnown(auth, "project_name", credentials, FieldRole.PROJECT_NAME);
        boolean projectId = putIfKnown(auth, "project_id", credentials, FieldRole.PROJECT_ID);
        boolean userDomain = domain(auth, "user", credentials, FieldRole.USER_DOMAIN_ID, FieldRole.USER_DOMAIN_NAME);
        boolean projectDomain = domain(auth, "project", credentials, FieldRole.PROJECT_DOMAIN_ID,
                FieldRole.PROJECT_DOMAIN_NAME);
        putIfKnown(cloud, "region_name", credentials, FieldRole.REGION);
        put(cloud, "interface", credentials.value(FieldRole.INTERFACE)
                .map(v -> OpenRcPlanner.interfaceName(v, false)).orElse("public"));
        put(cloud, "identity_api_version", "3");
        if (options.caFile().isPresent()) {
            put(cloud, "cacert", options.caFile().get().toString());
            notes.add(CaCertificate.why("cacert", authUrl.get(), text));
        }

        if (password.isEmpty()) {
            missing(missing, notes, text, FieldRole.PASSWORD, "clouds.missing.password");
        }
        if (!projectName && !projectId) {
            missing(missing, notes, text, FieldRole.PROJECT_NAME, "clouds.missing.project");
        }
        if (!userDomain || (projectName && !projectId && !projectDomain)) {
            missing(missing, notes, text, FieldRole.DOMAIN_ID, "clouds.missing.domain");
        }

        String cloudsYaml = yaml(clouds);
        Optional<String> secureYaml = Optional.empty();
        if (split) {
            ObjectNode secure = YAML.createObjectNode();
            put(secure.putObject("clouds").putObject(name).putObject("auth"), "password", password.get());
            secureYaml = Optional.of(yaml(secure));
        }
        String where = split ? text.get("clouds.passwordInSecureYaml")
                : password.isPresent() ? text.get("config.passwordHere") : "";
        List<String> headerNotes = new ArrayList<>();
        if (!where.isEmpty()) {
            headerNotes.add(where);
        }
        headerNotes.addAll(notes);
        String file = ConfigHeader.hashComments(ConfigHeader.lines(credentials, options, text,
                text.get("clouds.title", name), "openstack --os-cloud " + name + " token issue", headerNotes))
                + cloudsYaml;
        Optional<String> secureText = secureYaml.map(yaml -> ConfigHeader.hashComments(List.of(
                text.get("clouds.secureYaml.title", name))) + yaml);
        return new ConfigResult(ConfigFormat.CLOUDS_YAML, file, secureText,
                Optional.of(new ConfigEntry.Cloud(name, cloudsYaml, secureYaml)), List.copyOf(missing));
    }

    private static void put(ObjectNode node, String setting, String value) throws ExportException {
        node.put(setting, ConfigValues.yaml(setting, value));
    }

    private static boolean putIfKnown(ObjectNode node, String setting, ServiceCredentials credentials, FieldRole role)
            throws ExportException {
        Optional<String> value = credentials.value(role);
        if (value.isPresent()) {
            put(node, setting, value.get());
        }
        return value.isPresent();
    }

    /** {@code user_domain_id} / {@code _name} from the specific roles when the portal has either, else the generic ones. */
    private static boolean domain(ObjectNode auth, String kind, ServiceCredentials credentials, FieldRole specificId,
            FieldRole specificName) throws ExportException {
        boolean specific = credentials.has(specificId) || credentials.has(specificName);
        boolean id = putIfKnown(auth, kind + "_domain_id", credentials, specific ? specificId : FieldRole.DOMAIN_ID);
        boolean name = putIfKnown(auth, kind + "_domain_name", credentials,
                specific ? specificName : FieldRole.DOMAIN_NAME);
        return id || name;
    }

    private static void missing(Set<FieldRole> missing, List<String> notes, ExportText text, FieldRole role,
            String consequenceKey) {
        missing.add(role);
        notes.add(text.get("script.missing", text.label(role), text.get(consequenceKey)));
    }

    private static String yaml(ObjectNode document) {
        try {
            return YAML.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            // Strings and objects only, values checked: a failure here is a defect, and must not echo a value.
            throw new IllegalStateException("The YAML generator failed on a clouds.yaml document", null);
        }
    }
}
