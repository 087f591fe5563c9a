package zonesim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import zonesim.model.Scenario;
import zonesim.registry.ReplicaNodes;
import zonesim.registry.SystemInstance;
import zonesim.structure.GateNetwork;

/**
 * The down intervals of every element in one replication, for the timeline chart:
 * regions, zones, datacenters, replica services, replicas (pull) and the any-replica
 * service. Re-simulates that replication (same streams, so the same history as in the
 * run) with a recorder on each node; keeps at most {@code maxIntervals} intervals.
 */
public final class Timeline {
    /** One down interval of an element, in hours. */
    public record Interval(String element, double startHours, double endHours) { }

    private Timeline() { }

    /** Down intervals of replication {@code index} of {@code s}, in start order per element. */
    public static List<Interval> record(Scenario s, int index, int maxIntervals) {
        SystemInstance sys = SystemInstance.build(s, index);
        GateNetwork net = sys.network();
        List<Interval> out = new ArrayList<>();
        List<Recorder> recorders = new ArrayList<>();
        for (Map.Entry<String, Integer> e : sys.elements().entrySet()) {
            String path = e.getKey();
            if (path.chars().filter(c -> c == '/').count() <= 2) { // regions, zones, datacenters, replica services
                recorders.add(attach(net, path, e.getValue(), out, maxIntervals));
            }
        }
        for (ReplicaNodes r : sys.replicas().values()) {
            recorders.add(attach(net, "replica " + r.region(), r.pull(), out, maxIntervals));
        }
        recorders.add(attach(net, "global", sys.global(), out, maxIntervals));
        sys.simulator().runUntil(s.horizonHours());
        for (Recorder r : recorders) {
            r.finish(s.horizonHours());
        }
        return out;
    }

    private static Recorder attach(GateNetwork net, String name, int node, List<Interval> out, int max) {
        Recorder r = new Recorder(name, net.isUp(node) ? Double.NaN : 0, out, max);
        net.listen(node, r);
        return r;
    }

    private static final class Recorder implements zonesim.structure.NodeListener {
        private final String name;
        private final List<Interval> out;
        private final int max;
        private double since;

        Recorder(String name, double since, List<Interval> out, int max) {
            this.name = name;
            this.since = since;
            this.out = out;
            this.max = max;
        }

        @Override
        public void changed(int node, boolean up, double hours) {
            if (up) {
                finish(hours);
            } else {
                since = hours;
            }
        }

        void finish(double hours) {
            if (!Double.isNaN(since) && out.size() < max) {
                out.add(new Interval(name, since, hours));
            }
            since = Double.NaN;
        }
    }
}
