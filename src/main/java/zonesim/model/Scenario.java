package zonesim.model;

import java.util.List;
import java.util.Map;

/**
 * One fully resolved configuration of a scenario, immutable and shared read-only across
 * replication threads. All times are in hours. {@code costs} is null when the scenario
 * prices nothing.
 */
public record Scenario(
        String name,
        String description,
        long seed,
        int replications,
        double horizonHours,
        double confidence,
        String platform,
        Start start,
        Topology topology,
        Failures failures,
        List<CommonCauseSpec> commonCauses,
        RegistrySpec registry,
        Map<String, ClientSpec> clients,
        RoutingSpec routing,
        ReplicationSpec replication,
        SlaSpec sla,
        CostsSpec costs,
        List<OutageSpec> outages,
        List<ChangeSpec> changes) {

    public Scenario {
        clients = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(clients));
        commonCauses = List.copyOf(commonCauses);
        outages = List.copyOf(outages);
        changes = List.copyOf(changes);
        if (start == null) {
            start = Start.STEADY;
        }
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

    /** True when replications begin in the stationary state. */
    public boolean steady() {
        return start == Start.STEADY;
    }

    /** A copy with another confidence level. */
    public Scenario withConfidence(double level) {
        return new Scenario(name, description, seed, replications, horizonHours, level, platform, start, topology,
                failures, commonCauses, registry, clients, routing, replication, sla, costs, outages, changes);
    }

    /** A copy with other injected outages. */
    public Scenario withOutages(List<OutageSpec> newOutages) {
        return new Scenario(name, description, seed, replications, horizonHours, confidence, platform, start, topology,
                failures, commonCauses, registry, clients, routing, replication, sla, costs, newOutages, changes);
    }

    /** A copy with another horizon (to sample the engine's speed on a shorter run). */
    public Scenario withHorizon(double newHorizonHours) {
        return new Scenario(name, description, seed, replications, newHorizonHours, confidence, platform, start,
                topology, failures, commonCauses, registry, clients, routing, replication, sla, costs, outages, changes);
    }

    /** A copy with another replication count and seed (command-line overrides). */
    public Scenario withRun(int newReplications, long newSeed) {
        return new Scenario(name, description, newSeed, newReplications, horizonHours, confidence, platform, start,
                topology, failures, commonCauses, registry, clients, routing, replication, sla, costs, outages, changes);
    }

    /** A copy with another registry. */
    public Scenario withRegistry(RegistrySpec newRegistry) {
        return new Scenario(name, description, seed, replications, horizonHours, confidence, platform, start,
                topology, failures, commonCauses, newRegistry, clients, routing, replication, sla, costs, outages, changes);
    }

    /** A copy with another start. */
    public Scenario withStart(Start newStart) {
        return new Scenario(name, description, seed, replications, horizonHours, confidence, platform, newStart,
                topology, failures, commonCauses, registry, clients, routing, replication, sla, costs, outages, changes);
    }

    /** The common cause named {@code n}, or null. */
    public CommonCauseSpec commonCause(String n) {
        return commonCauses.stream().filter(c -> c.name().equals(n)).findFirst().orElse(null);
    }
}
