package io.github.cloudmckeys.portal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The portal's records read from its JSON objects by hand, as Jackson's data binding read them before
 * (unknown fields ignored, a missing or null field null or false, a number or a boolean where text is
 * expected taken as its text) but without building a deserializer per record at start-up.
 * A value of another kind is a {@link WrongType}.
 */
final class PortalRecords {
    /** A field whose value is of the wrong kind (an object for a text, a text that is no boolean). */
    static final class WrongType extends Exception {
        WrongType() {
            super(null, null, false, false);
        }
    }

    private PortalRecords() {}

    static Environment environment(JsonNode node) throws WrongType {
        JsonNode organization = object(node.get("organization"));
        JsonNode connection = object(node.get("serviceConnection"));
        return new Environment(text(node, "id"), text(node, "name"), text(node, "description"),
                organization == null ? null : new Environment.Organization(text(organization, "id"),
                        text(organization, "name"), text(organization, "entryPoint")),
                connection == null ? null : serviceConnection(connection));
    }

    static ServiceConnection serviceConnection(JsonNode node) throws WrongType {
        return new ServiceConnection(text(node, "id"), text(node, "serviceCode"), text(node, "name"),
                text(node, "type"));
    }

    static ApiInfo apiInfo(JsonNode node) throws WrongType {
        JsonNode fields = node.get("fields");
        List<ApiInfoField> read = null;
        if (fields != null && !fields.isNull()) {
            if (!fields.isArray()) {
                throw new WrongType();
            }
            read = new ArrayList<>();
            for (JsonNode field : fields) {
                JsonNode item = object(field);
                read.add(item == null ? null : new ApiInfoField(text(item, "key"), text(item, "value"),
                        bool(item, "sensitive"), bool(item, "environmentSpecific")));
            }
        }
        return new ApiInfo(bool(node, "canRegenerateCredentials"), read);
    }

    static PortalUser user(JsonNode node) throws WrongType {
        return new PortalUser(text(node, "id"), text(node, "userName"), text(node, "firstName"),
                text(node, "lastName"), text(node, "email"));
    }

    /** The object, null for a missing or null value. */
    private static JsonNode object(JsonNode value) throws WrongType {
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            throw new WrongType();
        }
        return value;
    }

    private static String text(JsonNode object, String field) throws WrongType {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isValueNode()) {
            throw new WrongType();
        }
        return value.asText();
    }

    /** As data binding read a {@code boolean}: JSON booleans, "true" or "false", an integer (0 is false). */
    private static boolean bool(JsonNode object, String field) throws WrongType {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return false;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isTextual() && (value.textValue().equals("true") || value.textValue().equals("false"))) {
            return value.textValue().equals("true");
        }
        if (value.isIntegralNumber()) {
            return value.longValue() != 0;
        }
        throw new WrongType();
    }
}
