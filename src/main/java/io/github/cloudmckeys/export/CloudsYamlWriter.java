package io.github.cloudmckeys.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.github.cloudmckeys.credentials.FieldLabels;
import io.github.cloudmckeys.credentials.FieldRole;
import io.github.cloudmckeys.credentials.ServiceCredentials;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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
    private static final FieldLabels LABELS = FieldLabels.load(Locale.ENGLISH);

    private CloudsYamlWriter() {
    }

    static ConfigResult write(ServiceCredentials credentials, ConfigOptions options) throws ExportException {
        Optional<String> authUrl = credentials.value(FieldRole.AUTH_URL);
        Optional<String> username = credentials.value(FieldRole.USERNAME);
        if (authUrl.isEmpty() || username.isEmpty()) {
            throw new ExportException(CommentText.sanitize(credentials.service().label())
                    + " has no Keystone credentials (no authentication URL or user name):"
                    + " there is no clouds.yaml to write.");
        }
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

        if (password.isEmpty()) {
            missing(missing, notes, FieldRole.PASSWORD, "Add \"password\" under auth, here or in secure.yaml.");
        }
        if (!projectName && !projectId) {
            missing(missing, notes, FieldRole.PROJECT_NAME, "Without a project, Keystone gives an unscoped token"
                    + " that most services refuse.");
        }
        if (!userDomain || (projectName && !projectId && !projectDomain)) {
            missing(missing, notes, FieldRole.DOMAIN_ID, "Keystone v3 needs the domain of the user and of the"
                    + " project (often \"default\"): add user_domain_id and project_domain_id.");
        }

        String cloudsYaml = yaml(clouds);
        Optional<String> secureYaml = Optional.empty();
        if (split) {
            ObjectNode secure = YAML.createObjectNode();
            put(secure.putObject("clouds").putObject(name).putObject("auth"), "password", password.get());
            secureYaml = Optional.of(yaml(secure));
        }
        String where = split ? "The password is in secure.yaml (next to clouds.yaml): keep that file private."
                : password.isPresent() ? "The password is in this file: keep it private." : "";
        List<String> headerNotes = new ArrayList<>();
        if (!where.isEmpty()) {
            headerNotes.add(where);
        }
        headerNotes.addAll(notes);
        String text = ConfigHeader.hashComments(ConfigHeader.lines(credentials, options,
                "openstacksdk cloud \"" + name + "\" (Keystone v3), for ~/.config/openstack/clouds.yaml",
                "openstack --os-cloud " + name + " token issue", headerNotes)) + cloudsYaml;
        Optional<String> secureText = secureYaml.map(yaml -> ConfigHeader.hashComments(List.of(
                "The password of the openstacksdk cloud \"" + name + "\", for ~/.config/openstack/secure.yaml"
                        + " (openstacksdk merges it into clouds.yaml): keep this file private.")) + yaml);
        return new ConfigResult(ConfigFormat.CLOUDS_YAML, text, secureText,
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

    private static void missing(Set<FieldRole> missing, List<String> notes, FieldRole role, String consequence) {
        missing.add(role);
        notes.add("Not in the portal's credentials: " + LABELS.labelFor(role) + ". " + consequence);
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
