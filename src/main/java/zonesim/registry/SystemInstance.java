package zonesim.registry;

import java.util.Map;
import zonesim.kernel.Simulator;
import zonesim.model.Scenario;
import zonesim.structure.GateNetwork;

/**
 * One replication's live system: the structure of SPEC 4.1-4.3 as a gate network, the
 * failure processes and injected outages driving its leaves, and the simulator that runs
 * them. Built fresh for every replication (a random placement is drawn here) and confined
 * to one thread.
 *
 * <p>Structure: datacenter = power AND cooling AND network AND destruction; zone = zone
 * process AND at least one datacenter; region = region process; zone-redundant replica
 * pull = region AND service AND (>= 1 zone) AND no failover window, push the same with
 * {@code write_quorum} zones; pinned replica = region AND its zone AND its datacenter AND
 * service; global = any replica available for pull. An element targeted by an injected
 * outage gets one more input, a leaf the outage holds down.
 */
public final class SystemInstance {
    private final Simulator simulator;
    private final GateNetwork network;
    private final Map<String, ReplicaNodes> replicas;
    private final Map<String, Integer> elements;
    private final int global;
    private final GlobalEndpoint endpoint;

    SystemInstance(Simulator simulator, GateNetwork network, Map<String, ReplicaNodes> replicas,
                           Map<String, Integer> elements, int global, GlobalEndpoint endpoint) {
        this.simulator = simulator;
        this.network = network;
        this.replicas = replicas;
        this.elements = elements;
        this.global = global;
        this.endpoint = endpoint;
    }

    /** The global endpoint routing client traffic (SPEC 4.5). */
    public GlobalEndpoint endpoint() {
        return endpoint;
    }

    /** The simulator (clock and queue) of this replication. */
    public Simulator simulator() {
        return simulator;
    }

    /** The structure. */
    public GateNetwork network() {
        return network;
    }

    /** Replica nodes by region, in declaration order. */
    public Map<String, ReplicaNodes> replicas() {
        return replicas;
    }

    /** Element nodes by SPEC 4.2 path (regions, zones, datacenters, their processes, replica services). */
    public Map<String, Integer> elements() {
        return elements;
    }

    /** Node that is up iff at least one replica is available for pull. */
    public int global() {
        return global;
    }

    /** Builds replication {@code replication} of {@code s} with every process scheduled. */
    public static SystemInstance build(Scenario s, int replication) {
        return build(s, new ChangePlan(s), replication);
    }

    /** As {@link #build(Scenario, int)}, with the configuration timeline already replayed. */
    public static SystemInstance build(Scenario s, ChangePlan plan, int replication) {
        return new SystemAssembly(s, plan, replication).finish();
    }
}
