package zonesim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import zonesim.model.ChangeSpec;
import zonesim.model.RegistrySpec;
import zonesim.model.ReplicaSpec;
import zonesim.model.Topology;

/**
 * The creation rules of SPEC 4.4, checked on the registry and on every change. acr-2020-preview:
 * zone redundancy (ZR) and geo-replication need Premium, ZR only in eastus, eastus2, westus2,
 * ZR fixed at creation. acr-2022: the same with ZR in every catalogue region with zones.
 * acr-2025: ZR automatic in regions with zones (a {@code false} there is overridden, with a
 * notice), never in regions without; geo-replication needs Premium. none: no rules.
 * Violations are errors, or warnings when lenient (the scenario is then taken as written).
 */
public final class PlatformRules {
    /** No rules (what-if studies). */
    static final String NONE = "none";
    /** The original zone-redundancy preview. */
    static final String ACR_2020 = "acr-2020-preview";
    /** Zone redundancy generally available in catalogue regions with zones. */
    static final String ACR_2022 = "acr-2022";
    /** Zone redundancy automatic and free. */
    static final String ACR_2025 = "acr-2025";
    /** Every accepted platform value. */
    static final List<String> PLATFORMS = List.of(NONE, ACR_2020, ACR_2022, ACR_2025);
    /** Regions of the 2020 zone-redundancy preview. */
    static final Set<String> PREVIEW_REGIONS = Set.of("eastus", "eastus2", "westus2");

    private final String platform;
    private final Topology topology;
    private final RegionCatalogue catalogue;
    private final Diagnostics d;

    /** Rules of {@code platform} over {@code topology}, reporting to {@code d}. */
    PlatformRules(String platform, Topology topology, RegionCatalogue catalogue, Diagnostics d) {
        this.platform = platform;
        this.topology = topology;
        this.catalogue = catalogue;
        this.d = d;
    }

    /** What the rules of {@code platform} require, in one sentence for reports (SPEC 4.4). */
    public static String describe(String platform) {
        return switch (platform) {
            case ACR_2020 -> "zone redundancy and geo-replication need the Premium SKU; zone redundancy only in "
                    + "eastus, eastus2 and westus2, fixed when a replica is created and never disabled; one replica "
                    + "per region";
            case ACR_2022 -> "zone redundancy and geo-replication need the Premium SKU; zone redundancy in every "
                    + "catalogue region with availability zones, fixed when a replica is created; one replica per "
                    + "region";
            case ACR_2025 -> "zone redundancy automatic and free in every region with availability zones, for every "
                    + "SKU (a request for false there is overridden); never in regions without zones; "
                    + "geo-replication needs the Premium SKU";
            default -> "no rules: every flag is taken as written (a what-if study)";
        };
    }

    /** Checks the registry at creation; returns it with acr-2025 overrides applied. */
    RegistrySpec registry(RegistrySpec r) {
        if (platform.equals(NONE)) {
            return r;
        }
        if (r.replicas().size() > 1 && !r.sku().equals("Premium")) {
            violation("registry.sku", "geo-replication (" + r.replicas().size() + " replicas) requires sku Premium");
        }
        Map<String, ReplicaSpec> replicas = new LinkedHashMap<>();
        for (ReplicaSpec rep : r.replicas().values()) {
            replicas.put(rep.region(), replica(rep, r.sku(), "registry.replicas." + rep.region() + ".zone_redundancy"));
        }
        return new RegistrySpec(r.name(), r.sku(), r.home(), replicas, r.writeQuorum(), r.zoneFailoverHours());
    }

    /** Checks each change (paths parallel to changes); returns them with acr-2025 overrides applied. */
    List<ChangeSpec> changes(List<ChangeSpec> changes, List<String> paths, String sku) {
        if (platform.equals(NONE)) {
            return changes;
        }
        List<ChangeSpec> out = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            ChangeSpec c = changes.get(i);
            String path = paths.get(i);
            if (c instanceof ChangeSpec.AddReplica a) {
                if (!sku.equals("Premium")) {
                    violation(path + ".add_replica", "geo-replication (add_replica) requires sku Premium");
                }
                c = new ChangeSpec.AddReplica(a.atHours(), replica(a.replica(), sku, path + ".zone_redundancy"),
                        a.syncHours());
            } else if (c instanceof ChangeSpec.SetZoneRedundancy z) {
                c = setZoneRedundancy(z, path + ".zone_redundancy");
            }
            out.add(c);
        }
        return out;
    }

    private ChangeSpec setZoneRedundancy(ChangeSpec.SetZoneRedundancy z, String path) {
        if (!platform.equals(ACR_2025)) {
            violation(path, z.zoneRedundant() ? "zone redundancy is fixed at creation; a change may not turn it on"
                    : "zone redundancy is fixed at creation and can never be disabled");
            return z;
        }
        boolean zoned = topology.region(z.region()).zones() > 1;
        if (zoned && !z.zoneRedundant()) {
            d.notice(d.locate(path), path, "zone redundancy is automatic in region '" + z.region()
                    + "', which has availability zones; false overridden to true (rule acr-2025)");
            return new ChangeSpec.SetZoneRedundancy(z.atHours(), z.region(), true, z.placement());
        }
        if (!zoned && z.zoneRedundant()) {
            violation(path, noZones(z.region()));
        }
        return z;
    }

    /** One replica's zone-redundancy rules; {@code path} locates its zone_redundancy value. */
    private ReplicaSpec replica(ReplicaSpec rep, String sku, String path) {
        String region = rep.region();
        if (platform.equals(ACR_2025)) {
            boolean zoned = topology.region(region).zones() > 1;
            if (zoned && !rep.zoneRedundant()) {
                d.notice(d.locate(path), path, "zone redundancy is automatic in region '" + region
                        + "', which has availability zones; false overridden to true (rule acr-2025)");
                return new ReplicaSpec(region, true, rep.placement(), rep.routing());
            }
            if (!zoned && rep.zoneRedundant()) {
                violation(path, noZones(region));
            }
            return rep;
        }
        if (rep.zoneRedundant()) {
            if (!sku.equals("Premium")) {
                violation(path, "zone redundancy requires sku Premium");
            }
            if (platform.equals(ACR_2020) && !PREVIEW_REGIONS.contains(region)) {
                violation(path, "zone redundancy is not available in region '" + region
                        + "' (only eastus, eastus2 and westus2)");
            } else if (platform.equals(ACR_2022) && !catalogue.hasZones(region)) {
                violation(path, "zone redundancy is not available in region '" + region
                        + "', which has no availability zones in the catalogue");
            }
        }
        return rep;
    }

    private String noZones(String region) {
        return "region '" + region + "' has no availability zones, so a replica there is never zone-redundant";
    }

    private void violation(String path, String message) {
        d.violation(d.locate(path), path, message + " (rule " + platform + ")");
    }
}
