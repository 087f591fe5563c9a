package zonesim.model;

import java.util.Map;

/**
 * Prices behind the yearly bill (SPEC 4.10), in {@code currency}: per replica and month, extra
 * per zone-redundant replica and month, per hour of pull downtime by client region, per
 * failed push and per lost push. zonesim ships no prices: the scenario states them.
 */
public record CostsSpec(String currency, double replicaPerMonth, double zoneRedundancyPerMonth,
                        Map<String, Double> downtimePerHour, double failedPush, double lostPush) {
    public CostsSpec {
        downtimePerHour = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(downtimePerHour));
        if (!(replicaPerMonth >= 0) || !(zoneRedundancyPerMonth >= 0) || !(failedPush >= 0) || !(lostPush >= 0)
                || downtimePerHour.values().stream().anyMatch(v -> !(v >= 0))) {
            throw new IllegalArgumentException("prices must be >= 0");
        }
    }

    /** Cost of one hour of pull downtime for clients in {@code region} (0 when not priced). */
    public double downtimePerHour(String region) {
        return downtimePerHour.getOrDefault(region, 0.0);
    }
}
