package zonesim.registry;

/** Structure nodes of one replica: available for pull, available for push. */
public record ReplicaNodes(String region, int pull, int push) { }
