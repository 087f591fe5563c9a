package zonesim.model;

import java.util.List;
import java.util.Map;

/**
 * One fully resolved configuration of a scenario, immutable and shared read-only across
 * replication threads. All times are in hours.
 */
public record Scenario(
        String name,
        String description,
        long seed,
        int replications,
        double horizonHours,
        double confidence,
        String platform,
        Topology topology,
        Failures failures,
        RegistrySpec registry,
        Map<String, ClientSpec> clients,
        RoutingSpec routing,
        ReplicationSpec replication,
        SlaSpec sla,
        List<OutageSpec> outages,
        List<ChangeSpec> changes) {

    public Scenario {
        clients = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(clients));
        outages = List.copyOf(outages);
        changes = List.copyOf(changes);
        if (replications < 1) {
            throw new IllegalArgumentException("replications must be >= 1");
        }
        if (!(horizonHours > 0)) {
            throw new IllegalArgumentException("horizon must be > 0");
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1)");
        }
    }

    /** A copy with another confidence level. */
    public Scenario withConfidence(double level) {
        return new Scenario(name, description, seed, replications, horizonHours, level, platform,
                topology, failures, registry, clients, routing, replication, sla, outages, changes);
    }

    /** A copy with other injected outages. */
    public Scenario withOutages(List<OutageSpec> newOutages) {
        return new Scenario(name, description, seed, replications, horizonHours, confidence, platform,
                topology, failures, registry, clients, routing, replication, sla, newOutages, changes);
    }

    /** A copy with another horizon (to sample the engine's speed on a shorter run). */
    public Scenario withHorizon(double newHorizonHours) {
        return new Scenario(name, description, seed, replications, newHorizonHours, confidence, platform,
                topology, failures, registry, clients, routing, replication, sla, outages, changes);
    }

    /** A copy with another replication count and seed (command-line overrides). */
    public Scenario withRun(int newReplications, long newSeed) {
        return new Scenario(name, description, newSeed, newReplications, horizonHours, confidence, platform,
                topology, failures, registry, clients, routing, replication, sla, outages, changes);
    }
}
