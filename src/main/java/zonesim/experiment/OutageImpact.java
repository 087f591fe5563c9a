package zonesim.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import zonesim.metrics.Interval;
import zonesim.metrics.Moments;
import zonesim.model.ClientSpec;
import zonesim.model.OutageSpec;
import zonesim.model.Scenario;

/**
 * Outage drills: the downtime each injected outage causes beyond what the random failures
 * cause, for every configuration. Each configuration is simulated again without that
 * outage on the same random streams (in the same pass, replication by replication), and
 * the per-replication differences in down minutes of every replica and client region, and
 * in failed pulls and pushes (totals over the horizon: what one run of the drill costs),
 * are estimated with paired Student-t intervals.
 */
public final class OutageImpact {
    /** Extra down minutes, failed pulls and failed pushes one outage causes in one configuration. */
    public record Impact(String configuration, OutageSpec outage, Map<String, Interval> replicaMinutes,
                         Map<String, Interval> clientMinutes, Map<String, Interval> clientFailedPulls,
                         Map<String, Interval> clientFailedPushes) { }

    /** One drill: configuration {@code config} (its run index) without outage {@code outage} (the drill's run index). */
    record Drill(int config, String name, Scenario scenario, OutageSpec outage, int run) { }

    private final Drill drill;
    private final MetricCatalog catalog;
    private final List<String> labels = new ArrayList<>();
    private final List<int[]> slots = new ArrayList<>(); // {slot, kind: 0 replica min, 1 client min, 2 pulls, 3 pushes}
    private final List<Double> factors = new ArrayList<>();
    private final List<Moments> moments = new ArrayList<>();

    OutageImpact(Drill drill, MetricCatalog catalog) {
        this.drill = drill;
        this.catalog = catalog;
        for (int i = 0; i < catalog.replicas().size(); i++) {
            item(catalog.replicas().get(i), catalog.replicaSlots(i).pullDown(), 0, 60);
        }
        for (int i = 0; i < catalog.clients().size(); i++) {
            String c = catalog.clients().get(i);
            ClientSpec cl = drill.scenario().clients().get(c);
            Slots.Client s = catalog.clientSlots(i);
            item(c, s.pullDown(), 1, 60);
            item(c, s.pullDown(), 2, cl.pullsPerHour());
            item(c, s.pushDown(), 3, cl.pushesPerHour());
        }
    }

    private void item(String label, int slot, int kind, double factor) {
        labels.add(label);
        slots.add(new int[] {slot, kind});
        factors.add(factor);
        moments.add(new Moments(1));
    }

    /** Every drill of the configurations {@code configs} (run indices 0..n-1); drill runs are numbered from {@code n}. */
    static List<Drill> drills(List<String> names, List<Scenario> configs) {
        List<Drill> out = new ArrayList<>();
        int run = configs.size();
        for (int c = 0; c < configs.size(); c++) {
            Scenario s = configs.get(c);
            for (int k = 0; k < s.outages().size(); k++) {
                List<OutageSpec> rest = new ArrayList<>(s.outages());
                OutageSpec o = rest.remove(k);
                out.add(new Drill(c, names.get(c), s.withOutages(rest), o, run++));
            }
        }
        return out;
    }

    Drill drill() {
        return drill;
    }

    /** Adds one replication: the configuration's record with the outage, and without it. */
    void add(double[] with, double[] without) {
        for (int k = 0; k < slots.size(); k++) {
            int slot = slots.get(k)[0];
            moments.get(k).add((with[slot] - without[slot]) * factors.get(k));
        }
    }

    /** The drill's intervals. */
    Impact impact(double confidence) {
        Map<String, Interval> replicas = new LinkedHashMap<>();
        Map<String, Interval> clients = new LinkedHashMap<>();
        Map<String, Interval> pulls = new LinkedHashMap<>();
        Map<String, Interval> pushes = new LinkedHashMap<>();
        List<Map<String, Interval>> sinks = List.of(replicas, clients, pulls, pushes);
        for (int k = 0; k < slots.size(); k++) {
            Moments m = moments.get(k);
            sinks.get(slots.get(k)[1]).put(labels.get(k),
                    Interval.studentT(m.mean(0), m.covariance(0, 0), m.n(), confidence));
        }
        return new Impact(drill.name(), drill.outage(), replicas, clients, pulls, pushes);
    }

    /** The catalog of the drilled configuration. */
    MetricCatalog catalog() {
        return catalog;
    }
}
