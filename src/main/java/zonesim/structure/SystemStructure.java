package zonesim.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import zonesim.model.CommonCauseSpec;
import zonesim.model.FailureSpec;
import zonesim.model.ProcessKind;
import zonesim.model.RegionSpec;
import zonesim.model.Scenario;

/**
 * The structure of SPEC 4.1-4.3 and the common causes of 4.1a, written once over any
 * {@link Algebra}: the simulator builds its gate network from it and the exact engine its
 * trees. Elements are built on first use and shared afterwards (a DAG).
 *
 * <ul>
 * <li>datacenter = power AND cooling AND network AND destruction (each process an element);</li>
 * <li>zone = the zone itself (its zone-wide process) AND at least one of its datacenters;</li>
 * <li>region = its region-wide process; a replica's service = its incident process;</li>
 * <li>zone-redundant replica: pull = region AND service AND at least one zone; push the
 *     same with {@code write_quorum} zones; a push lands in one zone (region AND service AND zone);</li>
 * <li>pinned replica = region AND its zone itself AND its datacenter AND service (its datacenter
 *     being up, the zone's other datacenters do not matter);</li>
 * <li>the global endpoint = its own process;</li>
 * <li>every element a common cause lists gets that common cause's element as one more part.</li>
 * </ul>
 *
 * @param <N> the node type of the algebra
 */
public final class SystemStructure<N> {
    private static final ProcessKind[] DATACENTER_KINDS = {
        ProcessKind.POWER, ProcessKind.COOLING, ProcessKind.NETWORK, ProcessKind.DESTRUCTION};

    private final Scenario s;
    private final Algebra<N> a;
    private final Map<String, N> elements = new HashMap<>();
    private final Map<String, N> anyZone = new HashMap<>();
    private final Map<String, N> gates = new HashMap<>();
    private final List<ProcessRef> processes = new ArrayList<>();

    /** The structure of {@code s} over {@code algebra}. */
    public SystemStructure(Scenario s, Algebra<N> algebra) {
        this.s = s;
        this.a = algebra;
    }

    /** Every random process used so far, in order of first use. */
    public List<ProcessRef> processes() {
        return processes;
    }

    /** The region-wide element. */
    public N region(String region) {
        return element(region, () -> List.of(process(region, ProcessKind.REGION, region)));
    }

    /** Zone {@code z} (0-based) of {@code region}: up iff the zone itself and at least one of its datacenters are up. */
    public N zone(String region, int z) {
        String key = zonePath(region, z) + "#up";
        N n = gates.get(key);
        if (n == null) {
            RegionSpec r = s.topology().region(region);
            List<N> dcs = new ArrayList<>();
            for (int d = 0; d < r.datacentersPerZone(); d++) {
                dcs.add(datacenter(region, z, d));
            }
            n = a.all(List.of(zoneItself(region, z), dcs.size() == 1 ? dcs.get(0) : a.atLeast(1, dcs)));
            gates.put(key, n);
        }
        return n;
    }

    /** The zone element itself ({@code eastus/az2}): its zone-wide process (and what forces the whole zone down). */
    public N zoneItself(String region, int z) {
        String path = zonePath(region, z);
        return element(path, () -> List.of(process(path, ProcessKind.ZONE, path)));
    }

    /** Datacenter {@code d} of zone {@code z} (0-based). */
    public N datacenter(String region, int z, int d) {
        String path = zonePath(region, z) + "/" + RegionSpec.datacenterName(d);
        return element(path, () -> {
            List<N> parts = new ArrayList<>();
            for (ProcessKind k : DATACENTER_KINDS) {
                String processPath = path + "/" + k.key();
                parts.add(element(processPath, () -> List.of(process(path, k, processPath))));
            }
            return parts;
        });
    }

    /** The destruction element of a datacenter (the datacenter must have been built). */
    public N destruction(String region, int z, int d) {
        datacenter(region, z, d);
        return elements.get(zonePath(region, z) + "/" + RegionSpec.datacenterName(d) + "/destruction");
    }

    /** The service of the replica in {@code region} ({@code replica:<region>}). */
    public N service(String region) {
        String path = "replica:" + region;
        return element(path, () -> List.of(process(path, ProcessKind.REPLICA, path)));
    }

    /** Up iff at least one zone of {@code region} is up. */
    public N anyZone(String region) {
        N n = anyZone.get(region);
        if (n == null) {
            List<N> zones = zones(region);
            n = zones.size() == 1 ? zones.get(0) : a.atLeast(1, zones);
            anyZone.put(region, n);
        }
        return n;
    }

    /** The zones of {@code region}. */
    public List<N> zones(String region) {
        List<N> zones = new ArrayList<>();
        for (int z = 0; z < s.topology().region(region).zones(); z++) {
            zones.add(zone(region, z));
        }
        return zones;
    }

    /** A zone-redundant replica's pull structure: region AND service AND at least one zone. */
    public N zoneRedundantPull(String region) {
        return a.all(List.of(region(region), service(region), anyZone(region)));
    }

    /** A zone-redundant replica's push structure: region AND service AND at least write_quorum zones. */
    public N zoneRedundantPush(String region) {
        int quorum = s.registry().writeQuorum();
        List<N> zones = zones(region);
        return a.all(List.of(region(region), service(region),
                quorum == 1 ? anyZone(region) : a.atLeast(quorum, zones)));
    }

    /** Where a push to a zone-redundant replica lands: region AND service AND zone {@code z}. */
    public N zoneHolder(String region, int z) {
        return a.all(List.of(region(region), service(region), zone(region, z)));
    }

    /** A replica pinned to datacenter (z, d): region AND zone AND datacenter AND service. */
    public N pinned(String region, int z, int d) {
        RegionSpec r = s.topology().region(region);
        if (z < 0 || z >= r.zones() || d < 0 || d >= r.datacentersPerZone()) {
            throw new IllegalArgumentException("placement az" + (z + 1) + "/dc" + (d + 1) + " is outside region "
                    + region);
        }
        return a.all(List.of(region(region), zoneItself(region, z), datacenter(region, z, d), service(region)));
    }

    /** The global endpoint (SPEC 4.5). */
    public N endpoint() {
        return element("endpoint", () -> List.of(process("endpoint", ProcessKind.ENDPOINT, "endpoint",
                s.routing().endpoint())));
    }

    /** The element of common cause {@code c}. */
    public N commonCause(CommonCauseSpec c) {
        return element(c.path(), () -> List.of(process(c.path(), ProcessKind.COMMON_CAUSE, c.path(), c.spec())));
    }

    /** The element at {@code path}, built by {@code parts} on first use, with the common causes that cover it. */
    private N element(String path, java.util.function.Supplier<List<N>> parts) {
        N n = elements.get(path);
        if (n == null) {
            List<N> all = new ArrayList<>(parts.get());
            for (CommonCauseSpec c : s.commonCauses()) {
                if (c.covers(path)) {
                    all.add(commonCause(c));
                }
            }
            n = a.element(path, all);
            elements.put(path, n);
        }
        return n;
    }

    private N process(String elementPath, ProcessKind kind, String path) {
        return process(elementPath, kind, path, s.failures().spec(kind, path));
    }

    private N process(String elementPath, ProcessKind kind, String path, FailureSpec spec) {
        ProcessRef p = new ProcessRef(elementPath, kind, path, spec);
        processes.add(p);
        return a.process(p);
    }

    private static String zonePath(String region, int z) {
        return region + "/" + RegionSpec.zoneName(z);
    }
}
