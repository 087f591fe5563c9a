package zonesim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import zonesim.model.Parameter;
import zonesim.model.WhatIf;

/**
 * The parameters of a sweep or a tornado (SPEC 9). A sweep parameter is
 * {@code { path, label, values: [..] }}, {@code { path, range: [from, to], steps, scale }} or
 * {@code { path, factor: [from, to], steps, scale }} (a factor multiplies the scenario's own
 * value; of a distribution, every duration in it); steps default to 9, scale to linear for a
 * range and log for a factor. A tornado parameter is a bare path (moved ÷2 to ×2) or
 * {@code { path, label, range: [low, high] | factor: [low, high] }}. Values keep the unit the
 * user wrote; a path is checked against the file (it may name a key the file leaves to its
 * default, except to multiply it).
 */
final class ParameterReader {
    /** Grid points of a range when {@code steps} is not given. */
    static final int DEFAULT_STEPS = 9;
    /** The tornado's default move: ÷2 to ×2. */
    static final double[] DEFAULT_FACTORS = {0.5, 2};
    private static final int MAX_STEPS = 1000;
    private static final List<String> SWEEP_KEYS = List.of("path", "label", "values", "range", "factor", "steps",
            "scale");
    private static final List<String> SWING_KEYS = List.of("path", "label", "range", "factor");
    private static final List<String> SCALES = List.of("linear", "log");

    private final Diagnostics d;
    private final Node root;

    /** A reader checking paths against the scenario tree {@code root}. */
    ParameterReader(Diagnostics d, Node root) {
        this.d = d;
        this.root = root;
    }

    /** One sweep axis, or empty after reporting. */
    Optional<WhatIf.Axis> axis(Node n, String itemPath) {
        Fields f = Fields.of(d, n, itemPath, SWEEP_KEYS);
        if (!f.wellTyped() || Values.isNull(f.node())) {
            d.error(f.node(), f.path(), "expected { path, values | range | factor }");
            return Optional.empty();
        }
        Optional<String> kind = kind(f, List.of("values", "range", "factor"));
        Optional<TreePath> path = path(f, kind.orElse(""));
        if (kind.isEmpty() || path.isEmpty()) {
            return Optional.empty();
        }
        boolean listed = kind.get().equals("values");
        for (String k : List.of("steps", "scale")) {
            if (listed && f.has(k)) {
                d.error(f.keyNode(k), f.path(k), "'" + k + "' goes with range or factor, not with listed values");
            }
        }
        List<Quantity> given = quantities(f, kind.get(), listed ? -1 : 2);
        if (given.isEmpty()) {
            return Optional.empty();
        }
        boolean log = f.string("scale", kind.get().equals("factor") ? "log" : "linear").equals("log");
        if (f.has("scale") && !SCALES.contains(f.string("scale", ""))) {
            d.error(f.get("scale"), f.path("scale"), "expected linear or log" + DidYouMean.hint(f.string("scale", ""),
                    SCALES));
        }
        int steps = (int) f.integer("steps", DEFAULT_STEPS, 2, MAX_STEPS);
        List<Double> values = new ArrayList<>();
        if (listed) {
            given.forEach(q -> values.add(q.value()));
        } else {
            double a = given.get(0).value();
            double b = given.get(1).value();
            if (a == b) {
                d.error(f.get(kind.get()), f.path(kind.get()), "a range needs two different ends");
                return Optional.empty();
            }
            if (log && !(a > 0 && b > 0)) {
                d.error(f.get(kind.get()), f.path(kind.get()), "a log scale needs values > 0 (or give scale: linear)");
                return Optional.empty();
            }
            for (int i = 0; i < steps; i++) {
                double t = (double) i / (steps - 1);
                values.add(i == steps - 1 ? b : log ? a * Math.pow(b / a, t) : a + (b - a) * t);
            }
        }
        return Optional.of(new WhatIf.Axis(parameter(f, path.get(), kind.get(), given.get(0)), values, log));
    }

    /** One tornado bar, or empty after reporting; a bare path moves ÷2 to ×2. */
    Optional<WhatIf.Swing> swing(Node n, String itemPath) {
        if (n instanceof ScalarNode) {
            return path(n, itemPath, "factor").map(p -> new WhatIf.Swing(new Parameter(p.text(), p.text(),
                    Parameter.Unit.FACTOR, "", 1, WhatIfReader.origin(d, n, itemPath)), DEFAULT_FACTORS[0],
                    DEFAULT_FACTORS[1]));
        }
        Fields f = Fields.of(d, n, itemPath, SWING_KEYS);
        if (!(n instanceof MappingNode)) {
            return Optional.empty();
        }
        Optional<String> kind = f.has("range") || f.has("factor") ? kind(f, List.of("range", "factor"))
                : Optional.of("default");
        Optional<TreePath> path = path(f, kind.map(k -> k.equals("default") ? "factor" : k).orElse(""));
        if (kind.isEmpty() || path.isEmpty()) {
            return Optional.empty();
        }
        if (kind.get().equals("default")) {
            return Optional.of(new WhatIf.Swing(parameter(f, path.get(), "factor", Quantity.factor(1)),
                    DEFAULT_FACTORS[0], DEFAULT_FACTORS[1]));
        }
        List<Quantity> q = quantities(f, kind.get(), 2);
        if (q.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new WhatIf.Swing(parameter(f, path.get(), kind.get(), q.get(0)), q.get(0).value(),
                q.get(1).value()));
    }

    /** The one of {@code kinds} that {@code f} gives; reports none or several. */
    private Optional<String> kind(Fields f, List<String> kinds) {
        List<String> given = kinds.stream().filter(f::has).toList();
        if (given.size() != 1) {
            d.error(given.isEmpty() ? f.node() : f.keyNode(given.get(1)), f.path(), given.isEmpty()
                    ? "give the values: one of " + String.join(", ", kinds)
                    : "give one of " + String.join(", ", kinds) + ", not " + String.join(" and ", given));
            return Optional.empty();
        }
        return Optional.of(given.get(0));
    }

    private Optional<TreePath> path(Fields f, String kind) {
        if (!f.require("path")) {
            return Optional.empty();
        }
        return path(f.get("path"), f.path("path"), kind);
    }

    /** The path at {@code n}, checked against the scenario; {@code kind} "factor" needs a value there. */
    private Optional<TreePath> path(Node n, String at, String kind) {
        Optional<String> text = Values.string(d, n, at);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            TreePath p = TreePath.parse(text.get());
            if (WhatIfReader.SECTIONS.contains(p.root())) {
                d.error(n, at, "a what-if study cannot vary the what-if sections themselves");
                return Optional.empty();
            }
            Optional<Node> present = p.find(root);
            if (present.isEmpty() && p.lastKey() != null && Merger.ALIASES.containsKey(p.lastKey())) {
                present = p.withLastKey(Merger.ALIASES.get(p.lastKey())).find(root);
            }
            if (kind.equals("factor")) {
                Edits.checkScalable(present.orElseThrow(() -> new IllegalArgumentException(p.text() + " is not in the"
                        + " scenario (it takes its default), so there is no value to multiply: give a range instead")),
                        p.text());
            } else if (present.isPresent() && !Edits.isDistribution(present.get())
                    && !(present.get() instanceof ScalarNode s && s.getValue().equals("never"))) {
                Edits.checkScalable(present.get(), p.text()); // values replace numbers (or never, or a distribution)
            }
            return Optional.of(p);
        } catch (IllegalArgumentException e) {
            d.error(n, at, e.getMessage());
            return Optional.empty();
        }
    }

    /** The quantities of list {@code key} (exactly {@code count} when >= 0, else at least one), one kind of unit. */
    private List<Quantity> quantities(Fields f, String key, int count) {
        Node n = f.get(key);
        String at = f.path(key);
        String shape = count == 2 ? (key.equals("factor") ? "[low, high] factors" : "[from, to]") : "a list of values";
        if (!(n instanceof SequenceNode seq) || seq.getValue().isEmpty() || count >= 0 && seq.getValue().size() != count) {
            d.error(n, at, "expected " + shape + ", got " + Values.describe(n));
            return List.of();
        }
        List<Quantity> out = new ArrayList<>();
        for (int i = 0; i < seq.getValue().size(); i++) {
            Node item = seq.getValue().get(i);
            String itemAt = Paths.item(at, i);
            Optional<String> text = Values.text(d, item, itemAt, "a number, duration, percentage or rate");
            if (text.isEmpty()) {
                return List.of();
            }
            try {
                Optional<Quantity> q = Quantity.parse(text.get());
                if (q.isEmpty()) {
                    d.error(item, itemAt, "'" + text.get() + "' is not numeric: a what-if study varies numbers, "
                            + "durations, probabilities and rates");
                    return List.of();
                }
                if (key.equals("factor") && (q.get().unit() != Parameter.Unit.NUMBER || !(q.get().value() > 0))) {
                    d.error(item, itemAt, "a factor is a plain number > 0, got '" + text.get() + "'");
                    return List.of();
                }
                if (!key.equals("factor") && !out.isEmpty() && out.get(0).unit() != q.get().unit()) {
                    d.error(item, itemAt, "every value needs the same kind of unit as the first ("
                            + out.get(0).unit().noun() + ")");
                    return List.of();
                }
                out.add(key.equals("factor") ? Quantity.factor(q.get().value()) : q.get());
            } catch (IllegalArgumentException e) {
                d.error(item, itemAt, e.getMessage());
                return List.of();
            }
        }
        return out;
    }

    private Parameter parameter(Fields f, TreePath path, String kind, Quantity first) {
        Node at = f.has(kind) ? f.get(kind) : f.node();
        return new Parameter(path.text(), f.string("label", path.text()), first.unit(), first.displayUnit(),
                first.displayScale(), WhatIfReader.origin(d, at, f.has(kind) ? f.path(kind) : f.path()));
    }
}
