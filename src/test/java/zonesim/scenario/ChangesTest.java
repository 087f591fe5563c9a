package zonesim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import zonesim.model.ChangeSpec;
import zonesim.model.Placement;
import zonesim.model.ReplicaSpec;
import zonesim.model.Scenario;

/** SPEC 4.8 changes become model records, in time order. */
class ChangesTest {
    @Test
    void changesAreParsedAndOrderedByTime() {
        Scenario s = Yaml.baseline("""
                topology: { regions: { eastus: {}, westus: { datacenters_per_zone: 2 } } }
                registry: { replicas: { eastus: {}, westus: { zone_redundancy: true } } }
                changes:
                  - { at: 200d, remove_replica: westus }
                  - { at: 100d, add_replica: northeurope, routing: false, sync: 2d }
                  - { at: 150d, replica: westus, routing: false, zone_redundancy: false, placement: az1/dc2 }
                """);
        assertEquals(List.of(
                new ChangeSpec.AddReplica(2400, new ReplicaSpec("northeurope", false, Placement.RANDOM, false), 48),
                new ChangeSpec.SetZoneRedundancy(3600, "westus", false, new Placement.Pinned(0, 1)),
                new ChangeSpec.SetRouting(3600, "westus", false),
                new ChangeSpec.RemoveReplica(4800, "westus")), s.changes());
        assertEquals(List.of("eastus", "westus", "northeurope"), List.copyOf(s.topology().regions().keySet()));
    }

    @Test
    void aReplicaAddedLaterCanBeTargetedAndOverridden() {
        Scenario s = Yaml.baseline("""
                topology:
                  regions: { eastus: {} }
                  overrides: { replica:westus2: { mttr: 2h } }
                registry: { replicas: { eastus: {} } }
                changes: [ { at: 1d, add_replica: westus2 } ]
                outages: [ { target: replica:westus2, at: 2d, duration: 1h }, { target: westus2/az3, at: 2d, duration: 1h } ]
                """);
        assertEquals(2, s.outages().size());
        assertEquals(2, s.failures().spec(zonesim.model.ProcessKind.REPLICA, "replica:westus2").ttr().meanHours(), 0);
    }

    @Test
    void aReplicaKeepsOnePlacementOverTheTimeline() {
        // westus is pinned at az1/dc1, removed, and added again at az1/dc2: refused, since the
        // simulator keeps one placement per replica (silently ignoring the second was a bug).
        List<String> problems = Yaml.problems("""
                topology: { regions: { eastus: {}, westus: { datacenters_per_zone: 2 } } }
                registry: { replicas: { eastus: {}, westus: { placement: az1/dc1 } } }
                changes:
                  - { at: 100d, remove_replica: westus }
                  - { at: 200d, add_replica: westus, placement: az1/dc2 }
                """);
        assertEquals(1, problems.size(), problems::toString);
        assertEquals(true, problems.get(0).startsWith("t.yaml:5:49: changes[1].placement:"), problems.get(0));
        // the same placement again is fine
        Yaml.baseline("""
                topology: { regions: { eastus: {}, westus: { datacenters_per_zone: 2 } } }
                registry: { replicas: { eastus: {}, westus: { placement: az1/dc1 } } }
                changes:
                  - { at: 100d, remove_replica: westus }
                  - { at: 200d, add_replica: westus, placement: az1/dc1 }
                """);
    }
}
