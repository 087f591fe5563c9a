package zonesim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Merges a configuration over the base scenario at the YAML-node level (SPEC 5): mappings merge
 * key by key, lists and scalars are replaced, and an entry under {@code registry.replicas}
 * replaces the base's entry for that region as a whole; a key given in the variant drops its
 * alias from the base ({@code ttf} replaces {@code mttf}, {@code ttr} replaces {@code mttr}).
 * Nodes keep their marks, so problems point at the line where each value was written.
 */
final class Merger {
    private static final Pattern REPLICA_ENTRY = Pattern.compile("registry\\.replicas\\.[^.]+");
    /** Keys that say the same thing in two ways: giving one in a variant replaces the other. */
    private static final Map<String, String> ALIASES = Map.of("mttf", "ttf", "ttf", "mttf", "mttr", "ttr",
            "ttr", "mttr");

    private Merger() { }

    /** {@code overlay} merged over {@code base}; {@code path} is the dotted path of both. */
    static Node merge(Node base, Node overlay, String path) {
        if (!(base instanceof MappingNode b) || !(overlay instanceof MappingNode o)
                || REPLICA_ENTRY.matcher(path).matches()) {
            return overlay;
        }
        Map<String, NodeTuple> over = index(o);
        List<NodeTuple> out = new ArrayList<>();
        for (NodeTuple t : b.getValue()) {
            String key = key(t);
            if (key != null && !over.containsKey(key) && ALIASES.containsKey(key)
                    && over.keySet().stream().anyMatch(k -> key.equals(ALIASES.get(k)))) {
                continue; // e.g. the variant gives ttf where the base gave mttf
            }
            NodeTuple replacement = key == null ? null : over.remove(key);
            if (replacement == null) {
                out.add(t);
            } else {
                out.add(new NodeTuple(replacement.getKeyNode(),
                        merge(t.getValueNode(), replacement.getValueNode(), Paths.child(path, key))));
            }
        }
        out.addAll(over.values());
        return new MappingNode(o.getTag(), true, out, o.getFlowStyle(), o.getStartMark(), o.getEndMark());
    }

    /** A copy of mapping {@code node} without {@code key} (any other node unchanged). */
    static Node without(Node node, String key) {
        if (!(node instanceof MappingNode m)) {
            return node;
        }
        List<NodeTuple> out = new ArrayList<>();
        for (NodeTuple t : m.getValue()) {
            if (!key.equals(key(t))) {
                out.add(t);
            }
        }
        return new MappingNode(m.getTag(), true, out, m.getFlowStyle(), m.getStartMark(), m.getEndMark());
    }

    private static Map<String, NodeTuple> index(MappingNode m) {
        Map<String, NodeTuple> out = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            String key = key(t);
            if (key != null) {
                out.putIfAbsent(key, t);
            }
        }
        return out;
    }

    private static String key(NodeTuple t) {
        return t.getKeyNode() instanceof ScalarNode s ? s.getValue() : null;
    }
}
