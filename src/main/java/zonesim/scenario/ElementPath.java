package zonesim.scenario;

import java.util.Optional;
import java.util.Set;
import zonesim.model.ProcessKind;
import zonesim.model.RegionSpec;
import zonesim.model.Topology;

/**
 * An element path of SPEC 4.2: {@code eastus}, {@code eastus/az2}, {@code eastus/az2/dc1},
 * {@code eastus/az2/dc1/power} (or cooling, network, destruction), {@code replica:eastus}.
 * Zone and datacenter numbers are 1-based as written; 0 means absent.
 */
record ElementPath(String region, int zone, int datacenter, ProcessKind process, boolean replica) {
    private static final String REPLICA_PREFIX = "replica:";

    /** Parses {@code text}; throws IllegalArgumentException with a message naming the accepted forms. */
    static ElementPath parse(String text) {
        if (text.startsWith(REPLICA_PREFIX)) {
            String region = text.substring(REPLICA_PREFIX.length());
            return new ElementPath(checkRegion(region, text), 0, 0, null, true);
        }
        String[] parts = text.split("/", -1);
        if (parts.length > 4) {
            throw bad(text);
        }
        String region = checkRegion(parts[0], text);
        int zone = parts.length > 1 ? index(parts[1], "az", text) : 0;
        int dc = parts.length > 2 ? index(parts[2], "dc", text) : 0;
        ProcessKind process = null;
        if (parts.length > 3) {
            for (ProcessKind k : ProcessKind.values()) {
                if (k.perDatacenter() && k.key().equals(parts[3])) {
                    process = k;
                }
            }
            if (process == null) {
                throw new IllegalArgumentException("unknown datacenter process '" + parts[3]
                        + "' in '" + text + "'; expected power, cooling, network or destruction");
            }
        }
        return new ElementPath(region, zone, dc, process, false);
    }

    /** The failure process this path names: per-datacenter kind, ZONE, REGION or REPLICA; empty for a datacenter. */
    Optional<ProcessKind> processKind() {
        if (replica) {
            return Optional.of(ProcessKind.REPLICA);
        }
        if (process != null) {
            return Optional.of(process);
        }
        if (datacenter > 0) {
            return Optional.empty();
        }
        return Optional.of(zone > 0 ? ProcessKind.ZONE : ProcessKind.REGION);
    }

    /** Why this path names nothing in {@code topology} (with replicas in {@code replicaRegions}), if so. */
    Optional<String> problem(Topology topology, Set<String> replicaRegions) {
        if (replica) {
            return replicaRegions.contains(region) ? Optional.empty()
                    : Optional.of("there is no replica in region '" + region + "'");
        }
        RegionSpec r = topology.regions().get(region);
        if (r == null) {
            return Optional.of("region '" + region + "' is not declared in topology.regions");
        }
        if (zone > r.zones()) {
            return Optional.of("region '" + region + "' has " + r.zones() + " zone(s); az" + zone + " does not exist");
        }
        if (datacenter > r.datacentersPerZone()) {
            return Optional.of("zones of region '" + region + "' have " + r.datacentersPerZone()
                    + " datacenter(s); dc" + datacenter + " does not exist");
        }
        return Optional.empty();
    }

    private static String checkRegion(String region, String text) {
        if (!TopologyReader.REGION_NAME.matcher(region).matches()) {
            throw bad(text);
        }
        return region;
    }

    private static int index(String part, String prefix, String text) {
        if (part.startsWith(prefix) && part.length() > prefix.length()
                && part.substring(prefix.length()).chars().allMatch(Character::isDigit)) {
            try {
                int i = Integer.parseInt(part.substring(prefix.length()));
                if (i >= 1) {
                    return i;
                }
            } catch (NumberFormatException e) {
                throw bad(text);
            }
        }
        throw new IllegalArgumentException("expected '" + prefix + "N' (N >= 1) in '" + text + "', got '" + part + "'");
    }

    private static IllegalArgumentException bad(String text) {
        return new IllegalArgumentException("'" + text + "' is not an element path; expected region, region/azK, "
                + "region/azK/dcM, region/azK/dcM/power|cooling|network|destruction or replica:region");
    }
}
