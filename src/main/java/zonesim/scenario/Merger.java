package zonesim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Merges a configuration over the base scenario at the YAML-node level (SPEC 5):
 * <ul>
 * <li>mappings merge key by key, entries under {@code registry.replicas} included;</li>
 * <li>a key given as {@code null} (or {@code ~}) in the variant removes the base's value
 *     ({@code eastus: null} under {@code registry.replicas} removes that replica);</li>
 * <li>lists and scalars are replaced;</li>
 * <li>a distribution-valued key given in the variant replaces the base's value as a whole,
 *     so a variant can switch family; {@code ttf} and {@code mttf} ({@code ttr} and
 *     {@code mttr}) replace each other;</li>
 * <li>a replica that the variant makes zone-redundant drops the placement it inherited.</li>
 * </ul>
 * Nodes keep their marks, so problems point at the line where each value was written.
 */
final class Merger {
    private static final Pattern REPLICA_ENTRY = Pattern.compile("registry\\.replicas\\.[^.]+");
    /** Keys that say the same thing in two ways: giving one in a variant replaces the other. */
    static final Map<String, String> ALIASES = Map.of("mttf", "ttf", "ttf", "mttf", "mttr", "ttr",
            "ttr", "mttr");
    /** Keys whose value is a distribution (SPEC 3): replaced whole, never merged. */
    private static final Set<String> DISTRIBUTIONS = Set.of("ttf", "ttr", "runtime", "rebuild", "detection",
            "zone_lag", "geo_lag");

    private Merger() { }

    /** {@code overlay} merged over {@code base}; {@code path} is the dotted path of both. */
    static Node merge(Node base, Node overlay, String path) {
        if (!(base instanceof MappingNode b) || !(overlay instanceof MappingNode o) || DISTRIBUTIONS.contains(last(path))) {
            return overlay;
        }
        Map<String, NodeTuple> over = index(o);
        boolean becomesZoneRedundant = REPLICA_ENTRY.matcher(path).matches() && isTrue(over.get("zone_redundancy"))
                && !over.containsKey("placement");
        List<NodeTuple> out = new ArrayList<>();
        for (NodeTuple t : b.getValue()) {
            String key = key(t);
            if (key != null && !over.containsKey(key) && ALIASES.containsKey(key)
                    && over.keySet().stream().anyMatch(k -> key.equals(ALIASES.get(k)))) {
                continue; // e.g. the variant gives ttf where the base gave mttf
            }
            if (becomesZoneRedundant && "placement".equals(key)) {
                continue; // a zone-redundant replica has no placement
            }
            NodeTuple replacement = key == null ? null : over.remove(key);
            if (replacement == null) {
                out.add(t);
            } else if (!Values.isNull(replacement.getValueNode())) {
                out.add(new NodeTuple(replacement.getKeyNode(),
                        merge(t.getValueNode(), replacement.getValueNode(), Paths.child(path, key))));
            }
        }
        for (NodeTuple t : over.values()) {
            if (!Values.isNull(t.getValueNode())) {
                out.add(t);
            }
        }
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

    private static boolean isTrue(NodeTuple t) {
        return t != null && t.getValueNode() instanceof ScalarNode s && s.getValue().trim().equalsIgnoreCase("true");
    }

    private static String last(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
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
