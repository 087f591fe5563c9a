package zonesim.registry;

/**
 * Structure nodes of one replica: available for pull, available for push, and
 * {@code probe}, its availability as the global endpoint's health probe can see it
 * (service incidents the probe misses count as up). {@code holders} are the domains a
 * push can land in (SPEC 4.6): one per zone of a zone-redundant replica (up iff region,
 * service and that zone are), the replica itself when pinned; {@code destructions[h]}
 * are the destruction nodes of the datacenters holding domain h's data.
 */
public record ReplicaNodes(String region, int pull, int push, int probe, int[] holders, int[][] destructions) { }
