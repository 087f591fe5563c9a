package zonesim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * A YAML path into a scenario file, as problems print them: keys joined by dots, list items
 * by index or by the {@code name} of the item ({@code topology.common_cause[acr-global].mttf},
 * {@code configurations[1].registry.replicas.eastus.zone_redundancy}). Keys may hold
 * {@code /} and {@code :} (override paths). Reads and rewrites node trees without touching
 * them: a rewrite copies the mappings and lists along the path and shares everything else,
 * so one parsed file serves any number of variants.
 */
record TreePath(String text, List<Segment> segments) {
    /** One step: a mapping key, a list index, or the list item with that {@code name}. */
    sealed interface Segment {
        /** A mapping key. */
        record Key(String name) implements Segment { }

        /** A list index from 0. */
        record Index(int index) implements Segment { }

        /** The list item whose {@code name} key is {@code name}. */
        record Named(String name) implements Segment { }
    }

    TreePath {
        segments = List.copyOf(segments);
    }

    /** Parses {@code a.b[0].c[name]}; IllegalArgumentException with a message for people. */
    static TreePath parse(String text) {
        String t = text == null ? "" : text.trim();
        List<Segment> out = new ArrayList<>();
        int i = 0;
        while (i < t.length()) {
            int j;
            if (t.charAt(i) == '[') {
                j = t.indexOf(']', i);
                String inner = j < 0 ? "" : t.substring(i + 1, j).trim();
                if (inner.isEmpty() || inner.contains("[")) {
                    throw malformed(t, i);
                }
                out.add(inner.matches("[0-9]+") ? new Segment.Index(Integer.parseInt(inner)) : new Segment.Named(inner));
                j++;
            } else {
                j = i;
                while (j < t.length() && t.charAt(j) != '.' && t.charAt(j) != '[') {
                    if (t.charAt(j) == ']') {
                        throw malformed(t, j);
                    }
                    j++;
                }
                if (j == i) {
                    throw malformed(t, i);
                }
                out.add(new Segment.Key(t.substring(i, j)));
            }
            if (j < t.length() && t.charAt(j) == '.') {
                j++;
                if (j == t.length()) {
                    throw malformed(t, j);
                }
            } else if (j < t.length() && t.charAt(j) != '[') {
                throw malformed(t, j);
            }
            i = j;
        }
        if (out.isEmpty() || !(out.get(0) instanceof Segment.Key)) {
            throw new IllegalArgumentException("expected a YAML path that starts with a key, such as "
                    + "topology.failures.zone.mttr or topology.common_cause[0].mttf");
        }
        return new TreePath(t, out);
    }

    private static IllegalArgumentException malformed(String t, int at) {
        return new IllegalArgumentException("malformed YAML path '" + t + "' at character " + (at + 1)
                + " (keys are joined by '.', list items are picked by [index] or [name])");
    }

    /** The first key. */
    String root() {
        return ((Segment.Key) segments.get(0)).name();
    }

    /** The last key, or null when the path ends at a list item. */
    String lastKey() {
        return segments.get(segments.size() - 1) instanceof Segment.Key k ? k.name() : null;
    }

    /** This path with its last key replaced by {@code key}. */
    TreePath withLastKey(String key) {
        List<Segment> s = new ArrayList<>(segments);
        s.set(s.size() - 1, new Segment.Key(key));
        String prefix = text.substring(0, text.length() - lastKey().length());
        return new TreePath(prefix + key, s);
    }

    /**
     * The node at this path in {@code root}; empty when a key on the way is absent (the
     * scenario then takes a default). IllegalArgumentException when the path cannot lead
     * anywhere: a key into a list or a value, an index out of range, no item of that name.
     */
    Optional<Node> find(Node root) {
        Node n = root;
        for (int i = 0; i < segments.size(); i++) {
            if (n == null || Values.isNull(n)) {
                return Optional.empty();
            }
            n = child(n, i).map(NodeTuple::getValueNode).orElse(null);
        }
        return Optional.ofNullable(n).filter(x -> !Values.isNull(x));
    }

    /**
     * A copy of {@code root} in which the node at this path is {@code change} applied to the
     * present node (null when absent). Absent mappings on the way are created, marked at
     * {@code mark}. Setting {@code mttf} removes a {@code ttf} beside it and so on (SPEC 5:
     * each replaces the other).
     */
    Node replace(Node root, UnaryOperator<Node> change, Optional<Mark> mark) {
        return replace(root, 0, change, mark);
    }

    private Node replace(Node n, int i, UnaryOperator<Node> change, Optional<Mark> mark) {
        if (i == segments.size()) {
            return change.apply(n == null || Values.isNull(n) ? null : n);
        }
        Segment s = segments.get(i);
        if (n == null || Values.isNull(n)) {
            if (!(s instanceof Segment.Key k)) {
                throw new IllegalArgumentException(where(i) + " has no list here to pick an item from");
            }
            NodeTuple t = new NodeTuple(scalar(k.name(), mark), replace(null, i + 1, change, mark));
            return new MappingNode(Tag.MAP, true, new ArrayList<>(List.of(t)), FlowStyle.FLOW, mark, mark);
        }
        if (n instanceof SequenceNode seq) {
            int index = index(seq, i);
            List<Node> items = new ArrayList<>(seq.getValue());
            items.set(index, replace(items.get(index), i + 1, change, mark));
            return new SequenceNode(seq.getTag(), true, items, seq.getFlowStyle(), seq.getStartMark(), seq.getEndMark());
        }
        MappingNode m = mapping(n, i);
        String key = ((Segment.Key) s).name();
        String alias = i == segments.size() - 1 ? Merger.ALIASES.get(key) : null;
        List<NodeTuple> out = new ArrayList<>();
        boolean found = false;
        for (NodeTuple t : m.getValue()) {
            String k = t.getKeyNode() instanceof ScalarNode sk ? sk.getValue() : null;
            if (key.equals(k) && !found) {
                found = true;
                out.add(new NodeTuple(t.getKeyNode(), replace(t.getValueNode(), i + 1, change, mark)));
            } else if (alias == null || !alias.equals(k)) {
                out.add(t);
            }
        }
        if (!found) {
            out.add(new NodeTuple(scalar(key, mark), replace(null, i + 1, change, mark)));
        }
        return new MappingNode(m.getTag(), true, out, m.getFlowStyle(), m.getStartMark(), m.getEndMark());
    }

    /** The entry that segment {@code i} picks out of {@code n} (a list item as a tuple without key). */
    private Optional<NodeTuple> child(Node n, int i) {
        if (n instanceof SequenceNode seq) {
            return Optional.of(new NodeTuple(scalar("", Optional.empty()), seq.getValue().get(index(seq, i))));
        }
        MappingNode m = mapping(n, i);
        String key = ((Segment.Key) segments.get(i)).name();
        for (NodeTuple t : m.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    private MappingNode mapping(Node n, int i) {
        Segment s = segments.get(i);
        if (n instanceof MappingNode m && s instanceof Segment.Key) {
            return m;
        }
        String what = n instanceof MappingNode ? "a mapping (name a key inside it)" : n instanceof SequenceNode
                ? "a list (pick an item with [index] or [name])" : "a value, " + Values.describe(n);
        throw new IllegalArgumentException(where(i) + " is " + what);
    }

    private int index(SequenceNode seq, int i) {
        Segment s = segments.get(i);
        List<Node> items = seq.getValue();
        if (s instanceof Segment.Index x) {
            if (x.index() >= items.size()) {
                throw new IllegalArgumentException(where(i) + " has " + items.size() + " item"
                        + (items.size() == 1 ? "" : "s") + ", so there is no [" + x.index() + "]");
            }
            return x.index();
        }
        if (s instanceof Segment.Named named) {
            List<String> names = new ArrayList<>();
            for (int k = 0; k < items.size(); k++) {
                Optional<String> name = itemName(items.get(k));
                if (name.isPresent() && name.get().equals(named.name())) {
                    return k;
                }
                name.ifPresent(names::add);
            }
            throw new IllegalArgumentException(where(i) + " has no item named '" + named.name() + "'"
                    + DidYouMean.hint(named.name(), names));
        }
        throw new IllegalArgumentException(where(i) + " is a list (pick an item with [index] or [name])");
    }

    /** The {@code name} of a list item that is a mapping with a scalar name, if it has one. */
    static Optional<String> itemName(Node item) {
        if (item instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("name")
                        && t.getValueNode() instanceof ScalarNode v) {
                    return Optional.of(v.getValue());
                }
            }
        }
        return Optional.empty();
    }

    /** The path up to (not including) segment {@code i}, for messages. */
    private String where(int i) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < i; k++) {
            Segment s = segments.get(k);
            if (s instanceof Segment.Key key) {
                sb.append(sb.length() == 0 ? "" : ".").append(key.name());
            } else if (s instanceof Segment.Index x) {
                sb.append('[').append(x.index()).append(']');
            } else {
                sb.append('[').append(((Segment.Named) s).name()).append(']');
            }
        }
        return i == 0 ? "the scenario" : sb.toString();
    }

    /** A plain scalar marked at {@code mark}. */
    static ScalarNode scalar(String text, Optional<Mark> mark) {
        return new ScalarNode(Tag.STR, true, text, org.snakeyaml.engine.v2.common.ScalarStyle.PLAIN, mark, mark);
    }
}
