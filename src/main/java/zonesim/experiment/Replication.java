package zonesim.experiment;

import java.util.ArrayList;
import java.util.List;
import zonesim.metrics.DurationHistogram;
import zonesim.metrics.OutageRecorder;
import zonesim.model.ClientSpec;
import zonesim.model.Scenario;
import zonesim.registry.DataAtRisk;
import zonesim.registry.Preference;
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
        List<ClientRecorder> clients = new ArrayList<>();
        for (ClientSpec cl : s.clients().values()) {
            int[] order = Preference.order(s, cl).stream().mapToInt(layout.replicas()::indexOf).toArray();
            ClientRecorder rec = new ClientRecorder(s.sla());
            int id = sys.endpoint().addClient(order, rec);
            rec.start(sys.endpoint().pullUp(id), sys.endpoint().pushUp(id));
            clients.add(rec);
        }
        DataAtRisk data = null;
        if (s.clients().values().stream().anyMatch(cl -> cl.pushesPerHour() > 0)) {
            data = new DataAtRisk(net, new ArrayList<>(sys.replicas().values()), s.replication());
            data.follow(sys.endpoint(), s.clients().values().stream().mapToDouble(ClientSpec::pushesPerHour).toArray());
        }
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
        for (int i = 0; i < clients.size(); i++) {
            clients.get(i).finish(h, c, layout.clientColumn(i));
        }
        if (data != null) {
            c[layout.dataColumn()] = data.atRisk();
            c[layout.dataColumn() + 1] = data.lost();
        }
        return new Observation(c, sys.simulator().events(), durations);
    }

    private static OutageRecorder attach(GateNetwork net, int node) {
        OutageRecorder r = new OutageRecorder(net.isUp(node));
        net.listen(node, r);
        return r;
    }
}
