package zonesim.experiment;

import java.util.ArrayList;
import java.util.List;
import zonesim.kernel.EventSource;
import zonesim.kernel.Simulator;
import zonesim.metrics.Downtime;
import zonesim.metrics.DowntimeRecorder;
import zonesim.metrics.DurationHistogram;
import zonesim.metrics.OutageRecorder;
import zonesim.model.ClientSpec;
import zonesim.model.Scenario;
import zonesim.registry.DataAtRisk;
import zonesim.registry.Preference;
import zonesim.registry.ReplicaNodes;
import zonesim.registry.SystemInstance;
import zonesim.structure.GateNetwork;
import zonesim.structure.NodeListener;

/**
 * Runs one replication of one configuration: builds the system (under a steady start its
 * clock begins before 0 and runs the warm-up first), attaches recorders at time 0, simulates
 * to the horizon and returns the record of {@link MetricCatalog}. Cumulative quantities are
 * snapshot at each window's end (phase boundaries, horizon) and differenced; outage
 * durations are attributed by the recorders to the window where each outage started.
 * Everything it creates is thrown away afterwards.
 */
public final class Replication {
    private final MetricCatalog catalog;
    private final List<ReplicaWatch> replicas = new ArrayList<>();
    private final List<ClientRecorder> clients = new ArrayList<>();
    private ServiceWatch global;
    private DataAtRisk data;
    private double[] dataAtStart;

    private Replication(MetricCatalog catalog) {
        this.catalog = catalog;
    }

    /** Simulates replication {@code index} of configuration {@code c}. */
    public static Observation run(PreparedConfiguration c, int index) {
        return new Replication(c.catalog()).simulate(c, index);
    }

    /**
     * A structural outage recorder, a pull downtime recorder and an interruption counter on
     * one service. A pull outage that begins while the structure stays up is a failover
     * window: an interruption. The structure may be seen going down just before or just after
     * the pull node at the same instant, so a pull outage is a candidate until then. When the
     * pull node is the structure's (no zone-failover window in front of it: a pinned replica,
     * a zone-redundant one with zone_failover 0s, the global service without windows), the
     * outage recorder's down time is the pull down time: the same sums of the same
     * differences, so one recorder serves (DowntimeTest).
     */
    private final class ServiceWatch implements NodeListener {
        final OutageRecorder outages;
        final Downtime pull;
        private final GateNetwork net;
        private final int struct;
        private long interruptions;
        private double candidateAt = Double.NaN;
        private boolean cancelled;

        ServiceWatch(GateNetwork net, int pullNode, int structNode, double horizon) {
            this.net = net;
            this.struct = structNode;
            outages = new OutageRecorder(net.isUp(structNode), horizon, catalog.windowStarts(), catalog.windowEnds());
            net.listen(structNode, outages);
            if (pullNode == structNode) {
                pull = outages;
            } else {
                DowntimeRecorder r = new DowntimeRecorder(net.isUp(pullNode));
                pull = r;
                net.listen(pullNode, r);
                net.listen(pullNode, this);
                net.listen(structNode, (node, up, hours) -> cancelled |= !up && hours == candidateAt);
            }
        }

        @Override
        public void changed(int node, boolean up, double hours) {
            if (!up) {
                settle();
                candidateAt = hours;
                cancelled = !net.isUp(struct);
            }
        }

        private void settle() {
            if (!Double.isNaN(candidateAt) && !cancelled) {
                interruptions++;
            }
            candidateAt = Double.NaN;
        }

        /** Interruptions begun so far. */
        long interruptions() {
            return interruptions + (!Double.isNaN(candidateAt) && !cancelled ? 1 : 0);
        }
    }

    /** A replica's service watch plus its push downtime. */
    private record ReplicaWatch(ServiceWatch service, Downtime push) { }

    /*
     * The work of one replication is split into its steps (route the clients, watch the
     * nodes, run, collect the record) and simulate() itself has no loop: it runs once per
     * replication, so the JIT's optimizing compiler takes it up only after about 5000 calls
     * (REF66 at -n 2000 never gets there; a long study does, with the cost spread over it),
     * and the steps with loops are compiled on their own, small. Before, with its loops, it
     * was compiled within the first thousand replications with its whole set-up inlined: 0.4-0.5 s
     * of a core in the middle of a two-thread REF66 run of 2000 replications, taken from the
     * workers, for nothing (README, Speed).
     */
    private Observation simulate(PreparedConfiguration prepared, int index) {
        Scenario s = prepared.scenario();
        SystemInstance sys = prepared.systems().build(index);
        Simulator sim = sys.simulator();
        List<ClientRecorder[]> holders = new ArrayList<>();
        int[] ids = routeClients(s, sys, holders);
        if (prepared.lags() != null) {
            data = new DataAtRisk(sys.network(), new ArrayList<>(sys.replicas().values()), prepared.lags(), sim.now());
            data.follow(sys.endpoint(), s.clients().values().stream().mapToDouble(ClientSpec::pushesPerHour).toArray());
        }
        sim.runUntil(0); // the warm-up of a steady start; nothing under a fresh one
        long eventsBefore = sim.events();
        double h = s.horizonHours();
        watch(s, sys, holders, ids);
        int phases = catalog.phases();
        int last = Math.max(1, phases);
        double[][] snaps = new double[last + 1][]; // cumulative at 0, at the end of each phase k (k = 1..), at T
        snaps[0] = snapshot(0);
        if (phases > 1) {
            new PhaseClock(snaps, phases).start(sim);
        }
        sim.runUntil(h);
        snaps[last] = snapshot(h);
        return observation(snaps, sim.events() - eventsBefore);
    }

    /**
     * Adds each client of {@code s} to the endpoint, in order, with a holder for its
     * recorder (filled at time 0, after the warm-up); returns the clients' endpoint ids.
     */
    private int[] routeClients(Scenario s, SystemInstance sys, List<ClientRecorder[]> holders) {
        int[] ids = new int[s.clients().size()];
        int k = 0;
        for (ClientSpec cl : s.clients().values()) {
            int[] order = Preference.order(s, cl, catalog.replicas()).stream().mapToInt(catalog.replicas()::indexOf)
                    .toArray();
            ClientRecorder[] holder = new ClientRecorder[1];
            ids[k++] = sys.endpoint().addClient(order, (c, pullUp, pushUp, t) -> {
                if (holder[0] != null) {
                    holder[0].changed(c, pullUp, pushUp, t);
                }
            });
            holders.add(holder);
        }
        return ids;
    }

    /** Attaches the recorders at time 0: every replica's, the global service's, the clients' and data at risk. */
    private void watch(Scenario s, SystemInstance sys, List<ClientRecorder[]> holders, int[] ids) {
        GateNetwork net = sys.network();
        double h = s.horizonHours();
        for (String region : catalog.replicas()) {
            ReplicaNodes n = sys.replicas().get(region);
            ServiceWatch w = new ServiceWatch(net, n.observedPull(), n.observedStruct(), h);
            Downtime push = w.pull;
            if (n.observedPush() != n.observedPull()) {
                DowntimeRecorder r = new DowntimeRecorder(net.isUp(n.observedPush()));
                net.listen(n.observedPush(), r);
                push = r;
            }
            replicas.add(new ReplicaWatch(w, push));
        }
        global = new ServiceWatch(net, sys.global(), sys.globalStruct(), h);
        for (int k = 0; k < holders.size(); k++) {
            holders.get(k)[0] = new ClientRecorder(s.sla(), sys.endpoint().pullUp(ids[k]), sys.endpoint().pushUp(ids[k]));
            clients.add(holders.get(k)[0]);
        }
        if (data != null) {
            data.startCounting(0);
            dataAtStart = data.totals(0);
        }
    }

    /**
     * The replication's record from its cumulative snapshots (at 0, at each phase's end, at
     * the horizon, the last one taken): closes the outages still open, then differences the
     * snapshots window by window and adds the outage durations.
     */
    private Observation observation(double[][] snaps, long events) {
        replicas.forEach(r -> r.service().outages.finish());
        global.outages.finish();
        int windows = catalog.windows();
        int last = snaps.length - 1;
        int block = catalog.offset(1);
        double[] record = new double[catalog.recordSize()];
        for (int k = 0; k < block; k++) {
            record[k] = snaps[last][k] - snaps[0][k];
        }
        for (int w = 1; w < windows; w++) { // window w is phase w - 1, ending at snapshot w
            for (int k = 0; k < block; k++) {
                record[catalog.offset(w) + k] = snaps[w][k] - snaps[w - 1][k];
            }
        }
        for (int w = 0; w < windows; w++) {
            durations(record, catalog.offset(w), w);
        }
        DurationHistogram[] durations = new DurationHistogram[1 + replicas.size()];
        durations[0] = global.outages.durations();
        for (int i = 0; i < replicas.size(); i++) {
            durations[1 + i] = replicas.get(i).service().outages.durations();
        }
        return new Observation(record, events, durations);
    }

    /** Cumulative quantities at time {@code hours} (one window block). */
    private double[] snapshot(double hours) {
        double[] c = new double[catalog.offset(1)];
        for (int i = 0; i < replicas.size(); i++) {
            Slots.Replica r = catalog.replicaSlots(i);
            ServiceWatch w = replicas.get(i).service();
            c[r.pullDown()] = w.pull.downHoursAt(hours);
            c[r.pushDown()] = replicas.get(i).push().downHoursAt(hours);
            c[r.structDown()] = w.outages.downHoursAt(hours);
            c[r.outages()] = w.outages.outages();
            c[r.interruptions()] = w.interruptions();
        }
        Slots.Global g = catalog.globalSlots();
        c[g.pullDown()] = global.pull.downHoursAt(hours);
        c[g.structDown()] = global.outages.downHoursAt(hours);
        c[g.outages()] = global.outages.outages();
        c[g.interruptions()] = global.interruptions();
        for (int i = 0; i < clients.size(); i++) {
            clients.get(i).snapshot(hours, c, 0, catalog.clientSlots(i));
        }
        if (data != null) {
            double[] t = data.totals(hours);
            Slots.Data d = catalog.dataSlots();
            c[d.atRisk()] = t[0] - dataAtStart[0];
            c[d.lost()] = t[1] - dataAtStart[1];
            c[d.pushes()] = t[2] - dataAtStart[2];
            c[d.singleHomed()] = t[3] - dataAtStart[3];
        }
        return c;
    }

    /** Outage durations attributed to window {@code w} by the recorders. */
    private void durations(double[] record, int off, int w) {
        for (int i = 0; i < replicas.size(); i++) {
            put(record, off, catalog.replicaSlots(i).durations(), replicas.get(i).service().outages, w);
        }
        put(record, off, catalog.globalSlots().durations(), global.outages, w);
    }

    private static void put(double[] record, int off, Slots.Durations d, OutageRecorder r, int w) {
        record[off + d.complete()] = r.complete(w);
        record[off + d.weight()] = r.weight(w);
        record[off + d.weightedMinutes()] = r.weightedMinutes(w);
        record[off + d.censored()] = r.censored(w);
    }

    /** Takes snapshot k at the end of phase window k, for every phase but the last. */
    private final class PhaseClock implements EventSource {
        private final double[][] snaps;
        private final int phases;
        private int next = 1;
        private int slot;

        PhaseClock(double[][] snaps, int phases) {
            this.snaps = snaps;
            this.phases = phases;
        }

        void start(Simulator sim) {
            slot = sim.register(this);
            sim.schedule(slot, catalog.windowEnd(next));
        }

        @Override
        public int fire(Simulator sim, double hours) {
            snaps[next] = snapshot(hours);
            next++;
            if (next < phases) {
                sim.schedule(slot, catalog.windowEnd(next));
            }
            return 0;
        }
    }
}
