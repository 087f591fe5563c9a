package zonesim.importer;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The {@code configurations} block of an imported scenario (SPEC 5): the obvious
 * alternatives, so that {@code run} answers "what would change?" at once.
 * <ul>
 * <li>{@code no-zone-redundancy}: every zone-redundant replica pinned to one datacenter
 * (drawn per replication), where the platform lets zone redundancy be off (not acr-2025);</li>
 * <li>{@code zone-redundant}: every replica in a region with zones made zone-redundant
 * (and the SKU Premium, which zone redundancy needs before acr-2025);</li>
 * <li>{@code add-REGION}: one more zone-redundant replica in the catalogue region with zones
 * nearest to the home (great-circle distance) that has no replica yet (SKU Premium, which
 * geo-replication needs).</li>
 * </ul>
 * Replica entries are written whole (zone redundancy, placement, routing).
 */
final class Alternatives {
    private Alternatives() { }

    /** The YAML text of the block, or "" when there is nothing to compare. */
    static String yaml(Imported imp, PlatformChoice choice, RegionNames regions) {
        StringBuilder b = new StringBuilder();
        Map<String, Integer> zones = choice.zones();
        List<Imported.Replica> zr = imp.replicas().stream().filter(Imported.Replica::zr).collect(Collectors.toList());
        List<Imported.Replica> canZr = imp.replicas().stream().filter(r -> !r.zr() && zones.get(r.region()) > 1)
                .collect(Collectors.toList());
        boolean premium = imp.sku().value().equals("Premium");
        if (!zr.isEmpty() && !choice.platform().equals("acr-2025")) {
            Writer.line(b, "  - name: no-zone-redundancy", "what zone redundancy buys: each replica in one datacenter");
            b.append("    registry:\n      replicas:\n");
            for (Imported.Replica r : zr) {
                b.append("        ").append(r.region()).append(": { zone_redundancy: false, placement: random, routing: ")
                        .append(r.routing().value()).append(" }\n");
            }
        }
        if (!canZr.isEmpty()) {
            Writer.line(b, "  - name: zone-redundant", "zone redundancy wherever the region has zones");
            b.append("    registry:\n");
            if (!premium && !choice.platform().equals("none")) {
                Writer.line(b, "      sku: Premium", "zone redundancy needs Premium before acr-2025");
            }
            b.append("      replicas:\n");
            for (Imported.Replica r : canZr) {
                b.append("        ").append(r.region()).append(": { zone_redundancy: true, routing: ")
                        .append(r.routing().value()).append(" }\n");
            }
        }
        String extra = regions.nearestZoneRegion(imp.home(),
                imp.replicas().stream().map(Imported.Replica::region).collect(Collectors.toList()));
        if (imp.replica(extra) == null) {
            String km = regions.entry(imp.home()).flatMap(h -> regions.entry(extra)
                    .map(e -> String.format(Locale.ROOT, ", %.0f km from %s", RegionNames.distanceKm(h, e), imp.home())))
                    .orElse("");
            String display = regions.entry(extra).map(e -> e.displayName()).orElse(extra);
            Writer.line(b, "  - name: add-" + extra, "one more replica: " + display
                    + ", the nearest region with zones not used" + km);
            b.append("    topology: { regions: { ").append(extra).append(": { zones: 3, datacenters_per_zone: 1 } } }\n");
            b.append("    registry:\n");
            if (!premium) {
                Writer.line(b, "      sku: Premium", "geo-replication needs Premium");
            }
            b.append("      replicas:\n");
            b.append("        ").append(extra).append(": { zone_redundancy: true, routing: true }\n");
        }
        if (b.length() == 0) {
            return "";
        }
        return "# What would change? Each alternative runs beside the baseline on common random numbers\n"
                + "# (zonesim run / compare); edit or add your own (SPEC 5).\n"
                + "configurations:\n" + b;
    }
}
