package zonesim.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The topology and {@code platform} (SPEC 4.4) that match an imported registry. Zones come
 * from the region catalogue (3 where it lists availability zones, else 1); a replica that the
 * input says is zone-redundant in a region the catalogue lists without zones, or does not
 * know, gets 3 zones (the input is taken as newer than the catalogue). The platform is the
 * one under which the input could have been created as it is:
 * <ul>
 * <li>{@code acr-2022} when every zone-redundant replica is Premium in a catalogue region with
 * zones and geo-replication is Premium; in particular zone redundancy off in a region with
 * zones is possible only before acr-2025 made it automatic;</li>
 * <li>{@code acr-2025} when a non-Premium registry is zone-redundant (only possible since then);</li>
 * <li>{@code none} (no rules) when the input breaks the rules of every platform.</li>
 * </ul>
 */
record PlatformChoice(String platform, List<String> reasons, Map<String, Integer> zones) {

    /** The choice for {@code imp}; notices for regions whose zones contradict the catalogue. */
    static PlatformChoice of(Imported imp, RegionNames regions, Found found) {
        Map<String, Integer> zones = new LinkedHashMap<>();
        List<String> conflicts = new ArrayList<>();
        for (Imported.Replica r : imp.replicas()) {
            boolean catalogued = regions.entry(r.region()).isPresent();
            boolean hasZones = regions.entry(r.region()).map(e -> e.hasZones()).orElse(false);
            if (r.zr() && !hasZones) {
                conflicts.add("the input makes the replica in " + r.region() + " zone-redundant, but the catalogue "
                        + (catalogued ? "lists no availability zones there" : "does not know the region"));
                found.notice(r.zoneRedundant().origin(), "zone redundancy in region '" + r.region() + "', which the "
                        + "catalogue " + (catalogued ? "lists without availability zones" : "does not know")
                        + ": modelled with 3 zones as the input implies");
            }
            zones.put(r.region(), hasZones || r.zr() ? 3 : 1);
        }
        boolean premium = imp.sku().value().equals("Premium");
        if (imp.replicas().size() > 1 && !premium) {
            conflicts.add("geo-replication (" + imp.replicas().size() + " replicas) needs Premium, and the SKU is "
                    + imp.sku().value());
        }
        List<String> zrOff = imp.replicas().stream().filter(r -> !r.zr() && zones.get(r.region()) > 1)
                .map(Imported.Replica::region).collect(Collectors.toList());
        boolean anyZr = imp.replicas().stream().anyMatch(Imported.Replica::zr);
        if (anyZr && !premium) {
            if (zrOff.isEmpty() && conflicts.isEmpty()) {
                return new PlatformChoice("acr-2025", List.of("zone redundancy on a " + imp.sku().value()
                        + " registry is possible only since acr-2025 made it automatic and free for every SKU."), zones);
            }
            conflicts.add("zone redundancy on a " + imp.sku().value() + " registry needs acr-2025, where it could "
                    + "not be off in " + String.join(", ", zrOff));
        }
        if (!conflicts.isEmpty()) {
            List<String> why = new ArrayList<>(conflicts);
            why.add(0, "no platform's creation rules allow this registry as imported, so none are checked:");
            for (int i = 1; i < why.size(); i++) {
                why.set(i, why.get(i) + (i == why.size() - 1 ? "." : ";"));
            }
            return new PlatformChoice("none", why, zones);
        }
        if (!zrOff.isEmpty()) {
            return new PlatformChoice("acr-2022", List.of("zone redundancy is off in " + String.join(", ", zrOff)
                    + ", which has availability zones: possible only before acr-2025 made it automatic."), zones);
        }
        if (!anyZr) {
            return new PlatformChoice("acr-2022", List.of("no replica is in a region with availability zones, "
                    + "and no replica is zone-redundant: acr-2022's rules hold."), zones);
        }
        return new PlatformChoice("acr-2022", List.of("every zone-redundant replica is Premium in a catalogue region "
                + "with zones, as acr-2022 requires (acr-2025 would accept it too, but would not allow "
                + "the no-zone-redundancy alternative below)."), zones);
    }
}
