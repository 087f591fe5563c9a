package zonesim.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;
import zonesim.model.Placement;
import zonesim.model.RegionSpec;
import zonesim.model.RegistrySpec;
import zonesim.model.ReplicaSpec;

/**
 * {@code registry}: name (default: the scenario name), sku (default Premium), home (default:
 * the first replica), replicas by region, write_quorum (default 1), zone_failover (default 5s).
 * A replica defaults to placement random, routing true and zone redundancy false, except under
 * platform acr-2025 in a region with more than one zone, where zone redundancy is automatic.
 */
final class RegistryReader {
    /** Accepted SKUs. */
    static final List<String> SKUS = List.of("Basic", "Standard", "Premium");
    /** Default zone_failover: 5 s (ACR documents "a few seconds"). */
    static final double DEFAULT_ZONE_FAILOVER_HOURS = 5.0 / 3600;

    private static final List<String> KEYS =
            List.of("name", "sku", "home", "replicas", "write_quorum", "zone_failover");
    private static final List<String> REPLICA_KEYS = List.of("zone_redundancy", "placement", "routing");

    private RegistryReader() { }

    /** Reads the registry; null when nothing usable is there (problems reported). */
    static RegistrySpec read(Fields root, String scenarioName, String platform, Map<String, RegionSpec> regions) {
        Diagnostics d = root.diagnostics();
        if (!root.has("registry")) {
            d.error(root.node(), "registry", "required: the registry and its replicas");
            return null;
        }
        Fields f = Fields.of(d, root.get("registry"), root.path("registry"), KEYS);
        String name = f.string("name", scenarioName);
        String sku = sku(f);
        Map<String, ReplicaSpec> replicas = new LinkedHashMap<>();
        java.util.Set<String> undeclared = new java.util.HashSet<>();
        if (!f.has("replicas")) {
            d.error(f.node(), f.path("replicas"), "required: at least one replica");
        }
        Fields rf = Fields.of(d, f.get("replicas"), f.path("replicas"), null);
        if (f.has("replicas") && rf.keys().isEmpty() && rf.wellTyped()) {
            d.error(rf.node(), rf.path(), "at least one replica is required");
        }
        for (String region : rf.keys()) {
            RegionSpec r = regions.get(region);
            if (r == null) {
                d.error(rf.keyNode(region), rf.path(region), "region '" + region
                        + "' is not declared in topology.regions" + DidYouMean.hint(region, regions.keySet()));
                undeclared.add(region);
                continue;
            }
            replicas.put(region, replica(Fields.of(d, rf.get(region), rf.path(region), REPLICA_KEYS), r, platform));
        }
        String home = replicas.isEmpty() ? null : replicas.keySet().iterator().next();
        if (f.has("home")) {
            Optional<String> h = Values.string(d, f.get("home"), f.path("home"));
            if (h.isPresent() && !replicas.containsKey(h.get()) && !undeclared.contains(h.get())) {
                d.error(f.get("home"), f.path("home"), "the home region '" + h.get() + "' must have a replica"
                        + DidYouMean.hint(h.get(), replicas.keySet()));
            }
            home = h.filter(replicas::containsKey).orElse(home);
        }
        int quorum = f.count("write_quorum", 1, 1, TopologyReader.MAX_PER_LEVEL);
        double failover = f.duration("zone_failover", DEFAULT_ZONE_FAILOVER_HOURS);
        return replicas.isEmpty() ? null : new RegistrySpec(name, sku, home, replicas, quorum, failover);
    }

    /** One replica entry, {@code { zone_redundancy, placement, routing }}, in declared region {@code r}. */
    static ReplicaSpec replica(Fields f, RegionSpec r, String platform) {
        boolean zr = f.bool("zone_redundancy", defaultZoneRedundancy(platform, r));
        Placement placement = f.has("placement")
                ? placement(f.diagnostics(), f.get("placement"), f.path("placement"), r) : Placement.RANDOM;
        if (zr && f.has("placement") && f.has("zone_redundancy")) {
            f.diagnostics().error(f.get("placement"), f.path("placement"), "a zone-redundant replica serves from"
                    + " every zone: placement applies only with zone_redundancy: false");
        } else if (zr && f.has("placement") && placement instanceof Placement.Pinned) {
            f.diagnostics().notice(f.get("placement"), f.path("placement"),
                    "placement is ignored: zone redundancy is automatic here under " + platform);
        }
        return new ReplicaSpec(r.name(), zr, placement, f.bool("routing", true));
    }

    /** Zone redundancy when not given: automatic under acr-2025 in a region with zones, else false. */
    static boolean defaultZoneRedundancy(String platform, RegionSpec r) {
        return PlatformRules.ACR_2025.equals(platform) && r.zones() > 1;
    }

    /** {@code random} or {@code azK/dcM} within region {@code r}; random after reporting a bad value. */
    static Placement placement(Diagnostics d, Node n, String path, RegionSpec r) {
        Optional<String> text = Values.text(d, n, path, "'random' or a datacenter such as az1/dc1");
        if (text.isEmpty() || text.get().equals("random")) {
            return Placement.RANDOM;
        }
        ElementPath p;
        try {
            p = ElementPath.parse(r.name() + "/" + text.get());
        } catch (IllegalArgumentException e) {
            p = null;
        }
        if (p == null || p.datacenter() == 0 || p.process() != null) {
            d.error(n, path, "expected 'random' or a datacenter such as az1/dc1, got '" + text.get() + "'");
            return Placement.RANDOM;
        }
        Optional<String> problem = p.problem(new zonesim.model.Topology(Map.of(r.name(), r)), java.util.Set.of());
        if (problem.isPresent()) {
            d.error(n, path, problem.get());
            return Placement.RANDOM;
        }
        return new Placement.Pinned(p.zone() - 1, p.datacenter() - 1);
    }

    private static String sku(Fields f) {
        String sku = f.string("sku", "Premium");
        for (String s : SKUS) {
            if (s.equalsIgnoreCase(sku)) {
                return s;
            }
        }
        f.diagnostics().error(f.get("sku"), f.path("sku"), "unknown sku '" + sku + "'"
                + DidYouMean.hint(sku, SKUS) + "; expected Basic, Standard or Premium");
        return "Premium";
    }
}
