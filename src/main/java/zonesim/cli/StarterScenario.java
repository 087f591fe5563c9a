package zonesim.cli;

import java.util.List;
import zonesim.importer.Defaults;
import zonesim.scenario.RegionCatalogue;

/**
 * The text of {@code zonesim init}'s starter scenario: the given regions from the catalogue
 * (3 zones where it lists availability zones), a replica in each (zone-redundant where the
 * region has zones, else one datacenter drawn per replication), clients next to the home,
 * the documented default failure, routing, replication and SLA figures that
 * {@code zonesim import} also uses (with the sources they cite), a commented costs section,
 * and a configuration without zone redundancy to compare when any replica has it.
 */
final class StarterScenario {
    private StarterScenario() { }

    /** The scenario for home region {@code home} and replica regions {@code regions} (the home first). */
    static String yaml(String home, List<String> regions, RegionCatalogue cat) {
        StringBuilder b = new StringBuilder();
        b.append("# Starter scenario written by `zonesim init`. Edit the regions, client rates and failure figures\n"
                + "# to your own knowledge; every key and its default is in scenarios/reference.yaml.\n");
        b.append("name: starter\n");
        b.append("description: ").append(cat.find(home).orElseThrow().displayName()).append(" home")
                .append(regions.size() > 1 ? " with " + (regions.size() - 1) + " geo-replica(s)" : "").append('\n');
        b.append("seed: 1\nreplications: 1000\nhorizon: 1y\nconfidence: 0.95\n");
        b.append("platform: acr-2022                  # zone redundancy where the region has zones (zonesim regions)\n\n");
        b.append("topology:\n  regions:\n");
        boolean anyZones = false;
        for (String r : regions) {
            boolean zones = cat.hasZones(r);
            anyZones |= zones;
            b.append("    ").append(r).append(": { zones: ").append(zones ? 3 : 1).append(", datacenters_per_zone: 1 }")
                    .append("   # ").append(cat.find(r).orElseThrow().displayName()).append('\n');
        }
        b.append(Defaults.builtIn().block("failures", 2)).append('\n');
        b.append(Defaults.builtIn().block("common_cause", 2)).append('\n');
        b.append("registry:\n  sku: Premium\n  home: ").append(home).append("\n  replicas:\n");
        for (String r : regions) {
            b.append("    ").append(r).append(cat.hasZones(r) ? ": { zone_redundancy: true }\n"
                    : ": { zone_redundancy: false, placement: random }\n");
        }
        b.append("\n# PLACEHOLDER client traffic: where your clients are and how often they pull and push.\n");
        b.append("clients:\n  ").append(home).append(": { pulls: 1000/h, pushes: 10/h }\n\n");
        for (String key : List.of("routing", "replication", "sla")) {
            b.append(Defaults.builtIn().block(key, 0)).append('\n');
        }
        b.append("# Yearly costs (SPEC 4.10): zonesim ships no prices. Uncomment and state yours, citing the\n"
                + "# price list and its date.\n"
                + "# costs:\n#   currency: USD\n#   replica_per_month: 50\n#   zone_redundancy_per_month: 0\n"
                + "#   downtime_per_hour: { " + home + ": 10000 }\n#   failed_push: 1\n#   lost_push: 500\n");
        if (anyZones) {
            b.append("\nconfigurations:                      # compared with the baseline on common random numbers\n"
                    + "  - name: no-zone-redundancy\n    registry:\n      replicas:\n");
            for (String r : regions) {
                if (cat.hasZones(r)) {
                    b.append("        ").append(r).append(": { zone_redundancy: false, placement: random }\n");
                }
            }
        }
        return b.toString();
    }
}
