package io.github.cloudmckeys.demo;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.cloudmckeys.i18n.Message;
import io.github.cloudmckeys.portal.ApiInfo;
import io.github.cloudmckeys.portal.ApiInfoField;
import io.github.cloudmckeys.portal.Environment;
import io.github.cloudmckeys.portal.JsonTree;
import io.github.cloudmckeys.portal.PortalUser;
import io.github.cloudmckeys.portal.ServiceConnection;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the demo data format into {@link DemoData}, walking the JSON tree by hand so that a
 * shape error can say where it is ({@code environments[2].apiInfo.fields[0].key}).
 * Messages never quote a value from the file: it may be a password.
 */
final class DemoDataReader {

    // Jackson's streaming parser into a tree (JsonTree, which refuses trailing tokens): no ObjectMapper,
    // whose start-up every launch of the demo portal would pay.
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // read(InputStream) leaves closing the stream to its caller.
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();

    private DemoDataReader() {}

    /** @param source how messages name the input, e.g. "The demo data file /x/y.json" ({@code demo.source.*}) */
    static DemoData read(InputStream in, Message source) throws DemoDataException {
        JsonNode root;
        try (JsonParser parser = JSON.createParser(in)) {
            root = JsonTree.read(parser);
        } catch (JsonProcessingException e) {
            // Not chained: Jackson's message quotes the offending text, which may be a secret.
            throw new DemoDataException(notJson(source, e.getLocation()));
        } catch (IOException e) {
            throw new DemoDataException(Message.of("demo.unreadable", source, e.getClass().getSimpleName()), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new DemoDataException(Message.of("demo.empty", source));
        }
        try {
            return demoData(root);
        } catch (InvalidDemoData e) {
            throw new DemoDataException(Message.of("demo.notShaped", source, e.userMessage()));
        } catch (IllegalArgumentException e) {
            throw new DemoDataException(Message.of("demo.notShaped", source, String.valueOf(e.getMessage())));
        }
    }

    private static Message notJson(Message source, JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return Message.of("demo.notJson", source);
        }
        // Line and column are positions, not quantities: never grouped.
        return Message.of("demo.notJsonAt", source, String.valueOf(location.getLineNr()),
                String.valueOf(location.getColumnNr()));
    }

    private static DemoData demoData(JsonNode root) {
        requireObject(root, Message.of("demo.shape.topLevel"));
        PortalUser user = user(member(root, "user", ""), "user");
        List<ServiceConnection> connections = new ArrayList<>();
        JsonNode connectionNodes = requireArray(member(root, "connections", ""), "connections");
        for (int i = 0; i < connectionNodes.size(); i++) {
            connections.add(connection(connectionNodes.get(i), "connections[" + i + "]"));
        }
        List<DemoData.DemoEnvironment> environments = new ArrayList<>();
        JsonNode environmentNodes = requireArray(member(root, "environments", ""), "environments");
        for (int i = 0; i < environmentNodes.size(); i++) {
            environments.add(environment(environmentNodes.get(i), "environments[" + i + "]"));
        }
        return new DemoData(user, connections, environments);
    }

    private static PortalUser user(JsonNode node, String path) {
        requireObject(node, path);
        return new PortalUser(
                requiredText(node, "id", path),
                requiredText(node, "userName", path),
                optionalText(node, "firstName", path),
                optionalText(node, "lastName", path),
                optionalText(node, "email", path));
    }

    private static ServiceConnection connection(JsonNode node, String path) {
        requireObject(node, path);
        return new ServiceConnection(
                requiredText(node, "id", path),
                optionalText(node, "serviceCode", path),
                requiredText(node, "name", path),
                optionalText(node, "type", path));
    }

    private static DemoData.DemoEnvironment environment(JsonNode node, String path) {
        requireObject(node, path);
        String id = requiredText(node, "id", path);
        String name = requiredText(node, "name", path);
        String description = optionalText(node, "description", path);
        JsonNode organizationNode = member(node, "organization", path);
        String organizationPath = path + ".organization";
        requireObject(organizationNode, organizationPath);
        Environment.Organization organization = new Environment.Organization(
                requiredText(organizationNode, "id", organizationPath),
                requiredText(organizationNode, "name", organizationPath),
                optionalText(organizationNode, "entryPoint", organizationPath));
        String connectionId = requiredText(node, "connectionId", path);
        ApiInfo apiInfo = apiInfo(member(node, "apiInfo", path), path + ".apiInfo");
        return new DemoData.DemoEnvironment(id, name, description, organization, connectionId, apiInfo);
    }

    private static ApiInfo apiInfo(JsonNode node, String path) {
        requireObject(node, path);
        boolean canRegenerate = optionalBoolean(node, "canRegenerateCredentials", path);
        JsonNode fieldNodes = requireArray(member(node, "fields", path), path + ".fields");
        List<ApiInfoField> fields = new ArrayList<>(fieldNodes.size());
        for (int i = 0; i < fieldNodes.size(); i++) {
            JsonNode field = fieldNodes.get(i);
            String fieldPath = path + ".fields[" + i + "]";
            requireObject(field, fieldPath);
            String value = text(field, "value", fieldPath);
            if (value == null) {
                throw InvalidDemoData.of("missing", fieldPath + ".value");
            }
            fields.add(new ApiInfoField(
                    requiredText(field, "key", fieldPath),
                    value,
                    optionalBoolean(field, "sensitive", fieldPath),
                    optionalBoolean(field, "environmentSpecific", fieldPath)));
        }
        return new ApiInfo(canRegenerate, fields);
    }

    /** The member, or a missing node; a JSON null counts as missing. */
    private static JsonNode member(JsonNode object, String name, String path) {
        JsonNode value = object.path(name);
        if (value.isMissingNode() || value.isNull()) {
            throw InvalidDemoData.of("missing", join(path, name));
        }
        return value;
    }

    private static String requiredText(JsonNode object, String name, String path) {
        String value = text(object, name, path);
        if (value == null || value.isBlank()) {
            throw InvalidDemoData.of(value == null ? "missing" : "blank", join(path, name));
        }
        return value;
    }

    private static String optionalText(JsonNode object, String name, String path) {
        String value = text(object, name, path);
        return value == null ? "" : value;
    }

    private static String text(JsonNode object, String name, String path) {
        JsonNode value = object.path(name);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw InvalidDemoData.of("notString", join(path, name));
        }
        return value.textValue();
    }

    private static boolean optionalBoolean(JsonNode object, String name, String path) {
        JsonNode value = object.path(name);
        if (value.isMissingNode() || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw InvalidDemoData.of("notBoolean", join(path, name));
        }
        return value.booleanValue();
    }

    /** @param path where the node is: a JSON path, or a message for the top level */
    private static void requireObject(JsonNode node, Object path) {
        if (!node.isObject()) {
            throw InvalidDemoData.of("notObject", path);
        }
    }

    private static JsonNode requireArray(JsonNode node, String path) {
        if (!node.isArray()) {
            throw InvalidDemoData.of("notArray", path);
        }
        return node;
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
