package zonesim.registry;

/**
 * Structure nodes of one replica. {@code pull} and {@code push}: available for each;
 * {@code probe}: its availability as the global endpoint's health probe sees it (service
 * incidents the probe misses count as up). {@code holders}: the domains a push can land
 * in (SPEC 4.6), one per zone of a zone-redundant replica (up iff region, service and
 * that zone are), the replica itself when pinned. {@code observedPull} and
 * {@code observedPush} are what its metrics watch: like pull and push, but counted up
 * while the replica does not exist (before it is added, after it is removed), so that
 * its figures cover only the time it serves.
 */
public record ReplicaNodes(String region, int pull, int push, int probe, java.util.List<Holder> holders,
                           int observedPull, int observedPush) { }
