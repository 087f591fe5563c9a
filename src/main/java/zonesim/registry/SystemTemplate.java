package zonesim.registry;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import zonesim.failure.FailureProcess;
import zonesim.failure.ForcedDown;
import zonesim.failure.InjectedOutage;
import zonesim.kernel.Simulator;
import zonesim.model.FailureSpec;
import zonesim.model.OutageSpec;
import zonesim.model.Scenario;
import zonesim.random.StreamFamily;
import zonesim.structure.GateNetwork;

/**
 * What the replications of a configuration share (for one draw of its random placements),
 * built once by {@link SystemAssembly}: the gate network's layout, the nodes the metrics
 * and the endpoint watch, and the wiring plan with each random process's stream family.
 * Immutable, so shared by every thread; {@link #instance} makes one replication's live
 * system from it: a fresh network, fresh processes on that replication's streams, wired in
 * the same order as ever (so slots, listener order and draws are those of a system built
 * from scratch).
 */
final class SystemTemplate {
    /** A leaf driven by a random process of {@code spec}, drawing from {@code streams}. */
    record ProcessLeaf(FailureSpec spec, int leaf, StreamFamily streams) { }

    /** A service node {@code service} and the leaf {@code seen} its health probe drives. */
    record Probe(int service, int seen, StreamFamily streams) { }

    /** The nodes a replication exposes (see {@link SystemInstance}); {@code endpoint} is -1 without clients. */
    record Nodes(Map<String, ReplicaNodes> replicas, Map<String, Integer> elements, int global, int globalStruct,
                 int endpoint) { }

    /**
     * What each replication wires to the leaves: the processes in order of first use, the
     * forced leaves by target path, the streams of the scenario's outages (in its order), the
     * probes, the zone-failover windows ({core, leaf, zone...}), the replicas' control leaves
     * and their routing streams (in the plan's replica order).
     */
    record Wiring(List<ProcessLeaf> processes, Map<String, Integer> forced, List<StreamFamily> outages,
                  List<Probe> probes, List<int[]> failovers, List<ChangeEvents.Controls> controls,
                  List<StreamFamily> routing) {
        Wiring {
            processes = List.copyOf(processes);
            forced = Collections.unmodifiableMap(new LinkedHashMap<>(forced));
            outages = List.copyOf(outages);
            probes = List.copyOf(probes);
            failovers = List.copyOf(failovers);
            controls = List.copyOf(controls);
            routing = List.copyOf(routing);
        }
    }

    private final Scenario s;
    private final ChangePlan plan;
    private final GateNetwork.Layout layout;
    private final Nodes nodes;
    private final Wiring wiring;

    SystemTemplate(Scenario s, ChangePlan plan, GateNetwork.Layout layout, Nodes nodes, Wiring wiring) {
        this.s = s;
        this.plan = plan;
        this.layout = layout;
        this.nodes = nodes;
        this.wiring = wiring;
    }

    /** Replication {@code rep}'s system, its clock at {@code startHours}, with every process scheduled. */
    SystemInstance instance(int rep, double startHours) {
        GateNetwork network = layout.network();
        Simulator sim = new Simulator(wiring.processes().size() + s.outages().size() + wiring.failovers().size(),
                startHours);
        List<ChangeEvents.Controls> controls = wiring.controls();
        for (int i = 0; i < controls.size(); i++) {
            ChangeEvents.Controls c = controls.get(i);
            if (c.absent() >= 0) {
                network.set(c.absent(), false, startHours);
            }
            if (c.zoneRedundantMode() >= 0) {
                boolean zr = plan.replicas().get(i).zoneRedundant();
                network.set(c.zoneRedundantMode(), zr, startHours);
                network.set(c.pinnedMode(), !zr, startHours);
            }
        }
        ChangeEvents changes = new ChangeEvents(plan, controls, network);
        wire(sim, network, rep);
        GlobalEndpoint endpoint = endpoint(sim, network, changes.routable(), rep);
        changes.start(sim, endpoint);
        return new SystemInstance(sim, network, nodes.replicas(), nodes.elements(), nodes.global(), nodes.globalStruct(),
                endpoint);
    }

    private GlobalEndpoint endpoint(Simulator sim, GateNetwork network, boolean[] routable, int rep) {
        if (s.clients().isEmpty()) {
            return null;
        }
        List<RandomGenerator> streams = wiring.routing().stream().map(f -> f.replication(rep)).toList();
        return new GlobalEndpoint(sim, network, s.routing(), List.copyOf(nodes.replicas().values()), routable, streams,
                nodes.endpoint());
    }

    private void wire(Simulator sim, GateNetwork network, int rep) {
        boolean steady = s.steady();
        for (ProcessLeaf p : wiring.processes()) {
            if (!p.spec().neverFails()) {
                new FailureProcess(p.spec(), p.streams().replication(rep), network, p.leaf()).start(sim, steady);
            }
        }
        Map<String, ForcedDown> forced = new LinkedHashMap<>();
        wiring.forced().forEach((path, leaf) -> forced.put(path, new ForcedDown(network, leaf)));
        List<OutageSpec> outages = s.outages();
        for (int k = 0; k < outages.size(); k++) {
            OutageSpec o = outages.get(k);
            new InjectedOutage(o, wiring.outages().get(k).replication(rep), forced.get(o.target())).start(sim);
        }
        for (Probe p : wiring.probes()) {
            ServiceProbe probe = new ServiceProbe(network, p.seen(), s.routing().undetectedIncidents(),
                    p.streams().replication(rep));
            network.listen(p.service(), probe);
            if (!network.isUp(p.service())) {
                probe.changed(p.service(), false, sim.now()); // an incident in progress at the start
            }
        }
        for (int[] f : wiring.failovers()) {
            FailoverWindow w = new FailoverWindow(sim, network, f[0], f[1], s.registry().zoneFailoverHours());
            for (int i = 2; i < f.length; i++) {
                network.listen(f[i], w);
            }
        }
    }
}
