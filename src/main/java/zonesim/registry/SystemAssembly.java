package zonesim.registry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import zonesim.failure.FailureProcess;
import zonesim.failure.ForcedDown;
import zonesim.failure.InjectedOutage;
import zonesim.kernel.Simulator;
import zonesim.model.OutageSpec;
import zonesim.model.Placement;
import zonesim.model.RegionSpec;
import zonesim.model.ReplicaSpec;
import zonesim.model.Scenario;
import zonesim.random.StreamKeys;
import zonesim.structure.Algebra;
import zonesim.structure.GateNetwork;
import zonesim.structure.ProcessRef;
import zonesim.structure.SystemStructure;

/**
 * Assembles one replication's {@link SystemInstance}: the structure of
 * {@link SystemStructure} as a gate network, plus what only the simulator has — a leaf per
 * element that injected outages hold down, zone-failover window leaves, the probe's view of
 * each service, and switches for the configuration timeline — then wires failure processes,
 * injected outages, windows, probes, the timeline and the global endpoint to its leaves.
 */
final class SystemAssembly implements Algebra<Integer> {
    /** A leaf driven by a random process. */
    private record ProcessLeaf(ProcessRef process, int leaf) { }

    /** The nodes of one replica in one placement mode. */
    private record Mode(int pull, int push, int struct, int probe, int[] holders, int[][] destructions,
                        int[] failover) { }

    private final Scenario s;
    private final int rep;
    private final GateNetwork.Builder b = new GateNetwork.Builder();
    private final SystemStructure<Integer> structure;
    private final Map<String, Integer> elements = new LinkedHashMap<>();
    private final Map<String, Integer> forcedLeaves = new LinkedHashMap<>();
    private final List<ProcessLeaf> processLeaves = new ArrayList<>();
    private final Map<String, ReplicaNodes> replicaNodes = new LinkedHashMap<>();
    private final List<int[]> failovers = new ArrayList<>(); // {core, leaf, zone...}
    private final Set<String> targets = new HashSet<>();
    private final List<int[]> probes = new ArrayList<>(); // {service node, seen leaf}
    private final List<String> probeRegions = new ArrayList<>();
    private final List<ChangeEvents.Controls> controls = new ArrayList<>();
    private final ChangePlan plan;

    SystemAssembly(Scenario s, ChangePlan plan, int rep) {
        this.s = s;
        this.rep = rep;
        this.plan = plan;
        this.structure = new SystemStructure<>(s, this);
        for (OutageSpec o : s.outages()) {
            targets.add(o.target());
        }
    }

    @Override
    public Integer process(ProcessRef p) {
        int leaf = b.leaf();
        processLeaves.add(new ProcessLeaf(p, leaf));
        return leaf;
    }

    /** Registers element {@code path} as the series of {@code parts}, plus a forced leaf if an outage targets it. */
    @Override
    public Integer element(String path, List<Integer> parts) {
        List<Integer> all = new ArrayList<>(parts);
        if (targets.contains(path)) {
            int forced = b.leaf();
            forcedLeaves.put(path, forced);
            all.add(forced);
        }
        int node = all.size() == 1 ? all.get(0) : b.all(ints(all));
        elements.put(path, node);
        return node;
    }

    @Override
    public Integer all(List<Integer> parts) {
        return parts.size() == 1 ? parts.get(0) : b.all(ints(parts));
    }

    @Override
    public Integer atLeast(int k, List<Integer> parts) {
        return b.gate(k, ints(parts));
    }

    SystemInstance finish(double startHours) {
        for (RegionSpec r : s.topology().regions().values()) {
            for (int z = 0; z < r.zones(); z++) {
                structure.zone(r.name(), z); // every element exists, whether a replica uses it or not
            }
            structure.region(r.name());
        }
        s.commonCauses().forEach(structure::commonCause);
        List<Integer> pulls = new ArrayList<>();
        List<Integer> structs = new ArrayList<>();
        List<ReplicaSpec> specs = plan.replicas();
        for (int i = 0; i < specs.size(); i++) {
            ReplicaNodes nodes = replica(i, specs.get(i));
            replicaNodes.put(specs.get(i).region(), nodes);
            pulls.add(nodes.pull());
            structs.add(nodes.struct());
        }
        int global = atLeast(1, pulls);
        int globalStruct = atLeast(1, structs);
        int endpointNode = s.clients().isEmpty() ? -1 : structure.endpoint();
        GateNetwork network = b.build();
        Simulator sim = new Simulator(processLeaves.size() + s.outages().size() + failovers.size(), startHours);
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
        wire(sim, network);
        GlobalEndpoint endpoint = endpoint(sim, network, changes.routable(), endpointNode);
        changes.start(sim, endpoint);
        return new SystemInstance(sim, network, Collections.unmodifiableMap(replicaNodes),
                Collections.unmodifiableMap(elements), global, globalStruct, endpoint);
    }

    /** The nodes of replica {@code i}, with mode and presence switches where its timeline needs them. */
    private ReplicaNodes replica(int i, ReplicaSpec rs) {
        String region = rs.region();
        int service = structure.service(region);
        int seen = service;
        if (s.routing().undetectedIncidents() > 0) {
            seen = b.leaf();
            probes.add(new int[] {service, seen});
            probeRegions.add(region);
        }
        Mode zr = plan.everZoneRedundant(i) ? zoneRedundant(region, seen) : null;
        Mode pin = plan.everPinned(i) ? pinned(region, seen, plan.pinnedPlacement(i)) : null;
        int zrMode = -1;
        int pinMode = -1;
        Mode n = zr != null ? zr : pin;
        if (zr != null && pin != null) {
            zrMode = b.leaf();
            pinMode = b.leaf();
            n = new Mode(either(zrMode, zr.pull(), pinMode, pin.pull()), either(zrMode, zr.push(), pinMode, pin.push()),
                    either(zrMode, zr.struct(), pinMode, pin.struct()), either(zrMode, zr.probe(), pinMode, pin.probe()),
                    null, null, null);
        }
        int present = -1;
        int absent = -1;
        int observedPull = n.pull();
        int observedPush = n.push();
        int observedStruct = n.struct();
        if (plan.switches(i, ChangePlan.Kind.PRESENT)) {
            present = b.leaf();
            absent = b.leaf();
            n = new Mode(b.all(n.pull(), present), b.all(n.push(), present), b.all(n.struct(), present),
                    b.all(n.probe(), present), null, null, null);
            observedPull = b.any(n.pull(), absent);
            observedPush = n.push() == n.pull() ? observedPull : b.any(n.push(), absent);
            observedStruct = n.struct() == n.pull() ? observedPull : b.any(n.struct(), absent);
        }
        List<Holder> holders = new ArrayList<>();
        if (zr != null) {
            holders(zr, guardOf(zrMode, present), holders);
        }
        if (pin != null) {
            holders(pin, guardOf(pinMode, present), holders);
        }
        controls.add(new ChangeEvents.Controls(present, absent, zrMode, pinMode));
        return new ReplicaNodes(region, n.pull(), n.push(), n.struct(), n.probe(), holders, observedPull, observedPush,
                observedStruct, present);
    }

    /** Zone-redundant mode: the structure's pull and push, behind a failover-window leaf when windows are on. */
    private Mode zoneRedundant(String region, int seen) {
        int core = structure.zoneRedundantPull(region);
        int pushCore = structure.zoneRedundantPush(region);
        int probe = seen == structure.service(region) ? core
                : all(List.of(structure.region(region), seen, structure.anyZone(region)));
        int zones = s.topology().region(region).zones();
        int[] holders = new int[zones];
        int[][] destructions = new int[zones][];
        for (int z = 0; z < zones; z++) {
            holders[z] = structure.zoneHolder(region, z);
            destructions[z] = destructions(region, z);
        }
        if (s.registry().zoneFailoverHours() <= 0) {
            return new Mode(core, pushCore, core, probe, holders, destructions, null);
        }
        int leaf = b.leaf();
        int[] failover = new int[2 + zones];
        failover[0] = core;
        failover[1] = leaf;
        for (int z = 0; z < zones; z++) {
            failover[2 + z] = structure.zone(region, z);
        }
        failovers.add(failover);
        return new Mode(b.all(core, leaf), b.all(pushCore, leaf), core, probe, holders, destructions, failover);
    }

    /** Pinned mode: one datacenter, drawn per replication when the placement is random. */
    private Mode pinned(String region, int seen, Placement where) {
        RegionSpec r = s.topology().region(region);
        Placement.Pinned at = where instanceof Placement.Pinned p ? p : draw(region, r);
        int z = at.zoneIndex();
        int d = at.datacenterIndex();
        int node = structure.pinned(region, z, d);
        int probe = seen == structure.service(region) ? node
                : all(List.of(structure.region(region), structure.zoneItself(region, z), structure.datacenter(region, z, d),
                        seen));
        return new Mode(node, node, node, probe, new int[] {node},
                new int[][] {{structure.destruction(region, z, d)}}, null);
    }

    private Placement.Pinned draw(String region, RegionSpec r) {
        RandomGenerator rng = StreamKeys.placement(s.seed(), region, rep);
        int k = rng.nextInt(r.datacenters());
        return new Placement.Pinned(k / r.datacentersPerZone(), k % r.datacentersPerZone());
    }

    private int[] destructions(String region, int z) {
        int[] d = new int[s.topology().region(region).datacentersPerZone()];
        for (int k = 0; k < d.length; k++) {
            d[k] = structure.destruction(region, z, k);
        }
        return d;
    }

    /** The node that is up iff the replica serves in this mode now (-1: always). */
    private int guardOf(int mode, int present) {
        if (mode < 0) {
            return present;
        }
        return present < 0 ? mode : b.all(mode, present);
    }

    private void holders(Mode mode, int guard, List<Holder> out) {
        for (int k = 0; k < mode.holders().length; k++) {
            int raw = mode.holders()[k];
            out.add(new Holder(guard < 0 ? raw : b.all(raw, guard), raw, guard, mode.destructions()[k]));
        }
    }

    private int either(int modeA, int a, int modeB, int c) {
        return b.any(b.all(modeA, a), b.all(modeB, c));
    }

    private GlobalEndpoint endpoint(Simulator sim, GateNetwork network, boolean[] routable, int endpointNode) {
        if (s.clients().isEmpty()) {
            return null;
        }
        List<ReplicaNodes> nodes = new ArrayList<>(replicaNodes.values());
        List<RandomGenerator> streams = new ArrayList<>();
        for (ReplicaSpec rs : plan.replicas()) {
            streams.add(StreamKeys.routing(s.seed(), rs.region(), rep));
        }
        return new GlobalEndpoint(sim, network, s.routing(), nodes, routable, streams, endpointNode);
    }

    private void wire(Simulator sim, GateNetwork network) {
        boolean steady = s.steady();
        for (ProcessLeaf p : processLeaves) {
            var spec = p.process().spec();
            if (spec.neverFails()) {
                continue;
            }
            RandomGenerator rng = StreamKeys.process(s.seed(), p.process().elementPath(), p.process().kind().key(), rep);
            new FailureProcess(spec, rng, network, p.leaf()).start(sim, steady);
        }
        Map<String, ForcedDown> forced = new LinkedHashMap<>();
        forcedLeaves.forEach((path, leaf) -> forced.put(path, new ForcedDown(network, leaf)));
        for (OutageSpec o : s.outages()) {
            new InjectedOutage(o, StreamKeys.outage(s.seed(), o, rep), forced.get(o.target())).start(sim);
        }
        for (int k = 0; k < probes.size(); k++) {
            int[] p = probes.get(k);
            RandomGenerator rng = StreamKeys.detection(s.seed(), probeRegions.get(k), rep);
            ServiceProbe probe = new ServiceProbe(network, p[1], s.routing().undetectedIncidents(), rng);
            network.listen(p[0], probe);
            if (!network.isUp(p[0])) {
                probe.changed(p[0], false, sim.now()); // an incident in progress at the start
            }
        }
        for (int[] f : failovers) {
            FailoverWindow w = new FailoverWindow(sim, network, f[0], f[1], s.registry().zoneFailoverHours());
            for (int i = 2; i < f.length; i++) {
                network.listen(f[i], w);
            }
        }
    }

    private static int[] ints(List<Integer> xs) {
        return xs.stream().mapToInt(Integer::intValue).toArray();
    }
}
