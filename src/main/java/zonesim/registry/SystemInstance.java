package zonesim.registry;

import java.util.Map;
import zonesim.kernel.Simulator;
import zonesim.model.Scenario;
import zonesim.structure.GateNetwork;

/**
 * One replication's live system: the structure of SPEC 4.1-4.3 as a gate network, the
 * failure processes and injected outages driving its leaves, and the simulator that runs
 * them. Made for every replication from its configuration's {@link SystemTemplates} (a
 * random placement is drawn there) and confined to one thread.
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
    private final int globalStruct;
    private final GlobalEndpoint endpoint;

    SystemInstance(Simulator simulator, GateNetwork network, Map<String, ReplicaNodes> replicas,
                           Map<String, Integer> elements, int global, int globalStruct, GlobalEndpoint endpoint) {
        this.simulator = simulator;
        this.network = network;
        this.replicas = replicas;
        this.elements = elements;
        this.global = global;
        this.globalStruct = globalStruct;
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

    /** Node that is up iff at least one replica is available for pull for structural reasons (no failover window). */
    public int globalStruct() {
        return globalStruct;
    }

    /**
     * Builds replication {@code replication} of {@code s} with every process scheduled. Under
     * a steady start the clock starts at {@code -warmUpHours(s)}: the failure processes start
     * in their stationary state there, and what follows from them (routing beliefs, failover
     * windows, replication in flight) settles before t = 0, where the metrics begin.
     * Under a fresh start the clock starts at 0 with everything up.
     */
    public static SystemInstance build(Scenario s, int replication) {
        return build(s, new ChangePlan(s), replication);
    }

    /** As {@link #build(Scenario, int)}, with the configuration timeline already replayed. */
    public static SystemInstance build(Scenario s, ChangePlan plan, int replication) {
        return new SystemTemplates(s, plan).build(replication);
    }

    /** The longest warm-up (30 days), also for delays that never end. */
    static final double MAX_WARM_UP_HOURS = 720;

    /**
     * How long before t = 0 a steady start begins: at least a day, and twenty times the mean
     * time the derived states take to follow a change (detection, DNS TTL, recovery detection,
     * zone failover, replication lags), so that what is pending at the start has resolved.
     */
    public static double warmUpHours(Scenario s) {
        var r = s.routing();
        double settle = r.detection().meanHours() + r.dnsTtlHours() + r.recoveryDetectionHours()
                + s.registry().zoneFailoverHours() + s.replication().zoneLag().meanHours()
                + s.replication().geoLag().meanHours();
        return Math.min(MAX_WARM_UP_HOURS, Math.max(24, 20 * settle));
    }
}
