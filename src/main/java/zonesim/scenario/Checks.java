package zonesim.scenario;

import java.util.List;
import java.util.Map;
import java.util.Set;
import zonesim.model.ChangeSpec;
import zonesim.model.ClientSpec;
import zonesim.model.OutageSpec;
import zonesim.model.RegionSpec;
import zonesim.model.RegistrySpec;
import zonesim.model.ReplicaSpec;
import zonesim.model.Topology;

/** Consistency checks that span sections of the scenario. */
final class Checks {
    private Checks() { }

    /** write_quorum may not exceed the zones of any replica that is (or becomes) zone-redundant. */
    static void writeQuorum(Diagnostics d, RegistrySpec registry, Iterable<ChangeSpec> changes, Topology topology) {
        for (ReplicaSpec r : registry.replicas().values()) {
            if (r.zoneRedundant()) {
                quorum(d, registry, r.region(), topology);
            }
        }
        for (ChangeSpec c : changes) {
            if (c instanceof ChangeSpec.AddReplica a && a.replica().zoneRedundant()) {
                quorum(d, registry, a.replica().region(), topology);
            } else if (c instanceof ChangeSpec.SetZoneRedundancy z && z.zoneRedundant()) {
                quorum(d, registry, z.region(), topology);
            }
        }
    }

    /**
     * Clients route nearest first (SPEC 4.5), which needs the coordinates of every replica
     * region that some client does not rank explicitly in {@code prefer}.
     */
    static void coordinates(Diagnostics d, Map<String, ClientSpec> clients, Set<String> replicas, Topology topology) {
        for (String region : replicas) {
            RegionSpec r = topology.regions().get(region);
            boolean needed = clients.values().stream().anyMatch(c -> !c.prefer().contains(region));
            if (r != null && needed && Double.isNaN(r.latitude())) {
                String path = "topology.regions." + region;
                d.error(d.locate(path), path, "region '" + region + "' needs latitude and longitude: "
                        + "clients route to the nearest replica unless their prefer list ranks it");
            }
        }
    }

    /** A notice for each outage or change that starts at or after the horizon, so it never takes effect. */
    static void horizon(Diagnostics d, double horizonHours, List<OutageSpec> outages, List<ChangeSpec> changes,
                        List<String> changePaths) {
        for (int i = 0; i < outages.size(); i++) {
            if (outages.get(i).atHours() >= horizonHours) {
                String path = Paths.item("outages", i) + ".at";
                d.notice(d.locate(path), path, "starts at or after the horizon; it has no effect");
            }
        }
        for (int i = 0; i < changes.size(); i++) {
            if (changes.get(i).atHours() >= horizonHours) {
                String path = changePaths.get(i) + ".at";
                d.notice(d.locate(path), path, "applies at or after the horizon; it has no effect");
            }
        }
    }

    /**
     * SLA windows are judged only when complete (SPEC 4.6a cuts each replication into
     * consecutive windows): say so when the horizon holds none or leaves a partial last one.
     */
    static void slaWindows(Diagnostics d, double horizonHours, zonesim.model.SlaSpec sla, boolean hasClients) {
        if (!hasClients) {
            return;
        }
        long whole = (long) Math.floor(horizonHours / sla.windowHours() + 1e-9);
        String path = "sla.window";
        if (whole == 0) {
            String at = d.locate(path) != null && d.locate(path) != d.locate("sla") ? path : "horizon";
            d.warning(d.locate(at), at, "the horizon (" + zonesim.distribution.Hours.describe(horizonHours)
                    + ") is shorter than the SLA window (" + zonesim.distribution.Hours.describe(sla.windowHours())
                    + "): no window is complete, so breach probabilities are undefined");
        } else if (Math.abs(horizonHours - whole * sla.windowHours()) > 1e-9 * horizonHours) {
            d.notice(d.locate(path), path, "the horizon holds " + whole + " whole window(s); the last "
                    + String.format(java.util.Locale.ROOT, "%.4g", horizonHours - whole * sla.windowHours())
                    + " h are not judged");
        }
    }

    private static void quorum(Diagnostics d, RegistrySpec registry, String region, Topology topology) {
        int zones = topology.region(region).zones();
        if (registry.writeQuorum() > zones) {
            d.error(d.locate("registry.write_quorum"), "registry.write_quorum", "write_quorum "
                    + registry.writeQuorum() + " exceeds the " + zones + " zone(s) of zone-redundant replica '"
                    + region + "'");
        }
    }
}
