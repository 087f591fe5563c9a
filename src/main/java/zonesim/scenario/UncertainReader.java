package zonesim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import zonesim.distribution.ParameterLaw;
import zonesim.model.Parameter;
import zonesim.model.WhatIf;

/**
 * Inline uncertainty (SPEC 9): any numeric value may be written
 * {@code { uncertain: { FAMILY: ..., nominal: X, label: TEXT } }} with FAMILY one of
 * {@code loguniform: [min, max]}, {@code uniform: [min, max]},
 * {@code triangular: [min, mode, max]}, {@code lognormal: { median, sigma | error_factor }}.
 * Each such node is replaced by its nominal value (the law's median unless {@code nominal}
 * is given), which {@code run} and {@code compare} use, with a notice saying so; the
 * uncertainty study draws the others.
 */
final class UncertainReader {
    static final String KEY = "uncertain";
    private static final List<String> KEYS = List.of("loguniform", "uniform", "triangular", "lognormal", "nominal",
            "label");
    private static final List<String> FAMILIES = KEYS.subList(0, 4);

    private UncertainReader() { }

    /** The tree with every uncertain value replaced by its nominal scalar; adds each one to {@code found}. */
    static Node replace(Diagnostics d, Node root, List<WhatIf.Uncertain> found) {
        Node out = walk(d, root, "", found);
        return out == null ? TreePath.scalar("~", root.getStartMark()) : out;
    }

    private static Node walk(Diagnostics d, Node n, String path, List<WhatIf.Uncertain> found) {
        if (n instanceof MappingNode m) {
            if (m.getValue().size() == 1 && m.getValue().get(0).getKeyNode() instanceof ScalarNode k
                    && k.getValue().equals(KEY)) {
                Optional<WhatIf.Uncertain> u = read(d, m.getValue().get(0).getValueNode(), path, m);
                u.ifPresent(found::add);
                // a bad one is dropped (null) once reported, so that the reader does not report it again
                return u.map(x -> (Node) TreePath.scalar(x.parameter().text(x.nominal()), m.getStartMark()))
                        .orElse(null);
            }
            List<NodeTuple> out = new ArrayList<>();
            boolean changed = false;
            for (NodeTuple t : m.getValue()) {
                String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : null;
                if (key == null || path.isEmpty() && WhatIfReader.SECTIONS.contains(key)) {
                    out.add(t);
                    continue;
                }
                Node v = walk(d, t.getValueNode(), Paths.child(path, key), found);
                changed |= v != t.getValueNode();
                if (v != null) {
                    out.add(v == t.getValueNode() ? t : new NodeTuple(t.getKeyNode(), v));
                }
            }
            return changed ? new MappingNode(m.getTag(), true, out, m.getFlowStyle(), m.getStartMark(), m.getEndMark())
                    : n;
        }
        if (n instanceof SequenceNode s) {
            List<Node> out = new ArrayList<>();
            boolean changed = false;
            for (int i = 0; i < s.getValue().size(); i++) {
                Node v = walk(d, s.getValue().get(i), Paths.item(path, i), found);
                changed |= v != s.getValue().get(i);
                out.add(v == null ? TreePath.scalar("~", s.getValue().get(i).getStartMark()) : v);
            }
            return changed ? new SequenceNode(s.getTag(), true, out, s.getFlowStyle(), s.getStartMark(), s.getEndMark())
                    : n;
        }
        return n;
    }

    private static Optional<WhatIf.Uncertain> read(Diagnostics d, Node node, String valuePath, Node at) {
        String path = Paths.child(valuePath, KEY);
        Fields f = Fields.of(d, node, path, KEYS);
        List<String> given = f.keys().stream().filter(FAMILIES::contains).toList();
        if (!f.wellTyped() || Values.isNull(node)) {
            if (f.wellTyped()) {
                d.error(node, path, "expected one of " + String.join(", ", FAMILIES));
            }
            return Optional.empty();
        }
        if (given.size() != 1) {
            d.error(node, path, given.isEmpty() ? "give the law: one of " + String.join(", ", FAMILIES)
                    : "give one law, not " + String.join(" and ", given));
            return Optional.empty();
        }
        String family = given.get(0);
        List<Quantity> values = new ArrayList<>();
        Optional<ParameterLaw> law;
        try {
            law = law(f, family, values);
        } catch (IllegalArgumentException e) {
            d.error(f.get(family), f.path(family), e.getMessage());
            return Optional.empty();
        }
        if (law.isEmpty()) {
            return Optional.empty();
        }
        Quantity unit = values.get(0);
        double nominal = law.get().median();
        if (f.has("nominal")) {
            Optional<Quantity> q = quantity(f, f.get("nominal"), f.path("nominal"));
            if (q.isEmpty() || !sameUnit(d, f, "nominal", unit, q.get())) {
                return Optional.empty();
            }
            nominal = q.get().value();
        }
        String label = f.string("label", valuePath);
        Parameter p = new Parameter(valuePath, label, unit.unit(), unit.displayUnit(), unit.displayScale(),
                WhatIfReader.origin(d, at, valuePath));
        return Optional.of(new WhatIf.Uncertain(p, law.get(), nominal));
    }

    /** The law of {@code family}; its quantities are added to {@code values} (first one sets the unit). */
    private static Optional<ParameterLaw> law(Fields f, String family, List<Quantity> values) {
        Node n = f.get(family);
        String path = f.path(family);
        Diagnostics d = f.diagnostics();
        if (family.equals("lognormal")) {
            Fields p = Fields.of(d, n, path, List.of("median", "sigma", "error_factor"));
            if (!p.wellTyped() || !p.require("median")) {
                return Optional.empty();
            }
            if (p.has("sigma") == p.has("error_factor")) {
                d.error(n, path, "give either sigma (of the logarithm) or error_factor (95th percentile / median)");
                return Optional.empty();
            }
            Optional<Quantity> median = quantity(p, p.get("median"), p.path("median"));
            String spread = p.has("sigma") ? "sigma" : "error_factor";
            Optional<Double> s = Values.number(d, p.get(spread), p.path(spread));
            if (median.isEmpty() || s.isEmpty()) {
                return Optional.empty();
            }
            values.add(median.get());
            double m = median.get().value();
            return Optional.of(spread.equals("sigma") ? new ParameterLaw.LogNormal(m, s.get())
                    : ParameterLaw.LogNormal.ofErrorFactor(m, s.get()));
        }
        int count = family.equals("triangular") ? 3 : 2;
        String shape = family.equals("triangular") ? "[min, most likely, max]" : "[min, max]";
        if (!(n instanceof SequenceNode seq) || seq.getValue().size() != count) {
            d.error(n, path, family + " takes a list " + shape + ", got " + Values.describe(n));
            return Optional.empty();
        }
        for (int i = 0; i < count; i++) {
            Optional<Quantity> q = quantity(f, seq.getValue().get(i), Paths.item(path, i));
            if (q.isEmpty() || !values.isEmpty() && !sameUnit(d, f, family, values.get(0), q.get())) {
                return Optional.empty();
            }
            values.add(q.get());
        }
        double a = values.get(0).value();
        double b = values.get(count - 1).value();
        return Optional.of(switch (family) {
            case "loguniform" -> new ParameterLaw.LogUniform(a, b);
            case "uniform" -> new ParameterLaw.Uniform(a, b);
            default -> new ParameterLaw.Triangular(a, values.get(1).value(), b);
        });
    }

    private static Optional<Quantity> quantity(Fields f, Node n, String path) {
        Optional<String> text = Values.text(f.diagnostics(), n, path, "a number, duration, percentage or rate");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            Optional<Quantity> q = Quantity.parse(text.get());
            if (q.isEmpty()) {
                f.diagnostics().error(n, path, "expected a number, duration, percentage or rate, got '" + text.get()
                        + "'");
            }
            return q;
        } catch (IllegalArgumentException e) {
            f.diagnostics().error(n, path, e.getMessage());
            return Optional.empty();
        }
    }

    private static boolean sameUnit(Diagnostics d, Fields f, String key, Quantity first, Quantity q) {
        if (first.unit() != q.unit()) {
            d.error(f.get(key), f.path(key), "every value of one uncertain range needs the same kind of unit ("
                    + first.unit().noun() + " here)");
            return false;
        }
        return true;
    }
}
