package io.github.cloudmckeys.portal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * JSON text read into a tree, and a tree written as JSON text, with Jackson's streaming parser and
 * generator alone. Not an {@code ObjectMapper} (nor {@code JsonNode.toString()} or
 * {@code toPrettyString()}, which build one):
 * building one and its (de)serializers is most of what JSON costs a command's start-up, for the few
 * fields we read (docs/benchmarks.md, command line). Like {@code ObjectMapper.readTree}: a later
 * duplicate key wins (unless the parser given to {@link #read(JsonParser)} detects duplicates),
 * numbers keep their integer or floating kind; {@link #read} refuses trailing tokens (as the
 * portal's answers always did), {@link #readFirst} ignores them as the mapper's defaults do.
 */
public final class JsonTree {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonTree() {}

    /**
     * @return the document's root value, or null when the text holds none
     * @throws com.fasterxml.jackson.core.io.JsonEOFException when the text ends inside a value
     * @throws IOException when it is not one JSON value
     */
    public static JsonNode read(byte[] json) throws IOException {
        try (JsonParser parser = FACTORY.createParser(json)) {
            return read(parser, true);
        }
    }

    /** The first JSON value of {@code json}, what follows it unread; null when the text holds none. */
    public static JsonNode readFirst(byte[] json) throws IOException {
        try (JsonParser parser = FACTORY.createParser(json)) {
            return read(parser, false);
        }
    }

    /** {@link #readFirst(byte[])} for text. */
    public static JsonNode readFirst(String json) throws IOException {
        try (JsonParser parser = FACTORY.createParser(json)) {
            return read(parser, false);
        }
    }

    /**
     * The one JSON value {@code parser} reads, made with the caller's features (duplicate keys
     * refused, the source left open); null when the input holds none.
     * @throws IOException when it is not one JSON value
     */
    public static JsonNode read(JsonParser parser) throws IOException {
        return read(parser, true);
    }

    /**
     * {@code tree} as compact UTF-8 JSON, non-ASCII characters as they are: what
     * {@code ObjectMapper.writeValueAsBytes} writes for it.
     * @throws IllegalArgumentException for a node that is not plain JSON (binary, a POJO)
     */
    public static byte[] write(JsonNode tree) {
        return bytes(tree, false);
    }

    /**
     * {@code tree} as indented JSON, a member a line: what {@code JsonNode.toPrettyString()} writes
     * for it, without the mapper that builds.
     * @throws IllegalArgumentException for a node that is not plain JSON (binary, a POJO)
     */
    public static String writeIndented(JsonNode tree) {
        return new String(bytes(tree, true), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(JsonNode tree, boolean indented) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator generator = FACTORY.createGenerator(bytes, JsonEncoding.UTF8)) {
            if (indented) {
                generator.useDefaultPrettyPrinter();
            }
            write(generator, tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
        return bytes.toByteArray();
    }

    private static void write(JsonGenerator generator, JsonNode node) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT -> {
                generator.writeStartObject();
                for (Map.Entry<String, JsonNode> member : node.properties()) {
                    generator.writeFieldName(member.getKey());
                    write(generator, member.getValue());
                }
                generator.writeEndObject();
            }
            case ARRAY -> {
                generator.writeStartArray();
                for (JsonNode element : node) {
                    write(generator, element);
                }
                generator.writeEndArray();
            }
            case STRING -> generator.writeString(node.textValue());
            case NUMBER -> number(generator, node);
            case BOOLEAN -> generator.writeBoolean(node.booleanValue());
            case NULL -> generator.writeNull();
            default -> throw new IllegalArgumentException("not a plain JSON node: " + node.getNodeType());
        }
    }

    private static void number(JsonGenerator generator, JsonNode node) throws IOException {
        switch (node.numberType()) {
            case INT -> generator.writeNumber(node.intValue());
            case LONG -> generator.writeNumber(node.longValue());
            case BIG_INTEGER -> generator.writeNumber(node.bigIntegerValue());
            case FLOAT -> generator.writeNumber(node.floatValue());
            case DOUBLE -> generator.writeNumber(node.doubleValue());
            case BIG_DECIMAL -> generator.writeNumber(node.decimalValue());
        }
    }

    private static JsonNode read(JsonParser parser, boolean trailingRefused) throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            return null;
        }
        JsonNode root = value(parser, first);
        if (trailingRefused && parser.nextToken() != null) {
            throw new JsonParseException(parser, "trailing content after the JSON value");
        }
        return root;
    }

    private static JsonNode value(JsonParser parser, JsonToken token) throws IOException {
        return switch (token) {
            case START_OBJECT -> object(parser);
            case START_ARRAY -> array(parser);
            case VALUE_STRING -> NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                case INT -> NODES.numberNode(parser.getIntValue());
                case LONG -> NODES.numberNode(parser.getLongValue());
                default -> NODES.numberNode(parser.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDoubleValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> throw new JsonParseException(parser, "unexpected " + token);
        };
    }

    private static ObjectNode object(JsonParser parser) throws IOException {
        ObjectNode object = NODES.objectNode();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
            String name = parser.currentName();
            object.set(name, value(parser, parser.nextToken()));
        }
        return object;
    }

    private static ArrayNode array(JsonParser parser) throws IOException {
        ArrayNode array = NODES.arrayNode();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            array.add(value(parser, token));
        }
        return array;
    }
}
