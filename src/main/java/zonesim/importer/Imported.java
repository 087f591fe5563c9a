package zonesim.importer;

import java.util.List;

/**
 * The registry as imported: its name as the input gives it, SKU, home region, and one replica
 * per region (the home first), every value with where it came from. Regions are zonesim
 * region ids (catalogue ids where the catalogue knows the region).
 */
record Imported(String name, Origin at, String source, Sourced<String> sku, String home, List<Replica> replicas,
                List<String> files) {
    Imported {
        replicas = List.copyOf(replicas);
        files = List.copyOf(files);
    }

    /** One replica: region id, the location as written, zone redundancy, and the regional endpoint flag. */
    record Replica(String region, Sourced<String> location, Sourced<Boolean> zoneRedundant, Sourced<Boolean> routing) {

        /** True iff zone-redundant. */
        boolean zr() {
            return zoneRedundant.value();
        }
    }

    /** True iff the name was read as written (not built from values known only at deployment). */
    boolean nameKnown() {
        return ArmScope.isKnown(ArmScope.NODES.textNode(name));
    }

    /** The name for messages and the scenario: unknown parts written back as their expressions. */
    String displayName() {
        return ArmScope.display(name);
    }

    /** The replica in {@code region}, or null. */
    Replica replica(String region) {
        return replicas.stream().filter(r -> r.region().equals(region)).findFirst().orElse(null);
    }
}
