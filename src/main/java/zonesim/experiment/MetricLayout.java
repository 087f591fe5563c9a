package zonesim.experiment;

import java.util.ArrayList;
import java.util.List;
import zonesim.model.ClientSpec;
import zonesim.model.ReplicaSpec;
import zonesim.model.Scenario;
import zonesim.registry.ChangePlan;

/**
 * The columns recorded per replication for one configuration and the metrics derived
 * from them (SPEC 6 names). One block of base columns per window: the whole horizon,
 * then each phase between consecutive configuration changes (metrics named
 * {@code phases.<k>.<metric>}). Base columns: per replica pull down hours, pull outages,
 * push down hours; global down hours and outages; per client region pull and push down
 * hours, SLA windows breached and judged; pushes at risk and lost (expected counts).
 * A replica's figures cover only the time it serves (it may be added or removed).
 */
public final class MetricLayout {
    static final int PER_REPLICA = 3;
    static final int PER_CLIENT = 4;
    private static final double MINUTES_PER_YEAR = 525_600;
    private static final double HOURS_PER_YEAR = 8_760;

    private final List<String> replicas = new ArrayList<>();
    private final List<String> clients;
    private final List<Metric> metrics = new ArrayList<>();
    private final int globalColumn;
    private final int clientColumn;
    private final int dataColumn;
    private final int base;
    private final double[] windowStarts;
    private final double[] windowEnds;

    /** The layout for {@code s} whose timeline {@code plan} is already replayed. */
    public MetricLayout(Scenario s, ChangePlan plan) {
        for (ReplicaSpec r : plan.replicas()) {
            replicas.add(r.region());
        }
        clients = List.copyOf(s.clients().keySet());
        globalColumn = replicas.size() * PER_REPLICA;
        clientColumn = globalColumn + 2;
        dataColumn = clientColumn + clients.size() * PER_CLIENT;
        base = dataColumn + 2;
        double[] b = plan.boundaries();
        int windows = b.length == 0 ? 1 : b.length + 2;
        windowStarts = new double[windows];
        windowEnds = new double[windows];
        windowEnds[0] = s.horizonHours();
        for (int p = 0; p + 1 < windows; p++) {
            windowStarts[p + 1] = p == 0 ? 0 : b[p - 1];
            windowEnds[p + 1] = p < b.length ? b[p] : s.horizonHours();
        }
        for (int w = 0; w < windows; w++) {
            addWindow(s, plan, w == 0 ? "" : "phases." + (w - 1) + ".", w * base, windowStarts[w], windowEnds[w]);
        }
    }

    private void addWindow(Scenario s, ChangePlan plan, String prefix, int off, double from, double to) {
        double h = to - from;
        for (int i = 0; i < replicas.size(); i++) {
            double present = plan.presentHours(i, from, to);
            if (present <= 0) {
                continue;
            }
            String p = prefix + "replicas." + replicas.get(i) + ".";
            int c = off + i * PER_REPLICA;
            metrics.add(Metric.mean(p + "availability", c, 1, -1 / present));
            metrics.add(Metric.mean(p + "push_availability", c + 2, 1, -1 / present));
            metrics.add(Metric.mean(p + "downtime_minutes_per_year", c, 0, MINUTES_PER_YEAR / present));
            metrics.add(Metric.mean(p + "outages_per_year", c + 1, 0, HOURS_PER_YEAR / present));
            metrics.add(Metric.ratio(p + "mean_outage_minutes", c, c + 1, 60));
        }
        int g = off + globalColumn;
        metrics.add(Metric.mean(prefix + "global.availability", g, 1, -1 / h));
        metrics.add(Metric.mean(prefix + "global.downtime_minutes_per_year", g, 0, MINUTES_PER_YEAR / h));
        metrics.add(Metric.mean(prefix + "global.outages_per_year", g + 1, 0, HOURS_PER_YEAR / h));
        metrics.add(Metric.ratio(prefix + "global.mean_outage_minutes", g, g + 1, 60));
        int home = off + replicas.indexOf(s.registry().home()) * PER_REPLICA;
        metrics.add(Metric.mean(prefix + "control_plane.availability", home, 1, -1 / h));
        metrics.add(Metric.mean(prefix + "control_plane.downtime_minutes_per_year", home, 0, MINUTES_PER_YEAR / h));
        int c = off + clientColumn;
        for (ClientSpec cl : s.clients().values()) {
            String p = prefix + "clients." + cl.region() + ".";
            metrics.add(Metric.mean(p + "pull.availability", c, 1, -1 / h));
            metrics.add(Metric.mean(p + "pull.downtime_minutes_per_year", c, 0, MINUTES_PER_YEAR / h));
            metrics.add(Metric.mean(p + "pull.failed_requests_per_year", c, 0, cl.pullsPerHour() * HOURS_PER_YEAR / h));
            metrics.add(Metric.mean(p + "push.availability", c + 1, 1, -1 / h));
            metrics.add(Metric.mean(p + "push.failed_requests_per_year", c + 1, 0,
                    cl.pushesPerHour() * HOURS_PER_YEAR / h));
            c += PER_CLIENT;
        }
        for (int i = 0; i < clients.size(); i++) {
            int col = off + clientColumn + i * PER_CLIENT;
            metrics.add(Metric.proportion(prefix + "sla." + clients.get(i) + ".breach_probability", col + 2, col + 3));
        }
        int d = off + dataColumn;
        metrics.add(Metric.mean(prefix + "data.pushes_at_risk_per_year", d, 0, HOURS_PER_YEAR / h));
        metrics.add(Metric.mean(prefix + "data.pushes_lost_per_year", d + 1, 0, HOURS_PER_YEAR / h));
    }

    /** Replica regions in column order (every replica that ever exists). */
    public List<String> replicas() {
        return replicas;
    }

    /** Client regions in column order. */
    public List<String> clients() {
        return clients;
    }

    /** Metrics in report order: whole horizon, then per phase. */
    public List<Metric> metrics() {
        return metrics;
    }

    /** Number of raw columns (all windows). */
    public int columns() {
        return base * windowStarts.length;
    }

    /** Base columns per window. */
    int baseColumns() {
        return base;
    }

    /** Phase boundaries (ends of all windows but the whole horizon and the last phase). */
    double[] phaseEnds() {
        double[] e = new double[Math.max(0, windowEnds.length - 2)];
        System.arraycopy(windowEnds, 1, e, 0, e.length);
        return e;
    }

    /** Number of phases (0 when nothing changes). */
    public int phases() {
        return windowStarts.length - 1;
    }

    /** Start hour of phase {@code p}. */
    public double phaseStart(int p) {
        return windowStarts[p + 1];
    }

    /** End hour of phase {@code p}. */
    public double phaseEnd(int p) {
        return windowEnds[p + 1];
    }

    /** First column of replica {@code index} in the whole-horizon block. */
    public static int replicaColumn(int index) {
        return index * PER_REPLICA;
    }

    /** First global column. */
    int globalColumn() {
        return globalColumn;
    }

    /** First column of client {@code index}. */
    public int clientColumn(int index) {
        return clientColumn + index * PER_CLIENT;
    }

    /** The at-risk column; the lost column follows. */
    int dataColumn() {
        return dataColumn;
    }
}
