package zonesim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import zonesim.distribution.Distribution;

/**
 * The entries of one YAML mapping at a known path. Unknown keys are reported on creation
 * (with a did-you-mean hint); typed getters report malformed or out-of-range values and fall
 * back to the given default so that checking can go on and find every problem.
 */
final class Fields {
    private final Diagnostics d;
    private final Node node;
    private final String path;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    private Fields(Diagnostics d, Node node, String path) {
        this.d = d;
        this.node = node;
        this.path = path;
    }

    /**
     * Reads {@code node} as a mapping with the {@code allowed} keys ({@code null}: any key). A
     * null node or value gives empty fields; anything else that is not a mapping is reported.
     */
    static Fields of(Diagnostics d, Node node, String path, List<String> allowed) {
        Fields f = new Fields(d, node, path);
        if (node != null) {
            d.remember(path, node);
        }
        if (Values.isNull(node)) {
            return f;
        }
        if (!(node instanceof MappingNode m)) {
            d.error(node, path, "expected a mapping, got " + Values.describe(node));
            return f;
        }
        for (NodeTuple t : m.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                continue; // reported by YamlTree
            }
            String key = k.getValue();
            if (allowed != null && !allowed.contains(key)) {
                d.error(k, Paths.child(path, key), "unknown key '" + key + "'" + DidYouMean.hint(key, allowed));
                continue;
            }
            if (f.entries.putIfAbsent(key, t) == null) {
                d.remember(Paths.child(path, key), t.getValueNode());
            }
        }
        return f;
    }

    /** The mappings of list {@code key} of {@code root}, each read with the {@code allowed} keys. */
    static List<Fields> list(Fields root, String key, List<String> allowed) {
        List<Fields> out = new ArrayList<>();
        Node n = root.get(key);
        if (Values.isNull(n)) {
            return out;
        }
        if (!(n instanceof SequenceNode s)) {
            root.d.error(n, root.path(key), "expected a list, got " + Values.describe(n));
            return out;
        }
        for (int i = 0; i < s.getValue().size(); i++) {
            out.add(Fields.of(root.d, s.getValue().get(i), Paths.item(root.path(key), i), allowed));
        }
        return out;
    }

    /** True iff {@code key} is present; reports it as required otherwise. */
    boolean require(String key) {
        if (!has(key)) {
            d.error(node, path(key), "required");
            return false;
        }
        return true;
    }

    /** The mapping node itself (or what stood in its place). */
    Node node() {
        return node;
    }

    /** True iff the node was a mapping or null (so a wrong type was not already reported). */
    boolean wellTyped() {
        return Values.isNull(node) || node instanceof MappingNode;
    }

    /** The path of this mapping. */
    String path() {
        return path;
    }

    /** The path of {@code key} inside this mapping. */
    String path(String key) {
        return Paths.child(path, key);
    }

    /** The keys present, in document order. */
    List<String> keys() {
        return new ArrayList<>(entries.keySet());
    }

    /** True iff {@code key} is present (even with a null value). */
    boolean has(String key) {
        return entries.containsKey(key);
    }

    /** The value node of {@code key}, or null. */
    Node get(String key) {
        NodeTuple t = entries.get(key);
        return t == null ? null : t.getValueNode();
    }

    /** The key node of {@code key}, or null. */
    Node keyNode(String key) {
        NodeTuple t = entries.get(key);
        return t == null ? null : t.getKeyNode();
    }

    /** The diagnostics collector. */
    Diagnostics diagnostics() {
        return d;
    }

    /** A string, or {@code def} when absent. */
    String string(String key, String def) {
        return has(key) ? Values.string(d, get(key), path(key)).orElse(def) : def;
    }

    /** A boolean, or {@code def} when absent. */
    boolean bool(String key, boolean def) {
        return has(key) ? Values.bool(d, get(key), path(key)).orElse(def) : def;
    }

    /** An integer >= {@code min}, or {@code def}. */
    long integer(String key, long def, long min) {
        return integer(key, def, min, Long.MAX_VALUE);
    }

    /** An integer in [min, max], or {@code def}. */
    long integer(String key, long def, long min, long max) {
        if (!has(key)) {
            return def;
        }
        Optional<Long> v = Values.integer(d, get(key), path(key));
        v = check(key, v, x -> x >= min, "must be >= " + min);
        return check(key, v, x -> x <= max, "must be <= " + max).orElse(def);
    }

    /** A whole number in [min, max] that a Java int holds (callers never cast, so nothing wraps), or {@code def}. */
    int count(String key, int def, int min, int max) {
        return (int) integer(key, def, min, max);
    }

    /** A number in [min, max], or {@code def}. */
    double number(String key, double def, double min, double max) {
        if (!has(key)) {
            return def;
        }
        Optional<Double> v = Values.number(d, get(key), path(key));
        return check(key, v, x -> x >= min && x <= max, "must be in [" + fmt(min) + ", " + fmt(max) + "]").orElse(def);
    }

    /** A duration >= 0 in hours, or {@code def}. */
    double duration(String key, double def) {
        return has(key) ? Values.duration(d, get(key), path(key)).orElse(def) : def;
    }

    /** A duration > 0 in hours, or {@code def}. */
    double positiveDuration(String key, double def) {
        return positiveDuration(key, def, Double.POSITIVE_INFINITY, "");
    }

    /** A duration in (0, max] hours, or {@code def}; {@code maxText} names the limit. */
    double positiveDuration(String key, double def, double max, String maxText) {
        if (!has(key)) {
            return def;
        }
        return check(key, Values.duration(d, get(key), path(key)), x -> x > 0 && x <= max,
                max == Double.POSITIVE_INFINITY ? "must be > 0" : "must be > 0 and at most " + maxText).orElse(def);
    }

    /** A probability in [0, 1], or {@code def}. */
    double probability(String key, double def) {
        return has(key) ? Values.probability(d, get(key), path(key)).orElse(def) : def;
    }

    /** A rate per hour, or {@code def}. */
    double rate(String key, double def) {
        return has(key) ? Values.rate(d, get(key), path(key)).orElse(def) : def;
    }

    /** A distribution (SPEC 3), or {@code def}. */
    Distribution distribution(String key, Distribution def) {
        return has(key) ? DistributionReader.read(d, get(key), path(key)).orElse(def) : def;
    }

    /** Reports {@code message} at {@code key} unless {@code ok} holds for the present value. */
    <T> Optional<T> check(String key, Optional<T> value, Predicate<T> ok, String message) {
        if (value.isPresent() && !ok.test(value.get())) {
            d.error(get(key), path(key), message + ", got " + Values.describe(get(key)));
            return Optional.empty();
        }
        return value;
    }

    private static String fmt(double x) {
        return x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x);
    }
}
