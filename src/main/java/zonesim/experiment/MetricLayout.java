package zonesim.experiment;

import java.util.ArrayList;
import java.util.List;
import zonesim.model.Scenario;

/**
 * The columns recorded per replication for one configuration and the metrics derived
 * from them (SPEC 6 names). Columns per replica: pull down hours, pull outages, push down
 * hours; then global down hours and outages.
 */
public final class MetricLayout {
    static final int PER_REPLICA = 3;
    private static final double MINUTES_PER_YEAR = 525_600;
    private static final double HOURS_PER_YEAR = 8_760;

    private final List<String> replicas;
    private final List<Metric> metrics = new ArrayList<>();
    private final int columns;

    /** The layout for {@code s}. */
    public MetricLayout(Scenario s) {
        replicas = List.copyOf(s.registry().replicas().keySet());
        double h = s.horizonHours();
        int c = 0;
        for (String r : replicas) {
            String p = "replicas." + r + ".";
            metrics.add(Metric.mean(p + "availability", c, 1, -1 / h));
            metrics.add(Metric.mean(p + "push_availability", c + 2, 1, -1 / h));
            metrics.add(Metric.mean(p + "downtime_minutes_per_year", c, 0, MINUTES_PER_YEAR / h));
            metrics.add(Metric.mean(p + "outages_per_year", c + 1, 0, HOURS_PER_YEAR / h));
            metrics.add(Metric.ratio(p + "mean_outage_minutes", c, c + 1, 60));
            c += PER_REPLICA;
        }
        int g = c;
        metrics.add(Metric.mean("global.availability", g, 1, -1 / h));
        metrics.add(Metric.mean("global.downtime_minutes_per_year", g, 0, MINUTES_PER_YEAR / h));
        metrics.add(Metric.mean("global.outages_per_year", g + 1, 0, HOURS_PER_YEAR / h));
        metrics.add(Metric.ratio("global.mean_outage_minutes", g, g + 1, 60));
        int home = replicas.indexOf(s.registry().home());
        metrics.add(Metric.mean("control_plane.availability", home * PER_REPLICA, 1, -1 / h));
        columns = g + 2;
    }

    /** Replica regions in column order. */
    public List<String> replicas() {
        return replicas;
    }

    /** Metrics in report order. */
    public List<Metric> metrics() {
        return metrics;
    }

    /** Number of raw columns. */
    public int columns() {
        return columns;
    }

    /** First column of replica {@code index}. */
    static int replicaColumn(int index) {
        return index * PER_REPLICA;
    }

    /** First global column. */
    int globalColumn() {
        return replicas.size() * PER_REPLICA;
    }
}
