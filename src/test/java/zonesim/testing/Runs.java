package zonesim.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import zonesim.experiment.Metric;
import zonesim.experiment.MetricCatalog;
import zonesim.experiment.Observation;
import zonesim.experiment.StudyResult;
import zonesim.experiment.StudyRunner;
import zonesim.metrics.Interval;
import zonesim.model.Scenario;
import zonesim.model.Study;

/** Runs scenarios in tests. */
public final class Runs {
    private Runs() { }

    /** A run whose per-replication records were kept (tests only: the product streams them). */
    public record Collected(StudyResult result, Map<String, List<Observation>> records,
                            Map<String, MetricCatalog> catalogs) {
        /** Per-replication values of {@code metric} in {@code configuration}, in replication order. */
        public double[] values(String configuration, String metric) {
            Metric m = catalogs.get(configuration).metrics().stream().filter(x -> x.name().equals(metric))
                    .findFirst().orElseThrow(() -> new IllegalArgumentException("no metric " + metric));
            return records.get(configuration).stream().mapToDouble(o -> m.value(o.record())).toArray();
        }

        /** The estimate of {@code metric} in {@code configuration}. */
        public Interval estimate(String configuration, String metric) {
            return result.summary().estimates().get(configuration).get(metric);
        }
    }

    /** A study with only the baseline. */
    public static Study study(Scenario s) {
        return new Study("test.yaml", List.of(new Study.Configuration("baseline", s)));
    }

    /** Runs {@code s} on {@code threads} threads. */
    public static StudyResult run(Scenario s, int threads) {
        return StudyRunner.run(study(s), threads, i -> { });
    }

    /** Runs {@code study} keeping every configuration's records. */
    public static Collected collect(Study study, int threads) {
        Map<String, List<Observation>> records = new LinkedHashMap<>();
        Map<String, MetricCatalog> catalogs = new LinkedHashMap<>();
        StudyResult r = StudyRunner.run(study, threads, i -> { }, (config, catalog, index, o) -> {
            records.computeIfAbsent(config, k -> new ArrayList<>()).add(o);
            catalogs.putIfAbsent(config, catalog);
        });
        return new Collected(r, records, catalogs);
    }

    /** Runs {@code s} keeping its records. */
    public static Collected collect(Scenario s, int threads) {
        return collect(study(s), threads);
    }

    /** The estimate of {@code metric} for the baseline of {@code s}. */
    public static Interval estimate(Scenario s, String metric) {
        StudyResult r = run(s, 2);
        return r.summary().estimates().get("baseline").get(metric);
    }
}
