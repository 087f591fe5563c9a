package zonesim.whatif;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import zonesim.experiment.Metric;
import zonesim.metrics.Interval;
import zonesim.metrics.Measure;
import zonesim.model.Scenario;
import zonesim.model.WhatIf;
import zonesim.random.StreamKeys;
import zonesim.scenario.ScenarioDocument;
import zonesim.scenario.ScenarioException;

/**
 * Runs an uncertainty study (SPEC 9): draws the worlds by Latin hypercube from the scenario
 * seed, loads the scenario in each (every uncertain value at its draw), evaluates every
 * configuration, and summarises each metric over the worlds.
 */
public final class UncertaintyRunner {
    /** Worlds when the study does not say: many when every value is exact (instant), fewer when simulating. */
    static final int EXACT_WORLDS = 1000;
    static final int SIMULATED_WORLDS = 100;

    private UncertaintyRunner() { }

    /** Runs {@code u} of {@code doc}; {@code worlds} (may be null) overrides the study's count. */
    public static UncertaintyResult run(ScenarioDocument doc, WhatIf.Uncertainty u, Integer worlds,
                                        Evaluator.Options options) throws ScenarioException {
        long start = System.nanoTime();
        WhatIf.Settings s = u.settings();
        if (u.parameters().isEmpty()) {
            throw Problems.at(s.origin(), "no value is uncertain: write one as, for example, "
                    + "mttf: { uncertain: { loguniform: [2y, 10y] } }");
        }
        Evaluator ev = Evaluator.of(doc, s, s.metrics(), options);
        Scenario nominal = doc.loaded().study().baseline();
        long seed = options.seed() != null ? options.seed() : nominal.seed();
        int n = worlds != null ? worlds : u.worlds() > 0 ? u.worlds()
                : ev.exactAtNominal() ? EXACT_WORLDS : SIMULATED_WORLDS;
        int k = u.parameters().size();
        double[][] unit = LatinHypercube.sample(n, k, StreamKeys.latinHypercube(seed));
        double[][] draws = new double[n][k];
        List<List<WhatIf.Setting>> points = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<WhatIf.Setting> world = new ArrayList<>();
            for (int j = 0; j < k; j++) {
                WhatIf.Uncertain p = u.parameters().get(j);
                draws[i][j] = p.law().quantile(unit[i][j]);
                world.add(new WhatIf.Setting(p.parameter(), draws[i][j]));
            }
            points.add(world);
        }
        Evaluator.Evaluation e = ev.evaluate(points);
        Map<String, Metric> metrics = SweepRunner.metrics(ev);
        Map<String, UncertaintyResult.Summary> summaries = new LinkedHashMap<>();
        for (String m : s.metrics()) {
            summaries.put(m, summary(e.points(), ev.configurations(), m, metrics.get(m).measure(), draws, u,
                    nominal.confidence()));
        }
        return new UncertaintyResult(nominal.name(), seed, u, ev.configurations(), metrics, draws, e, summaries,
                nominal.confidence(), options.threads(), (System.nanoTime() - start) / 1e9);
    }

    private static UncertaintyResult.Summary summary(List<Point> worlds, List<String> configs, String m,
                                                     Measure measure, double[][] draws, WhatIf.Uncertainty u,
                                                     double confidence) {
        int n = worlds.size();
        Map<String, UncertaintyResult.Spread> spread = new LinkedHashMap<>();
        Map<String, Map<String, Double>> drivers = new LinkedHashMap<>();
        for (String c : configs) {
            double[] v = worlds.stream().mapToDouble(p -> p.cell(c, m).value()).toArray();
            if (Arrays.stream(v).anyMatch(Double::isNaN)) {
                continue;
            }
            double halfWidth = worlds.stream().mapToDouble(p -> (p.cell(c, m).high() - p.cell(c, m).low()) / 2)
                    .average().orElse(0);
            spread.put(c, spread(v, halfWidth));
            Map<String, Double> rho = new LinkedHashMap<>();
            for (int j = 0; j < u.parameters().size(); j++) {
                int col = j;
                double[] x = Arrays.stream(draws).mapToDouble(row -> row[col]).toArray();
                double r = constant(v) || constant(x) ? Double.NaN : new SpearmansCorrelation().correlation(x, v);
                rho.put(u.parameters().get(j).parameter().path(), r);
            }
            drivers.put(c, rho);
        }
        List<String> have = new ArrayList<>(spread.keySet());
        Map<String, Double> bestShare = new LinkedHashMap<>();
        Map<String, Double> clear = new LinkedHashMap<>();
        Map<String, Map<String, Double>> wins = new LinkedHashMap<>();
        have.forEach(c -> {
            bestShare.put(c, 0.0);
            clear.put(c, 0.0);
            Map<String, Double> row = new LinkedHashMap<>();
            have.forEach(b -> row.put(b, 0.0));
            wins.put(c, row);
        });
        if (measure.better() != Measure.Better.NEITHER) {
            for (Point p : worlds) {
                tally(p, have, m, measure, bestShare, clear, wins);
            }
        }
        Map<String, Interval> best = new LinkedHashMap<>();
        bestShare.forEach((c, k) -> best.put(c, Interval.wilson(k / n, n, n, confidence)));
        clear.replaceAll((c, k) -> k / n);
        wins.values().forEach(row -> row.replaceAll((b, k) -> k / n));
        return new UncertaintyResult.Summary(spread, best, clear, wins, drivers);
    }

    /** Adds world {@code p}: the best (ties shared), the clearly best, and every pairwise win. */
    private static void tally(Point p, List<String> have, String m, Measure measure, Map<String, Double> best,
                              Map<String, Double> clear, Map<String, Map<String, Double>> wins) {
        Best b = Best.at(p, have, m, measure);
        double top = p.cell(b.configuration(), m).value();
        List<String> tied = have.stream().filter(c -> p.cell(c, m).value() == top).toList();
        tied.forEach(c -> best.merge(c, 1.0 / tied.size(), Double::sum));
        if (b.clear() && tied.size() == 1) {
            clear.merge(b.configuration(), 1.0, Double::sum);
        }
        for (String x : have) {
            for (String y : have) {
                double vx = p.cell(x, m).value();
                double vy = p.cell(y, m).value();
                double w = Best.better(vx, vy, measure) ? 1 : vx == vy && !x.equals(y) ? 0.5 : 0;
                wins.get(x).merge(y, w, Double::sum);
            }
        }
    }

    private static UncertaintyResult.Spread spread(double[] v, double meanHalfWidth) {
        Percentile q = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        q.setData(v);
        double mean = Arrays.stream(v).average().orElse(Double.NaN);
        return new UncertaintyResult.Spread(mean, q.evaluate(50), q.evaluate(5), q.evaluate(95),
                Arrays.stream(v).min().orElse(Double.NaN), Arrays.stream(v).max().orElse(Double.NaN), meanHalfWidth);
    }

    private static boolean constant(double[] v) {
        return Arrays.stream(v).allMatch(x -> x == v[0]);
    }
}
