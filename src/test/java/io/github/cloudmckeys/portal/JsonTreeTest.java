package io.github.cloudmckeys.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** JsonTree against Jackson's ObjectMapper, which it stands in for. */
class JsonTreeTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Test
    void writesWhatTheMapperWritesForEveryKindOfValue() throws Exception {
        ObjectNode tree = NODES.objectNode();
        tree.put("text", "Forêt \"quoted\" \\ tab\t line\n € 😀 \u0001")
                .put("int", -7).put("long", 1L << 40).put("big", new BigInteger("123456789012345678901234567890"))
                .put("double", 2.5).put("float", 0.25f).put("decimal", new BigDecimal("10.10"))
                .put("yes", true).put("no", false).putNull("nothing");
        tree.putArray("list").add(1).add("two").addNull().addObject().put("nested", "é");
        tree.putObject("empty");
        tree.putArray("none");

        byte[] written = JsonTree.write(tree);

        assertThat(new String(written, StandardCharsets.UTF_8))
                .isEqualTo(new String(MAPPER.writeValueAsBytes(tree), StandardCharsets.UTF_8))
                .contains("Forêt", "€");
        assertThat(JsonTree.read(written)).isEqualTo(MAPPER.readTree(written));
    }

    @Test
    void indentedItWritesWhatToPrettyStringWrites() {
        ObjectNode tree = NODES.objectNode().put("language", "fr").put("dark", true).put("port", 3128);
        tree.putObject("window").put("x", 10.5).putArray("sizes").add(1).add("é");
        tree.putObject("empty");
        tree.putArray("none");

        assertThat(JsonTree.writeIndented(tree)).isEqualTo(tree.toPrettyString()).contains("\n");
    }

    @Test
    void whatItReadsTheMapperReadsAlike() throws Exception {
        String json = "{\"a\": [1, 2.5, 12345678901, \"x\", null, true], \"b\": {\"a\": 1, \"a\": 2}, \"c\": \"\"}";

        JsonNode tree = JsonTree.read(json.getBytes(StandardCharsets.UTF_8));

        assertThat(tree).isEqualTo(MAPPER.readTree(json));
        assertThat(tree.path("b").path("a").intValue()).isEqualTo(2);
    }

    @Test
    void aNodeThatIsNotPlainJsonIsRefused() {
        ObjectNode tree = NODES.objectNode();
        tree.set("pojo", NODES.pojoNode(new Object()));

        assertThatThrownBy(() -> JsonTree.write(tree)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("POJO");
    }
}
