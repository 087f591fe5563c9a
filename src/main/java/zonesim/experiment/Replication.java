package zonesim.experiment;

import java.util.ArrayList;
import java.util.List;
import zonesim.kernel.EventSource;
import zonesim.kernel.Simulator;
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
 * {@link MetricLayout}. Recorders are cumulative; a snapshot at each phase boundary and
 * at the horizon gives every window's columns as differences of snapshots. Everything it
 * creates is thrown away afterwards.
 */
public final class Replication {
    private final MetricLayout layout;
    private final List<OutageRecorder> pulls = new ArrayList<>();
    private final List<OutageRecorder> pushes = new ArrayList<>();
    private final List<ClientRecorder> clients = new ArrayList<>();
    private OutageRecorder global;
    private DataAtRisk data;

    private Replication(MetricLayout layout) {
        this.layout = layout;
    }

    /** Simulates replication {@code index} of configuration {@code c}. */
    public static Observation run(PreparedConfiguration c, int index) {
        return new Replication(c.layout()).simulate(c, index);
    }

    private Observation simulate(PreparedConfiguration prepared, int index) {
        Scenario s = prepared.scenario();
        SystemInstance sys = SystemInstance.build(s, prepared.plan(), index);
        GateNetwork net = sys.network();
        for (String region : layout.replicas()) {
            ReplicaNodes nodes = sys.replicas().get(region);
            OutageRecorder pull = attach(net, nodes.observedPull());
            pulls.add(pull);
            pushes.add(nodes.observedPush() == nodes.observedPull() ? pull : attach(net, nodes.observedPush()));
        }
        global = attach(net, sys.global());
        for (ClientSpec cl : s.clients().values()) {
            int[] order = Preference.order(s, cl, layout.replicas()).stream().mapToInt(layout.replicas()::indexOf).toArray();
            ClientRecorder rec = new ClientRecorder(s.sla());
            int id = sys.endpoint().addClient(order, rec);
            rec.start(sys.endpoint().pullUp(id), sys.endpoint().pushUp(id));
            clients.add(rec);
        }
        if (prepared.lags() != null) {
            data = new DataAtRisk(net, new ArrayList<>(sys.replicas().values()), prepared.lags());
            data.follow(sys.endpoint(), s.clients().values().stream().mapToDouble(ClientSpec::pushesPerHour).toArray());
        }
        double[] ends = layout.phaseEnds();
        double[][] snaps = new double[ends.length + 2][];
        snaps[0] = new double[layout.baseColumns()];
        if (ends.length > 0) {
            new PhaseClock(ends, snaps).start(sys.simulator());
        }
        double h = s.horizonHours();
        sys.simulator().runUntil(h);
        snaps[snaps.length - 1] = snapshot(h);
        pulls.forEach(r -> r.finish(h));
        pushes.forEach(r -> r.finish(h));
        global.finish(h);

        int base = layout.baseColumns();
        double[] c = new double[layout.columns()];
        System.arraycopy(snaps[snaps.length - 1], 0, c, 0, base);
        if (layout.phases() > 0) {
            for (int p = 0; p < layout.phases(); p++) {
                for (int k = 0; k < base; k++) {
                    c[(p + 1) * base + k] = snaps[p + 1][k] - snaps[p][k];
                }
            }
        }
        DurationHistogram[] durations = new DurationHistogram[1 + pulls.size()];
        durations[0] = global.durations();
        for (int i = 0; i < pulls.size(); i++) {
            durations[1 + i] = pulls.get(i).durations();
        }
        return new Observation(c, sys.simulator().events(), durations);
    }

    /** Cumulative base columns at time {@code hours}. */
    private double[] snapshot(double hours) {
        double[] c = new double[layout.baseColumns()];
        for (int i = 0; i < pulls.size(); i++) {
            int col = MetricLayout.replicaColumn(i);
            c[col] = pulls.get(i).downHoursAt(hours);
            c[col + 1] = pulls.get(i).outages();
            c[col + 2] = pushes.get(i).downHoursAt(hours);
        }
        int g = layout.globalColumn();
        c[g] = global.downHoursAt(hours);
        c[g + 1] = global.outages();
        for (int i = 0; i < clients.size(); i++) {
            clients.get(i).snapshot(hours, c, layout.clientColumn(i));
        }
        if (data != null) {
            c[layout.dataColumn()] = data.atRisk();
            c[layout.dataColumn() + 1] = data.lost();
        }
        return c;
    }

    private static OutageRecorder attach(GateNetwork net, int node) {
        OutageRecorder r = new OutageRecorder(net.isUp(node));
        net.listen(node, r);
        return r;
    }

    /** Takes a snapshot at each phase boundary. */
    private final class PhaseClock implements EventSource {
        private final double[] ends;
        private final double[][] snaps;
        private int next;
        private int slot;

        PhaseClock(double[] ends, double[][] snaps) {
            this.ends = ends;
            this.snaps = snaps;
        }

        void start(Simulator sim) {
            slot = sim.register(this);
            sim.schedule(slot, ends[0]);
        }

        @Override
        public int fire(Simulator sim, double hours) {
            snaps[++next] = snapshot(hours);
            if (next < ends.length) {
                sim.schedule(slot, ends[next]);
            }
            return 0;
        }
    }
}
