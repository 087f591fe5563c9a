package zonesim.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import zonesim.metrics.DurationHistogram;
import zonesim.metrics.Interval;
import zonesim.model.Study;

/**
 * One study's estimators during a pass: fed each replication of every run in index order
 * ({@link #accept}), they stream its records into the estimates, the paired differences
 * with the baseline, the drills and the outage-duration histograms, and to an optional
 * per-replication writer; then {@link #result} summarises.
 */
final class StudyPass implements Experiment.Sink {
    private final Study study;
    private final RunPlan plan;
    private final StudyRunner.RecordWriter writer;
    private final List<OutageImpact> drills = new ArrayList<>();
    private final List<Map<String, Accumulators.Estimate>> estimates = new ArrayList<>();
    private final List<List<Accumulators.Difference>> differences = new ArrayList<>();
    private final List<DurationHistogram[]> histograms = new ArrayList<>();
    private long events;

    StudyPass(Study study, StudyRunner.RecordWriter writer) {
        this.study = study;
        this.plan = RunPlan.of(study);
        this.writer = writer;
        List<PreparedConfiguration> runs = plan.runs();
        for (OutageImpact.Drill d : plan.drills()) {
            drills.add(new OutageImpact(d, runs.get(d.run()).catalog()));
        }
        for (int c = 0; c < plan.names().size(); c++) {
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
    }

    /** The runs, in the order their observations arrive. */
    RunPlan plan() {
        return plan;
    }

    @Override
    public void accept(int index, Observation[] obs) {
        List<String> names = plan.names();
        for (int c = 0; c < names.size(); c++) {
            double[] record = obs[c].record();
            for (Accumulators.Estimate e : estimates.get(c).values()) {
                e.add(record);
            }
            for (Accumulators.Difference d : differences.get(c)) {
                d.add(record, obs[0].record());
            }
            for (int k = 0; k < histograms.get(c).length; k++) {
                histograms.get(c)[k].addAll(obs[c].outageDurations()[k]);
            }
            if (writer != null) {
                writer.write(names.get(c), plan.runs().get(c).catalog(), index, obs[c]);
            }
        }
        for (Observation o : obs) {
            events += o.events();
        }
        for (OutageImpact d : drills) {
            d.add(obs[d.drill().config()].record(), obs[d.drill().run()].record());
        }
    }

    /** The study's result; {@code stats} describe the pass it was part of. */
    StudyResult result(Experiment.Stats stats) {
        double conf = study.baseline().confidence();
        List<String> names = plan.names();
        Map<String, Map<String, Interval>> est = new LinkedHashMap<>();
        List<Summary.Comparison> cmp = new ArrayList<>();
        List<StudyResult.ConfigurationRun> configurationRuns = new ArrayList<>();
        for (int c = 0; c < names.size(); c++) {
            Map<String, Interval> m = new LinkedHashMap<>();
            estimates.get(c).forEach((name, e) -> m.put(name, e.interval(conf)));
            est.put(names.get(c), m);
            for (Accumulators.Difference d : differences.get(c)) {
                cmp.add(new Summary.Comparison(names.get(c), d.metricName(), d.interval(conf)));
            }
            configurationRuns.add(new StudyResult.ConfigurationRun(names.get(c), plan.runs().get(c),
                    histograms.get(c)));
        }
        List<OutageImpact.Impact> impacts = drills.stream().map(d -> d.impact(conf)).toList();
        return new StudyResult(study, configurationRuns, new Summary(est, cmp, impacts), events, stats.threads(),
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
