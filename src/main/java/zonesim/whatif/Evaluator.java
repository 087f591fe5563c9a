package zonesim.whatif;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import zonesim.exact.ExactEngine;
import zonesim.exact.ExactMetrics;
import zonesim.experiment.MetricCatalog;
import zonesim.experiment.PairedDifferences;
import zonesim.experiment.Replicator;
import zonesim.experiment.StudyResult;
import zonesim.experiment.StudyRunner;
import zonesim.metrics.Interval;
import zonesim.model.Scenario;
import zonesim.model.Study;
import zonesim.model.WhatIf;
import zonesim.scenario.ScenarioDocument;
import zonesim.scenario.ScenarioException;

/**
 * Evaluates the chosen configurations and metrics at a list of points. Every point is
 * loaded first (so a bad value stops the study before anything runs), then evaluated
 * exactly (SPEC 7) in parallel; a metric that lacks an exact value at some point or
 * configuration (method auto), or every metric (method simulate), is then simulated point
 * by point, every configuration on common random numbers with the same seed at every
 * point, so that curves are smooth and paired differences sharp. The points are simulated
 * {@link #POINTS_PER_PASS} at a time in one pass of the options' {@link Replicator} (local
 * threads, or a cluster whose tasks rebuild each point from its {@link PointSource}).
 * Results are identical for any thread count and either replicator: exact values are pure
 * functions of the point, and each point's replications are combined in index order.
 */
public final class Evaluator {
    /** Hears how many simulated replications (over all points) are done. */
    @FunctionalInterface
    public interface Listener {
        /** {@code done} of {@code total} replications simulated. */
        void simulated(long done, long total);
    }

    /**
     * How to run: threads for the work done here (loading points, exact values), where the
     * replications are computed, and the command line's replications and seed (null: the
     * study's, then the scenario's).
     */
    public record Options(int threads, Replicator replicator, Integer replications, Long seed, Listener listener) {
        /** Exact or quick runs on local threads: no overrides, no progress. */
        public static Options quiet(int threads) {
            return new Options(threads, Replicator.local(threads), null, null, (d, t) -> { });
        }
    }

    /** Points simulated in one pass of the replicator (a cluster spreads a pass's points over its cores). */
    static final int POINTS_PER_PASS = 64;

    /** What a study computed: the points, which metrics are exact throughout, and the simulation's size and time. */
    public record Evaluation(List<Point> points, Set<String> exactMetrics, int replications, long events,
                             double simulationSeconds) {
        /** True when some values come from simulation. */
        public boolean simulated() {
            return replications > 0;
        }
    }

    private final ScenarioDocument doc;
    private final List<String> configurations;
    private final List<String> metrics;
    private final WhatIf.Settings settings;
    private final Options options;
    private final Map<String, MetricCatalog> catalogs = new LinkedHashMap<>();

    private Evaluator(ScenarioDocument doc, List<String> configurations, List<String> metrics,
                      WhatIf.Settings settings, Options options) {
        this.doc = doc.only(new LinkedHashSet<>(configurations));
        this.configurations = List.copyOf(configurations);
        this.metrics = List.copyOf(metrics);
        this.settings = settings;
        this.options = options;
    }

    /** An evaluator of {@code metrics} (checked against the scenario) under {@code settings}. */
    public static Evaluator of(ScenarioDocument doc, WhatIf.Settings settings, List<String> metrics, Options options)
            throws ScenarioException {
        Study nominal = doc.loaded().study();
        List<String> configs = settings.configurations().isEmpty()
                ? nominal.configurations().stream().map(Study.Configuration::name).toList() : settings.configurations();
        Evaluator e = new Evaluator(doc, configs, metrics, settings, options);
        for (Study.Configuration c : nominal.configurations()) {
            if (configs.contains(c.name())) {
                e.catalogs.put(c.name(), MetricCatalog.of(c.scenario()));
            }
        }
        Problems.checkMetrics(settings.origin(), metrics, e.catalogs.values());
        return e;
    }

    /** The configurations evaluated, in file order. */
    public List<String> configurations() {
        return configurations;
    }

    /** The metrics evaluated. */
    public List<String> metrics() {
        return metrics;
    }

    /** The catalog of configuration {@code c} (nominal values), for the metrics' meaning. */
    public MetricCatalog catalog(String c) {
        return catalogs.get(c);
    }

    /** Evaluates every point. */
    public Evaluation evaluate(List<List<WhatIf.Setting>> points) throws ScenarioException {
        List<Study> studies = Parallel.map(points.size(), options.threads(), i -> doc.study(points.get(i)));
        List<Map<String, Map<String, Double>>> exact = Parallel.map(points.size(), options.threads(),
                i -> exact(studies.get(i)));
        Set<String> exactMetrics = new LinkedHashSet<>();
        for (String m : metrics) {
            if (settings.method() != WhatIf.Method.SIMULATE && exactEverywhere(m, studies, exact)) {
                exactMetrics.add(m);
            }
        }
        boolean simulate = exactMetrics.size() < metrics.size();
        List<StudyResult> runs = new ArrayList<>();
        List<PairedDifferences> pairs = new ArrayList<>();
        int reps = 0;
        long events = 0;
        double seconds = 0;
        if (simulate) {
            reps = replications(studies.get(0));
            long total = (long) reps * points.size();
            for (int from = 0; from < points.size(); from += POINTS_PER_PASS) {
                List<StudyRunner.Job> jobs = new ArrayList<>();
                for (int i = from; i < Math.min(points.size(), from + POINTS_PER_PASS); i++) {
                    Study s = withRun(studies.get(i), reps, options.seed());
                    List<String> names = s.configurations().stream().map(Study.Configuration::name).toList();
                    PairedDifferences p = new PairedDifferences(names, s.configurations().stream()
                            .map(c -> MetricCatalog.of(c.scenario())).toList(), metrics);
                    jobs.add(new StudyRunner.Job(s, new PointSource(doc.source(), configurations, points.get(i), reps,
                            options.seed()), p));
                    pairs.add(p);
                }
                long before = (long) from * reps;
                List<StudyResult> pass = StudyRunner.runAll(jobs, options.replicator(),
                        done -> options.listener().simulated(before + done, total));
                runs.addAll(pass);
                events += pass.stream().mapToLong(StudyResult::events).sum();
                seconds += pass.get(0).wallSeconds(); // each result carries the whole pass's time
            }
        }
        List<Point> out = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            out.add(point(points.get(i), exact.get(i), exactMetrics, simulate ? runs.get(i) : null,
                    simulate ? pairs.get(i) : null, studies.get(i).baseline().confidence()));
        }
        return new Evaluation(out, exactMetrics, reps, events, seconds);
    }

    /** True when the method allows exact values and, at the nominal values, every metric has one wherever it exists. */
    public boolean exactAtNominal() {
        if (settings.method() == WhatIf.Method.SIMULATE) {
            return false;
        }
        Map<String, Map<String, Double>> e = exact(doc.loaded().study());
        return metrics.stream().allMatch(m -> configurations.stream()
                .allMatch(c -> !Problems.has(catalogs.get(c), m) || e.get(c).containsKey(m)));
    }

    /** Exact values by configuration and metric of the study at {@code settings} (for refining crossovers). */
    public Map<String, Map<String, Double>> exactAt(List<WhatIf.Setting> point) throws ScenarioException {
        return exact(doc.study(point));
    }

    private Map<String, Map<String, Double>> exact(Study s) {
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        for (Study.Configuration c : s.configurations()) {
            if (configurations.contains(c.name())) {
                out.put(c.name(), ExactMetrics.of(c.scenario()));
            }
        }
        return out;
    }

    /** True when every configuration that has {@code metric} has an exact value of it at every point; else explains for method exact. */
    private boolean exactEverywhere(String metric, List<Study> studies, List<Map<String, Map<String, Double>>> exact)
            throws ScenarioException {
        for (int i = 0; i < studies.size(); i++) {
            for (String c : configurations) {
                if (Problems.has(catalogs.get(c), metric) && !exact.get(i).get(c).containsKey(metric)) {
                    if (settings.method() == WhatIf.Method.EXACT) {
                        Scenario s = studies.get(i).configurations().stream().filter(x -> x.name().equals(c))
                                .findFirst().orElseThrow().scenario();
                        throw Problems.at(settings.origin(), "method exact: " + metric + " of configuration '" + c
                                + "' has no exact value (" + why(s) + "); use method auto or simulate");
                    }
                    return false;
                }
            }
        }
        return true;
    }

    private static String why(Scenario s) {
        Optional<String> na = ExactEngine.notApplicable(s);
        if (na.isPresent()) {
            return "exact figures do not cover " + na.get();
        }
        return !s.steady() ? "start: fresh is a transient, not the steady state"
                : "SPEC 7 gives exact client figures only with one routable replica, and none for data, SLA or costs";
    }

    private int replications(Study s) {
        if (options.replications() != null) {
            return options.replications();
        }
        return settings.replications() > 0 ? settings.replications() : s.baseline().replications();
    }

    /** {@code s} with {@code reps} replications and, when given, {@code seed} in every configuration. */
    static Study withRun(Study s, int reps, Long seed) {
        List<Study.Configuration> out = new ArrayList<>();
        for (Study.Configuration c : s.configurations()) {
            Scenario x = c.scenario();
            out.add(new Study.Configuration(c.name(), x.withRun(reps, seed != null ? seed : x.seed())));
        }
        return new Study(s.file(), out);
    }

    private Point point(List<WhatIf.Setting> at, Map<String, Map<String, Double>> exact, Set<String> exactMetrics,
                        StudyResult run, PairedDifferences pairs, double confidence) {
        Map<String, Map<String, Cell>> cells = new LinkedHashMap<>();
        for (String c : configurations) {
            Map<String, Cell> row = new LinkedHashMap<>();
            for (String m : metrics) {
                double e = exact.get(c).getOrDefault(m, Double.NaN);
                Interval iv = run == null ? null : run.summary().estimates().get(c).get(m);
                if (!Problems.has(catalogs.get(c), m)) {
                    row.put(m, Cell.MISSING);
                } else if (exactMetrics.contains(m)) {
                    row.put(m, Cell.exact(e));
                } else {
                    row.put(m, new Cell(iv.mean(), iv.low(), iv.high(), e, true));
                }
            }
            cells.put(c, row);
        }
        Map<String, Map<String, Map<String, Interval>>> diffs = new LinkedHashMap<>();
        for (String a : configurations) {
            Map<String, Map<String, Interval>> byB = new LinkedHashMap<>();
            for (String b : configurations) {
                Map<String, Interval> byMetric = new LinkedHashMap<>();
                for (String m : metrics) {
                    Cell ca = cells.get(a).get(m);
                    Cell cb = cells.get(b).get(m);
                    if (!ca.present() || !cb.present()) {
                        byMetric.put(m, Interval.undefined(0));
                    } else if (!ca.simulated() && !cb.simulated()) {
                        double d = ca.value() - cb.value();
                        byMetric.put(m, new Interval(d, d, d, 0, 0));
                    } else {
                        byMetric.put(m, pairs.difference(a, b, m, confidence));
                    }
                }
                byB.put(b, byMetric);
            }
            diffs.put(a, byB);
        }
        return new Point(at, cells, diffs);
    }
}
