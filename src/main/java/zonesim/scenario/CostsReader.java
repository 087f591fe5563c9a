package zonesim.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import zonesim.model.CostsSpec;

/**
 * {@code costs} (SPEC 4.10): currency (default USD), replica_per_month,
 * zone_redundancy_per_month, downtime_per_hour (one number for every client region, or a
 * map by client region), failed_push, lost_push; every price >= 0 and 0 when absent.
 */
final class CostsReader {
    private static final List<String> KEYS = List.of("currency", "replica_per_month", "zone_redundancy_per_month",
            "downtime_per_hour", "failed_push", "lost_push");
    private static final double MAX_PRICE = 1e15;

    private CostsReader() { }

    /** The prices, or null when the scenario has no {@code costs} section. */
    static CostsSpec read(Fields root, Set<String> clientRegions) {
        if (!root.has("costs") || Values.isNull(root.get("costs"))) {
            return null;
        }
        Fields f = Fields.of(root.diagnostics(), root.get("costs"), root.path("costs"), KEYS);
        String currency = f.string("currency", "USD");
        Map<String, Double> downtime = new LinkedHashMap<>();
        if (f.get("downtime_per_hour") instanceof MappingNode) {
            Fields dt = Fields.of(f.diagnostics(), f.get("downtime_per_hour"), f.path("downtime_per_hour"), null);
            for (String region : dt.keys()) {
                if (!clientRegions.contains(region)) {
                    dt.diagnostics().error(dt.keyNode(region), dt.path(region), "no client region '" + region
                            + "' in clients" + DidYouMean.hint(region, clientRegions));
                    continue;
                }
                downtime.put(region, dt.number(region, 0, 0, MAX_PRICE));
            }
        } else if (f.has("downtime_per_hour")) {
            double each = f.number("downtime_per_hour", 0, 0, MAX_PRICE);
            clientRegions.forEach(r -> downtime.put(r, each));
        }
        return new CostsSpec(currency, f.number("replica_per_month", 0, 0, MAX_PRICE),
                f.number("zone_redundancy_per_month", 0, 0, MAX_PRICE), downtime, f.number("failed_push", 0, 0, MAX_PRICE),
                f.number("lost_push", 0, 0, MAX_PRICE));
    }
}
