package zonesim.registry;

/**
 * A domain a push can land in (SPEC 4.6): one zone of a zone-redundant replica, or the
 * datacenter of a pinned one. {@code raw} is up iff the domain itself is available;
 * {@code guard} (-1 when the replica never switches) is up iff the replica currently
 * serves in this placement mode; {@code node} = raw AND guard. {@code destructions} are the
 * destruction nodes of the datacenters holding the domain's data.
 */
public record Holder(int node, int raw, int guard, int[] destructions) { }
