package zonesim.experiment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import zonesim.metrics.Interval;

/**
 * Paired differences between every two configurations of a study, for chosen metrics
 * (the comparisons of {@link StudyRunner} are against the baseline only; a what-if study
 * asks where any two configurations change places). Fed as the runner's record writer:
 * the writer sees each replication's configurations in order, so once the last has been
 * seen the replication's records are paired, on common random numbers, exactly as the
 * baseline comparisons are ({@link Accumulators.Difference}).
 */
public final class PairedDifferences implements StudyRunner.RecordWriter {
    private final List<String> configurations;
    private final List<String> metrics;
    private final Map<String, Integer> position = new HashMap<>();
    private final Accumulators.Difference[][][] differences;
    private final double[][] current;

    /** Differences of {@code metrics} between every two of {@code configurations} (in study order, with their catalogs). */
    public PairedDifferences(List<String> configurations, List<MetricCatalog> catalogs, List<String> metrics) {
        this.configurations = List.copyOf(configurations);
        this.metrics = List.copyOf(metrics);
        int k = configurations.size();
        differences = new Accumulators.Difference[k][k][metrics.size()];
        current = new double[k][];
        for (int a = 0; a < k; a++) {
            position.put(configurations.get(a), a);
            for (int b = a + 1; b < k; b++) {
                for (int m = 0; m < metrics.size(); m++) {
                    Metric ma = find(catalogs.get(a), metrics.get(m));
                    Metric mb = find(catalogs.get(b), metrics.get(m));
                    if (ma != null && mb != null) {
                        differences[a][b][m] = new Accumulators.Difference(ma, mb);
                    }
                }
            }
        }
    }

    @Override
    public void write(String configuration, MetricCatalog catalog, int index, Observation observation) {
        Integer c = position.get(configuration);
        if (c == null) {
            return;
        }
        current[c] = observation.record();
        if (c != configurations.size() - 1) {
            return;
        }
        for (int a = 0; a < current.length; a++) {
            for (int b = a + 1; b < current.length; b++) {
                for (Accumulators.Difference d : differences[a][b]) {
                    if (d != null) {
                        d.add(current[a], current[b]);
                    }
                }
            }
        }
    }

    /** The paired difference {@code a - b} of {@code metric}, or undefined when either lacks the metric. */
    public Interval difference(String a, String b, String metric, double confidence) {
        int i = position.get(a);
        int j = position.get(b);
        int m = metrics.indexOf(metric);
        if (i == j || m < 0) {
            return i == j ? new Interval(0, 0, 0, 0, 0) : Interval.undefined(0);
        }
        Accumulators.Difference d = i < j ? differences[i][j][m] : differences[j][i][m];
        if (d == null) {
            return Interval.undefined(0);
        }
        Interval x = d.interval(confidence);
        return i < j ? x : new Interval(-x.mean(), -x.high(), -x.low(), x.halfWidth(), x.n());
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
