package zonesim.registry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import zonesim.model.OutageSpec;
import zonesim.model.Placement;
import zonesim.model.RegionSpec;
import zonesim.model.ReplicaSpec;
import zonesim.model.Scenario;
import zonesim.random.StreamFamily;
import zonesim.random.StreamKeys;
import zonesim.structure.Algebra;
import zonesim.structure.GateNetwork;
import zonesim.structure.ProcessRef;
import zonesim.structure.SystemStructure;

/**
 * Assembles the {@link SystemTemplate} of a configuration (for one draw of the random
 * placements): the structure of {@link SystemStructure} as a gate network, plus what only
 * the simulator has — a leaf per element that injected outages hold down, zone-failover
 * window leaves, the probe's view of each service, and switches for the configuration
 * timeline — and the plan for wiring failure processes, injected outages, windows, probes,
 * the timeline and the global endpoint to its leaves in each replication.
 */
final class SystemAssembly implements Algebra<Integer> {
    /** The nodes of one replica in one placement mode. */
    private record Mode(int pull, int push, int struct, int probe, int[] holders, int[][] destructions,
                        int[] failover) { }

    private final Scenario s;
    private final Placement.Pinned[] drawn;
    private final GateNetwork.Builder b = new GateNetwork.Builder();
    private final SystemStructure<Integer> structure;
    private final Map<String, Integer> elements = new LinkedHashMap<>();
    private final Map<String, Integer> forcedLeaves = new LinkedHashMap<>();
    private final List<SystemTemplate.ProcessLeaf> processLeaves = new ArrayList<>();
    private final Map<String, ReplicaNodes> replicaNodes = new LinkedHashMap<>();
    private final List<int[]> failovers = new ArrayList<>(); // {core, leaf, zone...}
    private final Set<String> targets = new HashSet<>();
    private final List<SystemTemplate.Probe> probes = new ArrayList<>();
    private final List<ChangeEvents.Controls> controls = new ArrayList<>();
    private final ChangePlan plan;

    /** The assembly of {@code s} with {@code drawn[i]} the datacenter of replica i where its placement is random. */
    SystemAssembly(Scenario s, ChangePlan plan, Placement.Pinned[] drawn) {
        this.s = s;
        this.drawn = drawn.clone();
        this.plan = plan;
        this.structure = new SystemStructure<>(s, this);
        for (OutageSpec o : s.outages()) {
            targets.add(o.target());
        }
    }

    @Override
    public Integer process(ProcessRef p) {
        int leaf = b.leaf();
        processLeaves.add(new SystemTemplate.ProcessLeaf(p.spec(), leaf,
                StreamKeys.process(s.seed(), p.elementPath(), p.kind().key())));
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

    /** The template: the structure, its leaves and what each replication wires to them. */
    SystemTemplate finish() {
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
        List<StreamFamily> outages = s.outages().stream().map(o -> StreamKeys.outage(s.seed(), o)).toList();
        List<StreamFamily> routing = plan.replicas().stream().map(rs -> StreamKeys.routing(s.seed(), rs.region())).toList();
        return new SystemTemplate(s, plan, b.layout(), new SystemTemplate.Nodes(Collections.unmodifiableMap(replicaNodes),
                Collections.unmodifiableMap(elements), global, globalStruct, endpointNode),
                new SystemTemplate.Wiring(processLeaves, forcedLeaves, outages, probes, failovers, controls, routing));
    }

    /** The nodes of replica {@code i}, with mode and presence switches where its timeline needs them. */
    private ReplicaNodes replica(int i, ReplicaSpec rs) {
        String region = rs.region();
        int service = structure.service(region);
        int seen = service;
        if (s.routing().undetectedIncidents() > 0) {
            seen = b.leaf();
            probes.add(new SystemTemplate.Probe(service, seen, StreamKeys.detection(s.seed(), region)));
        }
        Mode zr = plan.everZoneRedundant(i) ? zoneRedundant(region, seen) : null;
        Mode pin = plan.everPinned(i) ? pinned(i, region, seen, plan.pinnedPlacement(i)) : null;
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

    /** Pinned mode: one datacenter, the one drawn for this replication when the placement is random. */
    private Mode pinned(int index, String region, int seen, Placement where) {
        Placement.Pinned at = where instanceof Placement.Pinned p ? p : drawn[index];
        int z = at.zoneIndex();
        int d = at.datacenterIndex();
        int node = structure.pinned(region, z, d);
        int probe = seen == structure.service(region) ? node
                : all(List.of(structure.region(region), structure.zoneItself(region, z), structure.datacenter(region, z, d),
                        seen));
        return new Mode(node, node, node, probe, new int[] {node},
                new int[][] {{structure.destruction(region, z, d)}}, null);
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

    private static int[] ints(List<Integer> xs) {
        return xs.stream().mapToInt(Integer::intValue).toArray();
    }
}
