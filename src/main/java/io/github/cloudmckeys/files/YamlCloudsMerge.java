package io.github.cloudmckeys.files;

import io.github.cloudmckeys.i18n.Message;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Puts one cloud into a clouds.yaml (or secure.yaml), or takes one out, keeping everything
 * else as it means: the file is read into YAML's node graph (SnakeYAML, the parser under
 * Jackson's YAML module) with its comments, each scalar keeps its style and resolved tag,
 * anchors and aliases stay the same nodes, and the graph is written back. Only the
 * {@code clouds.NAME} entry changes; key order, comments and every other cloud remain.
 *
 * <p>Indentation and spacing may be normalized (two spaces, sequences indented under
 * their key): the meaning, as any YAML loader reads it, does not change.
 */
final class YamlCloudsMerge {
    private static final String CLOUDS = "clouds";
    private static final Message THE_NEW_ENTRY = Message.of("files.merge.theNewEntry");

    private YamlCloudsMerge() {
    }

    /** What a merge produced: the new text and the names of the entries it replaced. */
    record Outcome(String text, List<String> replaced, boolean changed) {
        Outcome {
            replaced = List.copyOf(replaced);
        }

        @Override
        public String toString() {
            return "Outcome[replaced=" + replaced + ", changed=" + changed + "]";
        }
    }

    /**
     * {@code current} with {@code clouds.NAME} set to the cloud of {@code entryYaml} (a
     * document {@code clouds: {NAME: …}}), replacing every entry of that name.
     *
     * @param fileName names the file in messages: its path, or a {@link Message}
     * @throws SaveException when {@code current} is not YAML that holds a mapping of clouds
     */
    static Outcome put(Optional<String> current, String name, String entryYaml, Object fileName)
            throws SaveException {
        Node entry = cloudNode(compose(entryYaml, THE_NEW_ENTRY), name);
        Optional<Node> root = current.isEmpty() ? Optional.empty() : Optional.ofNullable(compose(current.get(), fileName));
        if (root.isEmpty()) {
            return new Outcome(entryYaml, List.of(), true);
        }
        MappingNode clouds = cloudsMapping(root.get(), fileName, true).orElseThrow();
        List<String> replaced = new ArrayList<>();
        boolean placed = false;
        List<NodeTuple> tuples = new ArrayList<>();
        for (NodeTuple tuple : clouds.getValue()) {
            if (isName(tuple.getKeyNode(), name)) {
                replaced.add(name);
                if (!placed) {
                    tuples.add(new NodeTuple(tuple.getKeyNode(), entry));
                    placed = true;
                }
            } else {
                tuples.add(tuple);
            }
        }
        if (!placed) {
            tuples.add(new NodeTuple(stringKey(name), entry));
        }
        clouds.setValue(tuples);
        clouds.setFlowStyle(DumperOptions.FlowStyle.BLOCK);
        return new Outcome(serialize(root.get(), current.get()), replaced, true);
    }

    /** {@code current} without {@code clouds.NAME}; unchanged (and {@code changed} false) when it has none. */
    static Outcome remove(Optional<String> current, String name, Object fileName) throws SaveException {
        if (current.isEmpty()) {
            return new Outcome("", List.of(), false);
        }
        Node root = compose(current.get(), fileName);
        Optional<MappingNode> clouds = root == null ? Optional.empty() : cloudsMapping(root, fileName, false);
        if (clouds.isEmpty()) {
            return new Outcome(current.get(), List.of(), false);
        }
        List<String> removed = new ArrayList<>();
        for (Iterator<NodeTuple> it = clouds.get().getValue().iterator(); it.hasNext(); ) {
            if (isName(it.next().getKeyNode(), name)) {
                it.remove();
                removed.add(name);
            }
        }
        if (removed.isEmpty()) {
            return new Outcome(current.get(), List.of(), false);
        }
        return new Outcome(serialize(root, current.get()), removed, true);
    }

    /** The names of the clouds {@code text} defines, in order (for tests and messages). */
    static List<String> cloudNames(String text) throws SaveException {
        Message theFile = Message.of("files.merge.theFile");
        Node root = compose(text, theFile);
        Optional<MappingNode> clouds = root == null ? Optional.empty() : cloudsMapping(root, theFile, false);
        List<String> names = new ArrayList<>();
        clouds.ifPresent(m -> m.getValue().forEach(t -> {
            if (t.getKeyNode() instanceof ScalarNode key) {
                names.add(key.getValue());
            }
        }));
        return names;
    }

    private static Yaml yaml(String lineBreak) {
        LoaderOptions loading = new LoaderOptions();
        loading.setProcessComments(true);
        loading.setAllowDuplicateKeys(true); // as PyYAML, which openstacksdk reads with: the last one wins
        DumperOptions dumping = new DumperOptions();
        dumping.setProcessComments(true);
        dumping.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        dumping.setIndent(2);
        dumping.setIndicatorIndent(2);
        dumping.setIndentWithIndicator(true);
        dumping.setWidth(Integer.MAX_VALUE);
        dumping.setSplitLines(false);
        dumping.setAllowUnicode(true);
        dumping.setLineBreak("\r\n".equals(lineBreak) ? DumperOptions.LineBreak.WIN : DumperOptions.LineBreak.UNIX);
        return new Yaml(loading, dumping);
    }

    private static Node compose(String text, Object fileName) throws SaveException {
        try {
            return yaml("\n").compose(new StringReader(text));
        } catch (YAMLException e) {
            // The parser's message quotes the text around the problem, which may be a password: only its place.
            Message sentence = e instanceof org.yaml.snakeyaml.error.MarkedYAMLException marked
                    && marked.getProblemMark() != null
                    ? Message.of("files.merge.notYamlAtLine", fileName,
                            Integer.toString(marked.getProblemMark().getLine() + 1))
                    : Message.of("files.merge.notYaml", fileName);
            throw new SaveException(SaveException.Kind.IO, sentence, null);
        }
    }

    private static Optional<MappingNode> cloudsMapping(Node root, Object fileName, boolean create)
            throws SaveException {
        if (!(root instanceof MappingNode top)) {
            throw new SaveException(SaveException.Kind.IO, Message.of("files.merge.noCloudsMapping", fileName), null);
        }
        for (int i = 0; i < top.getValue().size(); i++) {
            NodeTuple tuple = top.getValue().get(i);
            if (isName(tuple.getKeyNode(), CLOUDS)) {
                Node value = tuple.getValueNode();
                if (value instanceof MappingNode mapping) {
                    return Optional.of(mapping);
                }
                if (value instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL) && create) {
                    MappingNode empty = new MappingNode(Tag.MAP, new ArrayList<>(), DumperOptions.FlowStyle.BLOCK);
                    top.getValue().set(i, new NodeTuple(tuple.getKeyNode(), empty));
                    return Optional.of(empty);
                }
                throw new SaveException(SaveException.Kind.IO, Message.of("files.merge.cloudsNotAMapping", fileName),
                        null);
            }
        }
        if (!create) {
            return Optional.empty();
        }
        MappingNode mapping = new MappingNode(Tag.MAP, new ArrayList<>(), DumperOptions.FlowStyle.BLOCK);
        top.getValue().add(new NodeTuple(stringKey(CLOUDS), mapping));
        top.setFlowStyle(DumperOptions.FlowStyle.BLOCK);
        return Optional.of(mapping);
    }

    private static Node cloudNode(Node entryRoot, String name) throws SaveException {
        Optional<MappingNode> clouds = cloudsMapping(entryRoot, THE_NEW_ENTRY, false);
        for (NodeTuple tuple : clouds.orElseThrow().getValue()) {
            if (isName(tuple.getKeyNode(), name)) {
                return tuple.getValueNode();
            }
        }
        throw new IllegalStateException("The new entry does not hold the cloud it was written for");
    }

    /** A key that a YAML loader reads as the string {@code name} (not a plain {@code yes} read as true). */
    private static boolean isName(Node key, String name) {
        return key instanceof ScalarNode scalar && scalar.getTag().equals(Tag.STR) && scalar.getValue().equals(name);
    }

    private static ScalarNode stringKey(String name) {
        return new ScalarNode(Tag.STR, name, null, null, DumperOptions.ScalarStyle.DOUBLE_QUOTED);
    }

    private static String serialize(Node root, String original) {
        StringWriter out = new StringWriter();
        yaml(original.contains("\r\n") ? "\r\n" : "\n").serialize(root, out);
        return out.toString();
    }
}
