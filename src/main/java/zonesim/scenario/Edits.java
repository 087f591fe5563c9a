package zonesim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import zonesim.distribution.Family;
import zonesim.model.Parameter;
import zonesim.model.WhatIf;

/**
 * Applies what-if settings to a parsed scenario file (SPEC 9): a value replaces the scalar
 * at the parameter's path (created if the file leaves it to its default); a factor
 * multiplies the number there, or stretches a whole distribution by scaling every one of
 * its duration parameters (shape and sigma stay), as {@link zonesim.distribution.Distribution#scaled}
 * does. The result is read by the ordinary loader, so every check of SPEC 3 applies.
 */
final class Edits {
    private Edits() { }

    /** {@code root} with every setting applied in order; IllegalArgumentException names what cannot be done. */
    static Node apply(Node root, List<WhatIf.Setting> settings) {
        Node out = root;
        for (WhatIf.Setting s : settings) {
            out = apply(out, s.parameter(), s.value());
        }
        return out;
    }

    /** {@code root} with {@code p} set to {@code value} (or scaled by it). */
    static Node apply(Node root, Parameter p, double value) {
        TreePath path = TreePath.parse(p.path());
        Optional<Mark> mark = Optional.of(mark(p.origin()));
        if (!p.factor()) {
            Optional<Node> present = path.find(root);
            if (present.isPresent() && present.get() instanceof MappingNode m && family(m) == null) {
                throw new IllegalArgumentException(p.path() + " is a mapping, not a value: name a key inside it");
            }
            return path.replace(root, old -> TreePath.scalar(p.text(value), mark), mark);
        }
        TreePath target = path;
        if (path.find(root).isEmpty() && path.lastKey() != null && Merger.ALIASES.containsKey(path.lastKey())) {
            target = path.withLastKey(Merger.ALIASES.get(path.lastKey()));
        }
        Node present = target.find(root).orElseThrow(() -> new IllegalArgumentException(p.path()
                + " is not in the scenario (it takes its default), so there is no value to multiply: give values"
                + " or a range instead"));
        Node scaled = scale(present, value, p.path());
        return target.replace(root, old -> scaled, mark);
    }

    /** Throws unless the node at {@code path} can be multiplied: a numeric scalar or a distribution map. */
    static void checkScalable(Node node, String path) {
        scale(node, 1, path);
    }

    private static Node scale(Node n, double factor, String path) {
        if (n instanceof ScalarNode s) {
            Optional<Quantity> q = Quantity.parse(s.getValue());
            if (q.isEmpty()) {
                throw new IllegalArgumentException(path + " is " + Values.describe(n) + ", which is not numeric: a "
                        + "what-if study varies numbers, durations, probabilities and rates");
            }
            return TreePath.scalar(q.get().times(factor).text(), s.getStartMark());
        }
        if (n instanceof MappingNode m && family(m) != null) {
            NodeTuple t = m.getValue().get(0);
            Family f = family(m);
            if (!(t.getValueNode() instanceof MappingNode params)) {
                throw new IllegalArgumentException(path + " is a malformed distribution");
            }
            List<NodeTuple> out = new ArrayList<>();
            for (NodeTuple p : params.getValue()) {
                String key = p.getKeyNode() instanceof ScalarNode k ? k.getValue() : "";
                boolean duration = f.params().stream().anyMatch(x -> x.key().equals(key)
                        && x.kind() != Family.Kind.NUMBER);
                out.add(duration ? new NodeTuple(p.getKeyNode(), scale(p.getValueNode(), factor, path + "." + key)) : p);
            }
            MappingNode inner = new MappingNode(params.getTag(), true, out, params.getFlowStyle(),
                    params.getStartMark(), params.getEndMark());
            return new MappingNode(m.getTag(), true, new ArrayList<>(List.of(new NodeTuple(t.getKeyNode(), inner))),
                    m.getFlowStyle(), m.getStartMark(), m.getEndMark());
        }
        throw new IllegalArgumentException(path + " is " + Values.describe(n) + ", not a number or a distribution");
    }

    /** True iff {@code n} is a distribution map ({@code { lognormal: {...} }}). */
    static boolean isDistribution(Node n) {
        return n instanceof MappingNode m && family(m) != null;
    }

    /** The family a one-key distribution map names, or null. */
    private static Family family(MappingNode m) {
        if (m.getValue().size() != 1 || !(m.getValue().get(0).getKeyNode() instanceof ScalarNode k)) {
            return null;
        }
        return Family.named(k.getValue());
    }

    /** A snakeyaml mark at {@code o} (0-based inside), so that problems point at the declaration. */
    static Mark mark(Parameter.Origin o) {
        return new Mark(o.file(), 0, Math.max(0, o.line() - 1), Math.max(0, o.column() - 1), new int[0], 0);
    }
}
