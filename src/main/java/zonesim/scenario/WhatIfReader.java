package zonesim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import zonesim.distribution.ParameterLaw;
import zonesim.model.Parameter;
import zonesim.model.WhatIf;

/**
 * The what-if sections of SPEC 9 ({@code sweep}, {@code sensitivity}, {@code uncertainty})
 * with their shared settings: {@code metrics} (summary.json names; default
 * global.availability), {@code configurations} (default: all), {@code method}
 * (auto | exact | simulate; default auto) and {@code replications} per point when
 * simulating (default: the scenario's). After the scenario itself has loaded,
 * {@link #check} loads it at the ends of every range, so that a range crossing an invalid
 * value (a negative duration, a probability above 1) is reported where it was written.
 */
final class WhatIfReader {
    /** The top-level keys of the what-if sections. */
    static final List<String> SECTIONS = List.of("sweep", "sensitivity", "uncertainty");
    /** The metric studied when none is named. */
    static final String DEFAULT_METRIC = "global.availability";
    /** Added to the uncertainty study's default metrics when the scenario has costs: best per unit of cost. */
    static final String COST_METRIC = "costs.total_per_year";
    private static final int MAX_WORLDS = 1_000_000;
    private static final List<String> COMMON = List.of("metrics", "configurations", "method", "replications");
    private static final List<String> METHODS = List.of("auto", "exact", "simulate");

    private WhatIfReader() { }

    /** The sections of {@code root} (uncertain values already replaced); null when there are none. */
    static WhatIf read(Diagnostics d, Node root, List<WhatIf.Uncertain> uncertain) {
        Fields top = Fields.of(d, root, "", null);
        Set<String> names = configurationNames(root);
        ParameterReader params = new ParameterReader(d, root);
        WhatIf.Sweep sweep = null;
        WhatIf.Sensitivity sensitivity = null;
        WhatIf.Uncertainty uncertainty = null;
        if (top.has("sweep")) {
            Fields f = Fields.of(d, top.get("sweep"), "sweep", with("parameters"));
            List<WhatIf.Axis> axes = new ArrayList<>();
            List<Fields> items = f.require("parameters") ? Fields.list(f, "parameters", null) : List.of();
            if (f.has("parameters") && (items.isEmpty() || items.size() > 2)) {
                d.error(f.get("parameters"), f.path("parameters"), "a sweep varies one or two parameters, got "
                        + items.size());
            }
            items.forEach(i -> params.axis(i.node(), i.path()).ifPresent(axes::add));
            WhatIf.Settings s = settings(f, names, List.of());
            if (axes.size() == items.size() && !axes.isEmpty() && axes.size() <= 2) {
                sweep = new WhatIf.Sweep(axes, s);
            }
        }
        if (top.has("sensitivity")) {
            Fields f = Fields.of(d, top.get("sensitivity"), "sensitivity", with("parameters", "metric",
                    "configuration", "difference"));
            List<WhatIf.Swing> swings = new ArrayList<>();
            Node list = f.get("parameters");
            if (f.require("parameters") && (!(list instanceof SequenceNode seq) || seq.getValue().isEmpty())) {
                d.error(list, f.path("parameters"), "expected a list of parameter paths, got " + Values.describe(list));
            } else if (list instanceof SequenceNode seq) {
                for (int i = 0; i < seq.getValue().size(); i++) {
                    params.swing(seq.getValue().get(i), Paths.item(f.path("parameters"), i)).ifPresent(swings::add);
                }
            }
            if (f.has("metrics")) {
                d.error(f.keyNode("metrics"), f.path("metrics"), "a tornado shows one metric: use 'metric'");
            }
            List<String> metric = List.of(f.string("metric", DEFAULT_METRIC));
            sensitivity = sensitivity(f, swings, names, metric);
        }
        if (top.has("uncertainty") || !uncertain.isEmpty()) {
            Fields f = Fields.of(d, top.get("uncertainty"), "uncertainty", with("worlds"));
            int worlds = (int) f.integer("worlds", 0, 2, MAX_WORLDS); // 0: the runner's default
            List<String> metrics = f.has("metrics") || !top.has("costs") ? List.of()
                    : List.of(DEFAULT_METRIC, COST_METRIC);
            uncertainty = new WhatIf.Uncertainty(worlds, uncertain, settings(f, names, metrics));
        }
        for (Fields c : Fields.list(top, "configurations", null)) {
            for (String k : SECTIONS) {
                if (c.has(k)) {
                    d.error(c.keyNode(k), c.path(k), "the what-if sections belong at the top of the file, not in a"
                            + " configuration");
                }
            }
        }
        if (sweep == null && sensitivity == null && uncertainty == null) {
            return null;
        }
        return labelled(new WhatIf(sweep, sensitivity, uncertainty), uncertain);
    }

    /** Sweep and tornado parameters without a label of their own take the label of an uncertain value at that path. */
    private static WhatIf labelled(WhatIf w, List<WhatIf.Uncertain> uncertain) {
        Function<Parameter, Parameter> named = p -> !p.label().equals(p.path()) ? p : uncertain.stream()
                .filter(u -> u.parameter().path().equals(p.path()) || aliasOf(u.parameter().path(), p.path()))
                .findFirst().map(u -> new Parameter(p.path(), u.parameter().label(), p.unit(), p.displayUnit(),
                        p.displayScale(), p.origin())).orElse(p);
        WhatIf.Sweep sweep = w.sweep() == null ? null : new WhatIf.Sweep(w.sweep().axes().stream()
                .map(a -> new WhatIf.Axis(named.apply(a.parameter()), a.values(), a.log())).toList(),
                w.sweep().settings());
        WhatIf.Sensitivity s = w.sensitivity();
        WhatIf.Sensitivity sensitivity = s == null ? null : new WhatIf.Sensitivity(s.swings().stream()
                .map(x -> new WhatIf.Swing(named.apply(x.parameter()), x.low(), x.high())).toList(), s.configuration(),
                s.minuend(), s.subtrahend(), s.settings());
        return new WhatIf(sweep, sensitivity, w.uncertainty());
    }

    /** True when {@code a} and {@code b} differ only in a last key that is the other's twin (mttr and ttr). */
    private static boolean aliasOf(String a, String b) {
        int i = a.lastIndexOf('.');
        int j = b.lastIndexOf('.');
        return i > 0 && j > 0 && a.substring(0, i).equals(b.substring(0, j))
                && b.substring(j + 1).equals(Merger.ALIASES.get(a.substring(i + 1)));
    }

    private static WhatIf.Sensitivity sensitivity(Fields f, List<WhatIf.Swing> swings, Set<String> names,
                                                  List<String> metric) {
        Diagnostics d = f.diagnostics();
        WhatIf.Settings s = settings(f, names, metric);
        String configuration = f.string("configuration", ConfigurationsReader.BASELINE);
        known(f, "configuration", configuration, names);
        String minuend = null;
        String subtrahend = null;
        if (f.has("difference")) {
            if (f.has("configuration")) {
                d.error(f.keyNode("difference"), f.path("difference"), "give either configuration or difference, "
                        + "not both");
            }
            List<String> pair = strings(f, "difference");
            if (pair.size() != 2 || pair.get(0).equals(pair.get(1))) {
                d.error(f.get("difference"), f.path("difference"), "expected [minuend, subtrahend]: two different "
                        + "configurations, e.g. [zr, baseline] for what zone redundancy adds");
            } else {
                pair.forEach(c -> known(f, "difference", c, names));
                minuend = pair.get(0);
                subtrahend = pair.get(1);
                configuration = null;
            }
        }
        Node n = f.get("parameters");
        boolean complete = n instanceof SequenceNode seq && seq.getValue().size() == swings.size();
        return complete ? new WhatIf.Sensitivity(swings, configuration, minuend, subtrahend, s) : null;
    }

    /** The shared settings of section {@code f}; {@code metrics} given: the tornado's one metric. */
    private static WhatIf.Settings settings(Fields f, Set<String> names, List<String> metrics) {
        List<String> m = metrics.isEmpty() ? strings(f, "metrics") : metrics;
        if (m.isEmpty()) {
            m = List.of(DEFAULT_METRIC);
        }
        List<String> configs = strings(f, "configurations");
        Set<String> unique = new LinkedHashSet<>();
        for (String c : configs) {
            known(f, "configurations", c, names);
            if (!unique.add(c)) {
                f.diagnostics().error(f.get("configurations"), f.path("configurations"), "'" + c + "' is listed twice");
            }
        }
        String method = f.string("method", "auto");
        if (!METHODS.contains(method)) {
            f.diagnostics().error(f.get("method"), f.path("method"), "unknown method '" + method + "'"
                    + DidYouMean.hint(method, METHODS) + "; expected auto (exact where SPEC 7 applies, else simulated),"
                    + " exact or simulate");
            method = "auto";
        }
        int replications = (int) f.integer("replications", 0, 1, ScenarioReader.MAX_REPLICATIONS);
        Node at = f.has("metrics") ? f.get("metrics") : f.has("metric") ? f.get("metric") : f.node();
        String atPath = f.has("metrics") ? f.path("metrics") : f.has("metric") ? f.path("metric") : f.path();
        return new WhatIf.Settings(m, configs, WhatIf.Method.valueOf(method.toUpperCase(java.util.Locale.ROOT)),
                replications, origin(f.diagnostics(), at, atPath));
    }

    private static void known(Fields f, String key, String name, Set<String> names) {
        if (!names.contains(name)) {
            f.diagnostics().error(f.get(key), f.path(key), "no configuration named '" + name + "'"
                    + DidYouMean.hint(name, names) + "; the configurations are " + String.join(", ", names));
        }
    }

    /** A list of strings at {@code key} (a single string is a list of one); empty when absent. */
    private static List<String> strings(Fields f, String key) {
        Node n = f.get(key);
        if (!f.has(key) || Values.isNull(n)) {
            return List.of();
        }
        if (n instanceof ScalarNode) {
            return Values.string(f.diagnostics(), n, f.path(key)).map(List::of).orElse(List.of());
        }
        if (!(n instanceof SequenceNode seq)) {
            f.diagnostics().error(n, f.path(key), "expected a list of names, got " + Values.describe(n));
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < seq.getValue().size(); i++) {
            Values.string(f.diagnostics(), seq.getValue().get(i), Paths.item(f.path(key), i)).ifPresent(out::add);
        }
        return out;
    }

    private static List<String> with(String... keys) {
        List<String> out = new ArrayList<>(List.of(keys));
        out.addAll(COMMON);
        return out;
    }

    /** {@code baseline} and the names of the file's configurations. */
    private static Set<String> configurationNames(Node root) {
        Set<String> out = new LinkedHashSet<>(List.of(ConfigurationsReader.BASELINE));
        Diagnostics quiet = new Diagnostics("", "", false, new java.util.HashSet<>());
        for (Fields c : Fields.list(Fields.of(quiet, root, "", null), "configurations", null)) {
            if (c.get("name") instanceof ScalarNode s) {
                out.add(s.getValue());
            }
        }
        return out;
    }

    /** Where {@code at} was written, with the YAML path {@code path}. */
    static Parameter.Origin origin(Diagnostics d, Node at, String path) {
        Optional<Mark> mark = at == null ? Optional.empty() : at.getStartMark();
        return new Parameter.Origin(mark.map(Mark::getName).filter(n -> !n.isEmpty()).orElse(d.file()),
                mark.map(m -> m.getLine() + 1).orElse(1), mark.map(m -> m.getColumn() + 1).orElse(1), path);
    }

    /**
     * Loads the scenario at the ends of every range (every listed value; the extreme
     * quantiles of each uncertain value) and reports the first value of each parameter that
     * makes it invalid, at the parameter. {@code tryLoad} gives the first problem of a variant.
     */
    static void check(Diagnostics d, WhatIf w, Function<List<WhatIf.Setting>, Optional<Problem>> tryLoad) {
        if (w.sweep() != null) {
            for (WhatIf.Axis a : w.sweep().axes()) {
                checkValues(d, a.parameter(), a.values(), tryLoad);
            }
        }
        if (w.sensitivity() != null) {
            for (WhatIf.Swing s : w.sensitivity().swings()) {
                checkValues(d, s.parameter(), List.of(s.low(), s.high()), tryLoad);
            }
        }
        if (w.uncertainty() != null) {
            for (WhatIf.Uncertain u : w.uncertainty().parameters()) {
                boolean bounded = !(u.law() instanceof ParameterLaw.LogNormal);
                double tail = bounded ? 0 : 1e-4;
                checkValues(d, u.parameter(), List.of(u.law().quantile(tail), u.law().quantile(1 - tail)), tryLoad);
            }
        }
    }

    private static void checkValues(Diagnostics d, Parameter p, List<Double> values,
                                    Function<List<WhatIf.Setting>, Optional<Problem>> tryLoad) {
        for (double v : values) {
            Optional<Problem> problem = tryLoad.apply(List.of(new WhatIf.Setting(p, v)));
            if (problem.isPresent()) {
                Parameter.Origin o = p.origin();
                d.error(TreePath.scalar("", Optional.of(Edits.mark(o))), o.path(), "at " + p.describe(v) + ": "
                        + inner(problem.get()));
                return;
            }
        }
    }

    /** A variant's problem as part of a message: its path and message. */
    static String inner(Problem p) {
        return p.yamlPath() == null || p.yamlPath().isEmpty() ? p.message() : p.yamlPath() + ": " + p.message();
    }
}
