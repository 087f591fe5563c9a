package zonesim.model;

import java.util.Map;

/** The registry: SKU, home (control plane) region, replicas by region (declaration order). */
public record RegistrySpec(String name, String sku, String home, Map<String, ReplicaSpec> replicas,
                           int writeQuorum, double zoneFailoverHours) {
    public RegistrySpec {
        replicas = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(replicas));
        if (writeQuorum < 1) {
            throw new IllegalArgumentException("write_quorum must be >= 1");
        }
        if (!(zoneFailoverHours >= 0)) {
            throw new IllegalArgumentException("zone_failover must be >= 0");
        }
    }
}
