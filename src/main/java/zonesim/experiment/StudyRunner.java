package zonesim.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import zonesim.metrics.DurationHistogram;
import zonesim.metrics.Interval;
import zonesim.model.Scenario;
import zonesim.model.Study;

/**
 * Runs a study in one pass: every configuration and every outage drill on common random
 * numbers, each replication's records streamed into the estimators, the paired
 * differences, the drills and the outage-duration histograms, and to an optional
 * per-replication writer. Memory is flat in the number of replications.
 */
public final class StudyRunner {
    /** Receives each configuration's record of each replication, in replication order. */
    @FunctionalInterface
    public interface RecordWriter {
        /** Replication {@code index} of configuration {@code configuration}. */
        void write(String configuration, MetricCatalog catalog, int index, Observation observation);
    }

    private StudyRunner() { }

    /** Runs {@code study} without writing per-replication records. */
    public static StudyResult run(Study study, int threads, IntConsumer progress) {
        return run(study, threads, progress, null);
    }

    /** Runs {@code study}; {@code writer} (may be null) sees every configuration's records. */
    public static StudyResult run(Study study, int threads, IntConsumer progress, RecordWriter writer) {
        List<Study.Configuration> configs = study.configurations();
        List<String> names = configs.stream().map(Study.Configuration::name).toList();
        List<Scenario> scenarios = configs.stream().map(Study.Configuration::scenario).toList();
        List<PreparedConfiguration> runs = new ArrayList<>();
        scenarios.forEach(s -> runs.add(PreparedConfiguration.of(s)));
        List<OutageImpact> drills = new ArrayList<>();
        for (OutageImpact.Drill d : OutageImpact.drills(names, scenarios)) {
            PreparedConfiguration p = PreparedConfiguration.of(d.scenario());
            runs.add(p);
            drills.add(new OutageImpact(d, p.catalog()));
        }
        double conf = study.baseline().confidence();
        List<Map<String, Accumulators.Estimate>> estimates = new ArrayList<>();
        List<List<Accumulators.Difference>> differences = new ArrayList<>();
        List<DurationHistogram[]> histograms = new ArrayList<>();
        for (int c = 0; c < configs.size(); c++) {
            Map<String, Accumulators.Estimate> est = new LinkedHashMap<>();
            List<Accumulators.Difference> diff = new ArrayList<>();
            for (Metric m : runs.get(c).catalog().metrics()) {
                est.put(m.name(), new Accumulators.Estimate(m));
                Metric base = c == 0 ? null : find(runs.get(0).catalog(), m.name());
                if (base != null) {
                    diff.add(new Accumulators.Difference(m, base));
                }
            }
            estimates.add(est);
            differences.add(diff);
            DurationHistogram[] h = new DurationHistogram[1 + runs.get(c).catalog().replicas().size()];
            for (int k = 0; k < h.length; k++) {
                h[k] = new DurationHistogram();
            }
            histograms.add(h);
        }
        long[] events = {0};
        Experiment.Stats stats = Experiment.run(runs, study.baseline().replications(), threads, progress, (i, obs) -> {
            for (int c = 0; c < configs.size(); c++) {
                double[] record = obs[c].record();
                estimates.get(c).values().forEach(e -> e.add(record));
                for (Accumulators.Difference d : differences.get(c)) {
                    d.add(record, obs[0].record());
                }
                for (int k = 0; k < histograms.get(c).length; k++) {
                    histograms.get(c)[k].addAll(obs[c].outageDurations()[k]);
                }
                if (writer != null) {
                    writer.write(names.get(c), runs.get(c).catalog(), i, obs[c]);
                }
            }
            for (Observation o : obs) {
                events[0] += o.events();
            }
            for (OutageImpact d : drills) {
                d.add(obs[d.drill().config()].record(), obs[d.drill().run()].record());
            }
        });
        Map<String, Map<String, Interval>> est = new LinkedHashMap<>();
        List<Summary.Comparison> cmp = new ArrayList<>();
        List<StudyResult.ConfigurationRun> configurationRuns = new ArrayList<>();
        for (int c = 0; c < configs.size(); c++) {
            Map<String, Interval> m = new LinkedHashMap<>();
            estimates.get(c).forEach((name, e) -> m.put(name, e.interval(conf)));
            est.put(names.get(c), m);
            for (Accumulators.Difference d : differences.get(c)) {
                cmp.add(new Summary.Comparison(names.get(c), d.metricName(), d.interval(conf)));
            }
            configurationRuns.add(new StudyResult.ConfigurationRun(names.get(c), runs.get(c), histograms.get(c)));
        }
        List<OutageImpact.Impact> impacts = drills.stream().map(d -> d.impact(conf)).toList();
        return new StudyResult(study, configurationRuns, new Summary(est, cmp, impacts), events[0], stats.threads(),
                stats.wallSeconds());
    }

    private static Metric find(MetricCatalog c, String name) {
        for (Metric m : c.metrics()) {
            if (m.name().equals(name)) {
                return m;
            }
        }
        return null;
    }
}
