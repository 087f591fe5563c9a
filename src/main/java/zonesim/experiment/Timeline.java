package zonesim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import zonesim.model.Scenario;
import zonesim.registry.ReplicaNodes;
import zonesim.registry.SystemInstance;
import zonesim.structure.GateNetwork;
import zonesim.structure.NodeListener;

/**
 * The down intervals of every element in one replication, for the timeline chart:
 * regions, zones, datacenters, replica services, common causes, the endpoint, replicas
 * (pull) and the any-replica service. Re-simulates that replication (same streams, so the
 * same history as in the run; a steady start runs its warm-up first) with a recorder on
 * each node from time 0; keeps at most {@code maxIntervals} intervals. A replica's down
 * interval is an {@code interruption} when it is a zone-failover window (the replica's
 * structure stayed up), else an {@code outage}; replicas are observed only while they exist.
 */
public final class Timeline {
    /** One down interval of an element, in hours; {@code kind} is {@code outage} or {@code interruption}. */
    public record Interval(String element, double startHours, double endHours, String kind) { }

    private Timeline() { }

    /** Down intervals of replication {@code index} of {@code s}, in start order per element. */
    public static List<Interval> record(Scenario s, int index, int maxIntervals) {
        SystemInstance sys = SystemInstance.build(s, index);
        GateNetwork net = sys.network();
        sys.simulator().runUntil(0);
        List<Interval> out = new ArrayList<>();
        List<Recorder> recorders = new ArrayList<>();
        for (Map.Entry<String, Integer> e : sys.elements().entrySet()) {
            String path = e.getKey();
            if (path.chars().filter(c -> c == '/').count() <= 2) { // not single datacenter processes
                recorders.add(attach(net, path, e.getValue(), -1, out, maxIntervals));
            }
        }
        for (ReplicaNodes r : sys.replicas().values()) {
            recorders.add(attach(net, "replica " + r.region(), r.observedPull(), r.observedStruct(), out, maxIntervals));
        }
        recorders.add(attach(net, "global", sys.global(), sys.globalStruct(), out, maxIntervals));
        sys.simulator().runUntil(s.horizonHours());
        for (Recorder r : recorders) {
            r.finish(s.horizonHours());
        }
        return out;
    }

    private static Recorder attach(GateNetwork net, String name, int node, int struct, List<Interval> out, int max) {
        Recorder r = new Recorder(net, name, struct, net.isUp(node) ? Double.NaN : 0, out, max);
        net.listen(node, r);
        if (struct >= 0 && struct != node) {
            net.listen(struct, r.structWatch());
        }
        return r;
    }

    private static final class Recorder implements NodeListener {
        private final GateNetwork net;
        private final String name;
        private final int struct;
        private final List<Interval> out;
        private final int max;
        private double since;
        private boolean structDown;

        Recorder(GateNetwork net, String name, int struct, double since, List<Interval> out, int max) {
            this.net = net;
            this.name = name;
            this.struct = struct;
            this.since = since;
            this.out = out;
            this.max = max;
            this.structDown = struct >= 0 && !Double.isNaN(since) && !net.isUp(struct);
        }

        @Override
        public void changed(int node, boolean up, double hours) {
            if (up) {
                finish(hours);
            } else {
                since = hours;
                structDown = struct >= 0 && !net.isUp(struct);
            }
        }

        /** Marks a down interval as an outage once the structure fails during it. */
        NodeListener structWatch() {
            return (node, up, hours) -> structDown |= !up && !Double.isNaN(since);
        }

        void finish(double hours) {
            if (!Double.isNaN(since) && out.size() < max) {
                boolean interruption = struct >= 0 && !structDown;
                out.add(new Interval(name, since, hours, interruption ? "interruption" : "outage"));
            }
            since = Double.NaN;
            structDown = false;
        }
    }
}
