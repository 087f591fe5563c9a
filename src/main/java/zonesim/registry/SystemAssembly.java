package zonesim.registry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import zonesim.failure.FailureProcess;
import zonesim.failure.ForcedDown;
import zonesim.failure.InjectedOutage;
import zonesim.kernel.Simulator;
import zonesim.model.OutageSpec;
import zonesim.model.Placement;
import zonesim.model.ProcessKind;
import zonesim.model.RegionSpec;
import zonesim.model.ReplicaSpec;
import zonesim.model.Scenario;
import zonesim.random.Streams;
import zonesim.structure.GateNetwork;

/**
 * Assembles one replication's {@link SystemInstance}: collects the structure's nodes
 * (regions, zones, datacenters, replicas in each placement mode, switches for the
 * timeline), builds the gate network, then wires failure processes, injected outages,
 * failover windows, service probes, the timeline and the global endpoint to its leaves.
 */
final class SystemAssembly {
    /** A leaf driven by the random process {@code kind} of element {@code elementPath}. */
    private record ProcessLeaf(String elementPath, ProcessKind kind, int leaf, String processPath) { }

    private final Scenario s;
    private final int rep;
    private final GateNetwork.Builder b = new GateNetwork.Builder();
    private final Map<String, Integer> elements = new LinkedHashMap<>();
    private final Map<String, Integer> forcedLeaves = new LinkedHashMap<>();
    private final List<ProcessLeaf> processLeaves = new ArrayList<>();
    private final Map<String, ReplicaNodes> replicaNodes = new LinkedHashMap<>();
    private final List<int[]> failovers = new ArrayList<>(); // {core, leaf, zone...}
    private final java.util.Set<String> targets = new java.util.HashSet<>();
    private final List<int[]> probes = new ArrayList<>(); // {service node, seen leaf}
    private final List<ChangeEvents.Controls> controls = new ArrayList<>();
    private final ChangePlan plan;

    SystemAssembly(Scenario s, ChangePlan plan, int rep) {
        this.s = s;
        this.rep = rep;
        this.plan = plan;
        for (OutageSpec o : s.outages()) {
            targets.add(o.target());
        }
    }

    private int process(String elementPath, ProcessKind kind, String processPath) {
        int leaf = b.leaf();
        processLeaves.add(new ProcessLeaf(elementPath, kind, leaf, processPath));
        return element(processPath, leaf);
    }

    /** Registers element {@code path} as the series of {@code kids}, plus a forced leaf if targeted. */
    private int element(String path, int... kids) {
        int[] all = kids;
        if (targets.contains(path)) {
            int forced = b.leaf();
            forcedLeaves.put(path, forced);
            all = java.util.Arrays.copyOf(kids, kids.length + 1);
            all[kids.length] = forced;
        }
        int node = all.length == 1 ? all[0] : b.all(all);
        elements.put(path, node);
        return node;
    }

    SystemInstance finish() {
        Map<String, int[][]> regionDcs = new LinkedHashMap<>();
        Map<String, int[]> regionZones = new LinkedHashMap<>();
        for (RegionSpec r : s.topology().regions().values()) {
            process(r.name(), ProcessKind.REGION, r.name());
            int[] zones = new int[r.zones()];
            int[][] dcs = new int[r.zones()][r.datacentersPerZone()];
            for (int z = 0; z < r.zones(); z++) {
                String zp = r.name() + "/" + RegionSpec.zoneName(z);
                for (int d = 0; d < r.datacentersPerZone(); d++) {
                    String dp = zp + "/" + RegionSpec.datacenterName(d);
                    int power = process(dp, ProcessKind.POWER, dp + "/power");
                    int cooling = process(dp, ProcessKind.COOLING, dp + "/cooling");
                    int net = process(dp, ProcessKind.NETWORK, dp + "/network");
                    int destruction = process(dp, ProcessKind.DESTRUCTION, dp + "/destruction");
                    dcs[z][d] = element(dp, power, cooling, net, destruction);
                }
                int zoneProcess = b.leaf();
                processLeaves.add(new ProcessLeaf(zp, ProcessKind.ZONE, zoneProcess, zp));
                int anyDc = dcs[z].length == 1 ? dcs[z][0] : b.any(dcs[z]);
                zones[z] = element(zp, zoneProcess, anyDc);
            }
            regionZones.put(r.name(), zones);
            regionDcs.put(r.name(), dcs);
        }
        List<Integer> pulls = new ArrayList<>();
        List<ReplicaSpec> specs = plan.replicas();
        for (int i = 0; i < specs.size(); i++) {
            ReplicaSpec rs = specs.get(i);
            ReplicaNodes nodes = replica(i, rs, regionZones.get(rs.region()), regionDcs.get(rs.region()));
            replicaNodes.put(rs.region(), nodes);
            pulls.add(nodes.pull());
        }
        int global = b.any(pulls.stream().mapToInt(Integer::intValue).toArray());
        GateNetwork network = b.build();
        Simulator sim = new Simulator(processLeaves.size() + s.outages().size() + failovers.size());
        for (int i = 0; i < controls.size(); i++) {
            ChangeEvents.Controls c = controls.get(i);
            if (c.absent() >= 0) {
                network.set(c.absent(), false, 0);
            }
            if (c.zoneRedundantMode() >= 0) {
                boolean zr = plan.replicas().get(i).zoneRedundant();
                network.set(c.zoneRedundantMode(), zr, 0);
                network.set(c.pinnedMode(), !zr, 0);
            }
        }
        ChangeEvents changes = new ChangeEvents(plan, controls, network);
        wire(sim, network);
        GlobalEndpoint endpoint = endpoint(sim, network, changes.routable());
        changes.start(sim, endpoint);
        return new SystemInstance(sim, network, Collections.unmodifiableMap(replicaNodes),
                Collections.unmodifiableMap(elements), global, endpoint);
    }

    /** The nodes of replica {@code i}, with mode and presence switches where its timeline needs them. */
    private ReplicaNodes replica(int i, ReplicaSpec rs, int[] zones, int[][] dcs) {
        int region = elements.get(rs.region());
        int service = process(rs.servicePath(), ProcessKind.REPLICA, rs.servicePath());
        int seen = service;
        if (s.routing().undetectedIncidents() > 0) {
            seen = b.leaf();
            probes.add(new int[] {service, seen});
        }
        ReplicaShape.Nodes zr = null;
        ReplicaShape.Nodes pin = null;
        if (plan.everZoneRedundant(i)) {
            int[][] zoneDestructions = new int[zones.length][];
            for (int z = 0; z < zones.length; z++) {
                zoneDestructions[z] = destructionNodes(rs.region(), z, dcs[z].length);
            }
            zr = ReplicaShape.zoneRedundant(b, region, service, seen, zones, zoneDestructions,
                    s.registry().writeQuorum(), s.registry().zoneFailoverHours() > 0);
            if (zr.failover() != null) {
                failovers.add(zr.failover());
            }
        }
        if (plan.everPinned(i)) {
            Placement.Pinned at = placement(rs, plan.pinnedPlacement(i), dcs.length, dcs[0].length);
            int z = at.zoneIndex();
            int d = at.datacenterIndex();
            pin = ReplicaShape.pinned(b, region, service, seen, zones[z], dcs[z][d],
                    destructionNodes(rs.region(), z, dcs[z].length)[d]);
        }
        int zrMode = -1;
        int pinMode = -1;
        ReplicaShape.Nodes n = zr != null ? zr : pin;
        if (zr != null && pin != null) {
            zrMode = b.leaf();
            pinMode = b.leaf();
            n = new ReplicaShape.Nodes(either(zrMode, zr.pull(), pinMode, pin.pull()),
                    either(zrMode, zr.push(), pinMode, pin.push()), either(zrMode, zr.probe(), pinMode, pin.probe()),
                    null, null, null);
        }
        int present = -1;
        int absent = -1;
        int observedPull = n.pull();
        int observedPush = n.push();
        if (plan.switches(i, ChangePlan.Kind.PRESENT)) {
            present = b.leaf();
            absent = b.leaf();
            n = new ReplicaShape.Nodes(b.all(n.pull(), present), b.all(n.push(), present), b.all(n.probe(), present),
                    null, null, null);
            observedPull = b.any(n.pull(), absent);
            observedPush = n.push() == n.pull() ? observedPull : b.any(n.push(), absent);
        }
        List<Holder> holders = new ArrayList<>();
        if (zr != null) {
            holders(zr, guardOf(zrMode, present), holders);
        }
        if (pin != null) {
            holders(pin, guardOf(pinMode, present), holders);
        }
        controls.add(new ChangeEvents.Controls(present, absent, zrMode, pinMode));
        return new ReplicaNodes(rs.region(), n.pull(), n.push(), n.probe(), List.copyOf(holders),
                observedPull, observedPush);
    }

    /** The node that is up iff the replica serves in this mode now (-1: always). */
    private int guardOf(int mode, int present) {
        if (mode < 0) {
            return present;
        }
        return present < 0 ? mode : b.all(mode, present);
    }

    private void holders(ReplicaShape.Nodes shape, int guard, List<Holder> out) {
        for (int k = 0; k < shape.holders().length; k++) {
            int raw = shape.holders()[k];
            out.add(new Holder(guard < 0 ? raw : b.all(raw, guard), raw, guard, shape.destructions()[k]));
        }
    }

    private int either(int modeA, int a, int modeB, int c) {
        return b.any(b.all(modeA, a), b.all(modeB, c));
    }

    private int[] destructionNodes(String region, int zone, int dcsPerZone) {
        int[] d = new int[dcsPerZone];
        for (int k = 0; k < dcsPerZone; k++) {
            d[k] = elements.get(region + "/" + RegionSpec.zoneName(zone) + "/" + RegionSpec.datacenterName(k)
                    + "/destruction");
        }
        return d;
    }

    private Placement.Pinned placement(ReplicaSpec rs, Placement where, int zones, int dcsPerZone) {
        if (where instanceof Placement.Pinned p) {
            return p;
        }
        RandomGenerator rng = Streams.stream(s.seed(), rs.servicePath(), "placement", rep);
        int k = rng.nextInt(zones * dcsPerZone);
        return new Placement.Pinned(k / dcsPerZone, k % dcsPerZone);
    }

    private GlobalEndpoint endpoint(Simulator sim, GateNetwork network, boolean[] routable) {
        if (s.clients().isEmpty()) {
            return null;
        }
        List<ReplicaNodes> nodes = new ArrayList<>(replicaNodes.values());
        List<RandomGenerator> streams = new ArrayList<>();
        for (ReplicaSpec rs : plan.replicas()) {
            streams.add(Streams.stream(s.seed(), rs.servicePath(), "routing", rep));
        }
        return new GlobalEndpoint(sim, network, s.routing(), nodes, routable, streams);
    }

    private String pathOf(int node) {
        for (Map.Entry<String, Integer> e : elements.entrySet()) {
            if (e.getValue() == node) {
                return e.getKey();
            }
        }
        throw new IllegalStateException("node " + node + " is no element");
    }

    private void wire(Simulator sim, GateNetwork network) {
        for (ProcessLeaf p : processLeaves) {
            var spec = s.failures().spec(p.kind(), p.processPath());
            if (spec.neverFails()) {
                continue;
            }
            RandomGenerator rng = Streams.stream(s.seed(), p.elementPath(), p.kind().key(), rep);
            new FailureProcess(spec, rng, network, p.leaf()).start(sim);
        }
        Map<String, ForcedDown> forced = new LinkedHashMap<>();
        forcedLeaves.forEach((path, leaf) -> forced.put(path, new ForcedDown(network, leaf)));
        for (OutageSpec o : s.outages()) {
            String key = "outage@" + o.atHours() + "/" + o.cause();
            RandomGenerator rng = Streams.stream(s.seed(), o.target(), key, rep);
            new InjectedOutage(o, rng, forced.get(o.target())).start(sim);
        }
        for (int[] p : probes) {
            RandomGenerator rng = Streams.stream(s.seed(), pathOf(p[0]), "detection", rep);
            network.listen(p[0], new ServiceProbe(network, p[1], s.routing().undetectedIncidents(), rng));
        }
        for (int[] f : failovers) {
            FailoverWindow w = new FailoverWindow(sim, network, f[0], f[1], s.registry().zoneFailoverHours());
            for (int i = 2; i < f.length; i++) {
                network.listen(f[i], w);
            }
        }
    }
}
