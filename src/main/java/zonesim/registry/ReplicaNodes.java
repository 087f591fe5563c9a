package zonesim.registry;

import java.util.List;

/**
 * Structure nodes of one replica. {@code pull} and {@code push}: available for each
 * (zone-failover windows included); {@code struct}: available for pull for structural
 * reasons alone (no failover window), whose down periods are the replica's outages (SPEC
 * 4.3); {@code probe}: its availability as the global endpoint's health probe sees it
 * (service incidents the probe misses count as up). {@code holders}: the domains a push can
 * land in (SPEC 4.6). {@code observedPull}, {@code observedPush} and {@code observedStruct}
 * are what its metrics watch: like the others, but counted up while the replica does not
 * exist (before it is added, after it is removed), so that its figures cover only the time
 * it serves. {@code present} is up iff the replica exists (-1: always).
 */
public record ReplicaNodes(String region, int pull, int push, int struct, int probe, List<Holder> holders,
                           int observedPull, int observedPush, int observedStruct, int present) {
    public ReplicaNodes {
        holders = List.copyOf(holders);
    }
}
