package zonesim.registry;

import java.util.ArrayList;
import java.util.List;
import zonesim.structure.GateNetwork;

/**
 * Builds the nodes of one replica in one placement mode (SPEC 4.3): zone-redundant (pull
 * needs region, service and at least one zone; push {@code write_quorum} zones; a
 * failover-window leaf when {@code zone_failover > 0}) or pinned to one datacenter.
 */
final class ReplicaShape {
    /** The nodes of one mode; {@code failover} is {core, leaf, zones...} or null. */
    record Nodes(int pull, int push, int probe, int[] holders, int[][] destructions, int[] failover) { }

    private ReplicaShape() { }

    /** Zone-redundant: serves from every zone of its region. */
    static Nodes zoneRedundant(GateNetwork.Builder b, int region, int service, int seen, int[] zones,
                               int[][] zoneDestructions, int writeQuorum, boolean failoverWindow) {
        int anyZone = b.any(zones);
        int core = b.all(region, service, anyZone);
        int pushCore = b.all(region, service, b.gate(writeQuorum, zones));
        int probe = seen == service ? core : b.all(region, seen, anyZone);
        int[] holders = new int[zones.length];
        for (int z = 0; z < zones.length; z++) {
            holders[z] = b.all(region, service, zones[z]);
        }
        if (!failoverWindow) {
            return new Nodes(core, pushCore, probe, holders, zoneDestructions, null);
        }
        int leaf = b.leaf();
        List<Integer> f = new ArrayList<>(List.of(core, leaf));
        for (int z : zones) {
            f.add(z);
        }
        return new Nodes(b.all(core, leaf), b.all(pushCore, leaf), probe, holders, zoneDestructions,
                f.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Pinned to one datacenter of one zone. */
    static Nodes pinned(GateNetwork.Builder b, int region, int service, int seen, int zone, int dc, int destruction) {
        int node = b.all(region, zone, dc, service);
        int probe = seen == service ? node : b.all(region, zone, dc, seen);
        return new Nodes(node, node, probe, new int[] {node}, new int[][] {{destruction}}, null);
    }
}
