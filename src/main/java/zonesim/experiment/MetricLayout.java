package zonesim.experiment;

import java.util.ArrayList;
import java.util.List;
import zonesim.model.ClientSpec;
import zonesim.model.Scenario;

/**
 * The columns recorded per replication for one configuration and the metrics derived
 * from them (SPEC 6 names). Columns: per replica pull down hours, pull outages, push
 * down hours; global down hours and outages; per client region pull and push down hours,
 * SLA windows breached and judged; pushes at risk and lost (expected counts).
 */
public final class MetricLayout {
    static final int PER_REPLICA = 3;
    static final int PER_CLIENT = 4;
    private static final double MINUTES_PER_YEAR = 525_600;
    private static final double HOURS_PER_YEAR = 8_760;

    private final List<String> replicas;
    private final List<String> clients;
    private final List<Metric> metrics = new ArrayList<>();
    private final int globalColumn;
    private final int clientColumn;
    private final int dataColumn;

    /** The layout for {@code s}. */
    public MetricLayout(Scenario s) {
        replicas = List.copyOf(s.registry().replicas().keySet());
        clients = List.copyOf(s.clients().keySet());
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
        globalColumn = c;
        metrics.add(Metric.mean("global.availability", c, 1, -1 / h));
        metrics.add(Metric.mean("global.downtime_minutes_per_year", c, 0, MINUTES_PER_YEAR / h));
        metrics.add(Metric.mean("global.outages_per_year", c + 1, 0, HOURS_PER_YEAR / h));
        metrics.add(Metric.ratio("global.mean_outage_minutes", c, c + 1, 60));
        int home = replicas.indexOf(s.registry().home());
        metrics.add(Metric.mean("control_plane.availability", home * PER_REPLICA, 1, -1 / h));
        metrics.add(Metric.mean("control_plane.downtime_minutes_per_year", home * PER_REPLICA, 0, MINUTES_PER_YEAR / h));
        c += 2;
        clientColumn = c;
        for (ClientSpec cl : s.clients().values()) {
            String p = "clients." + cl.region() + ".";
            metrics.add(Metric.mean(p + "pull.availability", c, 1, -1 / h));
            metrics.add(Metric.mean(p + "pull.downtime_minutes_per_year", c, 0, MINUTES_PER_YEAR / h));
            metrics.add(Metric.mean(p + "pull.failed_requests_per_year", c, 0, cl.pullsPerHour() * HOURS_PER_YEAR / h));
            metrics.add(Metric.mean(p + "push.availability", c + 1, 1, -1 / h));
            metrics.add(Metric.mean(p + "push.failed_requests_per_year", c + 1, 0,
                    cl.pushesPerHour() * HOURS_PER_YEAR / h));
            c += PER_CLIENT;
        }
        for (int i = 0; i < clients.size(); i++) {
            int col = clientColumn + i * PER_CLIENT;
            metrics.add(Metric.proportion("sla." + clients.get(i) + ".breach_probability", col + 2, col + 3));
        }
        dataColumn = c;
        metrics.add(Metric.mean("data.pushes_at_risk_per_year", c, 0, HOURS_PER_YEAR / h));
        metrics.add(Metric.mean("data.pushes_lost_per_year", c + 1, 0, HOURS_PER_YEAR / h));
    }

    /** Replica regions in column order. */
    public List<String> replicas() {
        return replicas;
    }

    /** Client regions in column order. */
    public List<String> clients() {
        return clients;
    }

    /** Metrics in report order. */
    public List<Metric> metrics() {
        return metrics;
    }

    /** Number of raw columns. */
    public int columns() {
        return dataColumn + 2;
    }

    /** First column of replica {@code index}. */
    static int replicaColumn(int index) {
        return index * PER_REPLICA;
    }

    /** First global column. */
    int globalColumn() {
        return globalColumn;
    }

    /** First column of client {@code index}. */
    int clientColumn(int index) {
        return clientColumn + index * PER_CLIENT;
    }

    /** The at-risk column; the lost column follows. */
    int dataColumn() {
        return dataColumn;
    }
}
