package zonesim.exact;

import java.util.ArrayList;
import java.util.List;
import zonesim.model.Placement;
import zonesim.model.ProcessKind;
import zonesim.model.RegionSpec;
import zonesim.model.ReplicaSpec;
import zonesim.model.Scenario;

/**
 * The structure functions of SPEC 4.1-4.3 as {@link Node} trees: datacenter = series of its
 * processes; zone = zone process in series with the parallel of its datacenters; region =
 * its region-wide process; replicas per placement and zone redundancy.
 */
final class Structures {
    private static final ProcessKind[] DATACENTER_KINDS = {
        ProcessKind.POWER, ProcessKind.COOLING, ProcessKind.NETWORK, ProcessKind.DESTRUCTION};

    private final Scenario scenario;
    private final java.util.Map<String, ProcessMeasures> measures = new java.util.HashMap<>();

    /** Structures of the given scenario. */
    Structures(Scenario scenario) {
        this.scenario = scenario;
    }

    /** Pull availability of a replica. */
    Node pull(ReplicaSpec r) {
        RegionSpec region = scenario.topology().region(r.region());
        if (r.zoneRedundant()) {
            return new Node.Series(List.of(regionLeaf(region), service(r), new Node.Parallel(zones(region))));
        } else if (r.placement() instanceof Placement.Pinned p) {
            return pinned(r, region, p.zoneIndex(), p.datacenterIndex());
        }
        List<Node> options = new ArrayList<>();
        for (int z = 0; z < region.zones(); z++) {
            for (int d = 0; d < region.datacentersPerZone(); d++) {
                options.add(pinned(r, region, z, d));
            }
        }
        return new Node.Mixture(options);
    }

    /** Push availability: at least write_quorum zones for a zone-redundant replica, else as pull. */
    Node push(ReplicaSpec r) {
        if (!r.zoneRedundant()) {
            return pull(r);
        }
        RegionSpec region = scenario.topology().region(r.region());
        return new Node.Series(List.of(regionLeaf(region), service(r),
                new Node.AtLeast(scenario.registry().writeQuorum(), zones(region))));
    }

    /** The zones of a region, each up iff its zone process and at least one datacenter are up. */
    List<Node> zones(RegionSpec region) {
        List<Node> zones = new ArrayList<>();
        for (int z = 0; z < region.zones(); z++) {
            List<Node> dcs = new ArrayList<>();
            for (int d = 0; d < region.datacentersPerZone(); d++) {
                dcs.add(datacenter(region, z, d));
            }
            zones.add(new Node.Series(List.of(zoneLeaf(region, z), new Node.Parallel(dcs))));
        }
        return zones;
    }

    /** The region-wide process. */
    Node.Leaf regionLeaf(RegionSpec region) {
        return leaf(ProcessKind.REGION, region.name());
    }

    /** The replica's service-incident process. */
    Node.Leaf service(ReplicaSpec r) {
        return leaf(ProcessKind.REPLICA, r.servicePath());
    }

    /** A replica pinned to one datacenter: given that datacenter is up, its zone is up iff the zone process is. */
    private Node pinned(ReplicaSpec r, RegionSpec region, int z, int d) {
        if (z < 0 || z >= region.zones() || d < 0 || d >= region.datacentersPerZone()) {
            throw new IllegalArgumentException("placement " + r.placement() + " is outside region " + region.name());
        }
        return new Node.Series(List.of(regionLeaf(region), zoneLeaf(region, z), datacenter(region, z, d), service(r)));
    }

    private Node datacenter(RegionSpec region, int z, int d) {
        String path = zonePath(region, z) + "/" + RegionSpec.datacenterName(d);
        List<Node> processes = new ArrayList<>();
        for (ProcessKind k : DATACENTER_KINDS) {
            processes.add(leaf(k, path + "/" + k.key()));
        }
        return new Node.Series(processes);
    }

    private Node.Leaf zoneLeaf(RegionSpec region, int z) {
        return leaf(ProcessKind.ZONE, zonePath(region, z));
    }

    private static String zonePath(RegionSpec region, int z) {
        return region.name() + "/" + RegionSpec.zoneName(z);
    }

    private Node.Leaf leaf(ProcessKind kind, String path) {
        return new Node.Leaf(path, kind,
                measures.computeIfAbsent(path, p -> ProcessMeasures.of(scenario.failures().spec(kind, p))));
    }
}
