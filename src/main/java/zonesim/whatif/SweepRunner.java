package zonesim.whatif;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import zonesim.experiment.Metric;
import zonesim.model.Scenario;
import zonesim.model.WhatIf;
import zonesim.scenario.ScenarioDocument;
import zonesim.scenario.ScenarioException;

/**
 * Runs a sweep (SPEC 9): every configuration at every point of the grid of one or two
 * parameters, then the best configuration at each point and the crossovers along every
 * line of the grid, for every pair of configurations and every metric with a better
 * direction.
 */
public final class SweepRunner {
    private SweepRunner() { }

    /** Runs {@code sweep} of {@code doc}. */
    public static SweepResult run(ScenarioDocument doc, WhatIf.Sweep sweep, Evaluator.Options options)
            throws ScenarioException {
        long start = System.nanoTime();
        WhatIf.Settings s = sweep.settings();
        Evaluator ev = Evaluator.of(doc, s, s.metrics(), options);
        List<List<WhatIf.Setting>> grid = grid(sweep);
        Evaluator.Evaluation e = ev.evaluate(grid);
        Map<String, Metric> metrics = metrics(ev);
        Map<String, List<Best>> best = new LinkedHashMap<>();
        for (String m : s.metrics()) {
            best.put(m, e.points().stream().map(p -> Best.at(p, ev.configurations(), m, metrics.get(m).measure()))
                    .toList());
        }
        List<Crossover> crossovers = new ArrayList<>();
        int n0 = sweep.axes().get(0).values().size();
        int n1 = sweep.axes().size() > 1 ? sweep.axes().get(1).values().size() : 1;
        for (int k = 0; k < sweep.axes().size(); k++) {
            WhatIf.Axis axis = sweep.axes().get(k);
            for (List<Point> line : Crossovers.lines(e.points(), n0, n1, sweep.axes().size() == 1 ? 0 : k)) {
                crossovers.addAll(crossovers(ev, e, line, k, axis, metrics));
            }
        }
        Scenario nominal = doc.loaded().study().baseline();
        return new SweepResult(nominal.name(), options.seed() != null ? options.seed() : nominal.seed(), sweep,
                ev.configurations(), metrics, e, best, crossovers, nominal.confidence(), options.threads(),
                (System.nanoTime() - start) / 1e9);
    }

    /** Every point of the grid, axis 0 outer. */
    static List<List<WhatIf.Setting>> grid(WhatIf.Sweep sweep) {
        List<List<WhatIf.Setting>> out = new ArrayList<>();
        WhatIf.Axis a = sweep.axes().get(0);
        for (double x : a.values()) {
            if (sweep.axes().size() == 1) {
                out.add(List.of(new WhatIf.Setting(a.parameter(), x)));
                continue;
            }
            WhatIf.Axis b = sweep.axes().get(1);
            for (double y : b.values()) {
                out.add(List.of(new WhatIf.Setting(a.parameter(), x), new WhatIf.Setting(b.parameter(), y)));
            }
        }
        return out;
    }

    private static List<Crossover> crossovers(Evaluator ev, Evaluator.Evaluation e, List<Point> line, int k,
                                              WhatIf.Axis axis, Map<String, Metric> metrics) {
        List<Crossover> out = new ArrayList<>();
        List<String> configs = ev.configurations();
        for (String m : metrics.keySet()) {
            for (int i = 0; i < configs.size(); i++) {
                for (int j = i + 1; j < configs.size(); j++) {
                    String a = configs.get(i);
                    String b = configs.get(j);
                    Crossovers.ExactDifference exact = !e.exactMetrics().contains(m) ? null : x -> {
                        List<WhatIf.Setting> at = new ArrayList<>(line.get(0).settings());
                        at.set(k, new WhatIf.Setting(axis.parameter(), x));
                        Map<String, Map<String, Double>> v = ev.exactAt(at);
                        return v.get(a).get(m) - v.get(b).get(m);
                    };
                    out.addAll(Crossovers.find(line, k, axis, m, metrics.get(m).measure(), a, b, exact));
                }
            }
        }
        return out;
    }

    /** Each metric's declaration, from the first configuration that has it. */
    static Map<String, Metric> metrics(Evaluator ev) {
        Map<String, Metric> out = new LinkedHashMap<>();
        for (String m : ev.metrics()) {
            for (String c : ev.configurations()) {
                ev.catalog(c).metrics().stream().filter(x -> x.name().equals(m)).findFirst()
                        .ifPresent(x -> out.putIfAbsent(m, x));
            }
        }
        return out;
    }
}
