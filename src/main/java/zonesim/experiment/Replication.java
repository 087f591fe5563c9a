package zonesim.experiment;

import java.util.ArrayList;
import java.util.List;
import zonesim.metrics.DurationHistogram;
import zonesim.metrics.OutageRecorder;
import zonesim.model.Scenario;
import zonesim.registry.ReplicaNodes;
import zonesim.registry.SystemInstance;
import zonesim.structure.GateNetwork;

/**
 * Runs one replication of one configuration: builds the system, attaches recorders to
 * the observed nodes, simulates to the horizon and returns the raw columns of its
 * {@link MetricLayout}. Everything it creates is thrown away afterwards.
 */
public final class Replication {
    private Replication() { }

    /** Simulates replication {@code index} of {@code s}. */
    public static Observation run(Scenario s, MetricLayout layout, int index) {
        SystemInstance sys = SystemInstance.build(s, index);
        GateNetwork net = sys.network();
        List<OutageRecorder> pulls = new ArrayList<>();
        List<OutageRecorder> pushes = new ArrayList<>();
        for (String region : layout.replicas()) {
            ReplicaNodes nodes = sys.replicas().get(region);
            pulls.add(attach(net, nodes.pull()));
            pushes.add(nodes.push() == nodes.pull() ? null : attach(net, nodes.push()));
        }
        OutageRecorder global = attach(net, sys.global());
        sys.simulator().runUntil(s.horizonHours());

        double h = s.horizonHours();
        double[] c = new double[layout.columns()];
        DurationHistogram[] durations = new DurationHistogram[1 + pulls.size()];
        for (int i = 0; i < pulls.size(); i++) {
            OutageRecorder pull = pulls.get(i);
            OutageRecorder push = pushes.get(i) == null ? pull : pushes.get(i);
            pull.finish(h);
            push.finish(h);
            int col = MetricLayout.replicaColumn(i);
            c[col] = pull.downHours();
            c[col + 1] = pull.outages();
            c[col + 2] = push.downHours();
            durations[1 + i] = pull.durations();
        }
        global.finish(h);
        int g = layout.globalColumn();
        c[g] = global.downHours();
        c[g + 1] = global.outages();
        durations[0] = global.durations();
        return new Observation(c, sys.simulator().events(), durations);
    }

    private static OutageRecorder attach(GateNetwork net, int node) {
        OutageRecorder r = new OutageRecorder(net.isUp(node));
        net.listen(node, r);
        return r;
    }
}
