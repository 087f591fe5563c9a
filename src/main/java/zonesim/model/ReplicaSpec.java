package zonesim.model;

/**
 * A registry replica in one region. {@code placement} matters only when not zone
 * redundant. {@code routing == false} is ACR's {@code regionEndpointEnabled: false}.
 */
public record ReplicaSpec(String region, boolean zoneRedundant, Placement placement, boolean routing) {
    public ReplicaSpec {
        if (placement == null) {
            placement = new Placement.Pinned(0, 0);
        }
    }

    /** Path of the replica's service process, {@code replica:<region>}. */
    public String servicePath() {
        return "replica:" + region;
    }
}
