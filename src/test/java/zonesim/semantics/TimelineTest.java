package zonesim.semantics;

import zonesim.distribution.Fixed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import zonesim.experiment.Summary;
import zonesim.metrics.Interval;
import zonesim.model.ChangeSpec;
import zonesim.model.ClientSpec;
import zonesim.distribution.Distribution;
import zonesim.model.OutageSpec;
import zonesim.model.Placement;
import zonesim.model.ReplicaSpec;
import zonesim.model.RoutingSpec;
import zonesim.model.Scenario;
import zonesim.testing.Runs;
import zonesim.testing.Scenarios;

/**
 * SPEC 4.8 timelines on a deterministic case (no random failures; injected outages;
 * detection fixed at 2 min, recovery detection 3 min). Horizon 1000 h.
 * Changes: West US 2 added at 100 h with 10 h sync; East US's endpoint disabled at 300 h.
 * Phases: [0, 100), [100, 300), [300, 1000).
 */
class TimelineTest {
    private static final double MIN = 1.0 / 60;

    private static Map<String, Interval> run(Scenarios b) {
        Scenario s = b.build();
        return Runs.run(s, 2).summary().estimates().get("baseline");
    }

    private static Scenarios migration() {
        return Scenarios.builder()
                .region("eastus", 1, 1, 37.37, -79.82).region("westus2", 1, 1, 47.23, -119.85)
                .replica(new ReplicaSpec("eastus", false, new Placement.Pinned(0, 0), true))
                .client(new ClientSpec("eastus", 100, 0, List.of(), 37.37, -79.82))
                .routing(new RoutingSpec(new Fixed(2 * MIN), 0, 3 * MIN, 0))
                .change(new ChangeSpec.AddReplica(100, new ReplicaSpec("westus2", false, new Placement.Pinned(0, 0),
                        true), 10))
                .change(new ChangeSpec.SetRouting(300, "eastus", false))
                .outage(new OutageSpec("eastus", 50, 6, "before", 0, 0))
                .outage(new OutageSpec("eastus", 200, 6, "after", 0, 0))
                .outage(new OutageSpec("eastus", 400, 6, "routed-away", 0, 0))
                .run(2, 1000, 1);
    }

    @Test
    void eachPhaseShowsWhatTheMigrationBought() {
        Map<String, Interval> m = run(migration());
        // phase 0 [0, 100): one replica; the 6 h outage hits clients fully: 1 - 6 / 100
        assertEquals(1 - 6.0 / 100, m.get("phases.0.clients.eastus.pull.availability").mean(), 1e-12);
        // phase 1 [100, 300): West US 2 serves from 110 h; the outage at 200 h costs the 2 min detection
        assertEquals(1 - 2 * MIN / 200, m.get("phases.1.clients.eastus.pull.availability").mean(), 1e-12);
        // phase 2 [300, 1000): East US takes no routed traffic, its outage at 400 h is invisible
        assertEquals(1, m.get("phases.2.clients.eastus.pull.availability").mean(), 0);
        // whole horizon: 6 h + 2 min of 1000 h
        assertEquals(1 - (6 + 2 * MIN) / 1000, m.get("clients.eastus.pull.availability").mean(), 1e-12);
        // the any-replica service: down only in phase 0
        assertEquals(1 - 6.0 / 100, m.get("phases.0.global.availability").mean(), 1e-12);
        assertEquals(1, m.get("phases.1.global.availability").mean(), 0);
    }

    @Test
    void addedReplicaIsMeasuredOnlyWhileItServes() {
        Map<String, Interval> m = run(migration().outage(new OutageSpec("westus2", 500, 9, "x", 0, 0)));
        // West US 2 serves from 110 h to 1000 h = 890 h, and is down 9 h of them
        assertEquals(1 - 9.0 / 890, m.get("replicas.westus2.availability").mean(), 1e-12);
        assertEquals(1, m.get("phases.1.replicas.westus2.availability").mean(), 0);
        assertFalse(m.containsKey("phases.0.replicas.westus2.availability"), "it does not exist in phase 0");
        // East US: 3 outages of 6 h in 1000 h
        assertEquals(1 - 18.0 / 1000, m.get("replicas.eastus.availability").mean(), 1e-12);
    }

    @Test
    void removedReplicaStopsServingAndStopsCounting() {
        // West US 2 removed at 600 h: served 110..600 h = 490 h; its outage at 700 h no longer counts.
        Map<String, Interval> m = run(migration().change(new ChangeSpec.RemoveReplica(600, "westus2"))
                .outage(new OutageSpec("westus2", 500, 7, "x", 0, 0))
                .outage(new OutageSpec("westus2", 700, 5, "y", 0, 0)));
        assertEquals(1 - 7.0 / 490, m.get("replicas.westus2.availability").mean(), 1e-12);
        // clients: East US is not routable after 300 h and West US 2 is gone after 600 h,
        // so from 600 h nothing is routable: pulls fail for the last 400 h of the last phase [600, 1000)
        assertEquals(0, m.get("phases.3.clients.eastus.pull.availability").mean(), 0);
    }

    @Test
    void zoneRedundancyCanBeSwitchedWhereThePlatformAllowsIt() {
        // East US pinned to az1/dc1 until 500 h, then zone-redundant. az1 down [100, 106) and [600, 606):
        // the first outage takes the replica down, the second does not (zone failover window 0).
        Map<String, Interval> m = run(Scenarios.builder().region("eastus", 3, 1)
                .replica(new ReplicaSpec("eastus", false, new Placement.Pinned(0, 0), true))
                .change(new ChangeSpec.SetZoneRedundancy(500, "eastus", true, null))
                .outage(new OutageSpec("eastus/az1", 100, 6, "a", 0, 0))
                .outage(new OutageSpec("eastus/az1", 600, 6, "b", 0, 0))
                .run(2, 1000, 1));
        assertEquals(1 - 6.0 / 500, m.get("phases.0.replicas.eastus.availability").mean(), 1e-12);
        assertEquals(1, m.get("phases.1.replicas.eastus.availability").mean(), 0);
    }

    @Test
    void configurationSwitchesCauseNoPhantomOutagesOrDataAtRisk() {
        // Nothing ever fails. A pinned replica becomes zone-redundant at 300 h and pinned again at 600 h;
        // a second replica is removed at 500 h. Pushes flow all year. Expected: no outage, nothing at risk.
        Map<String, Interval> m = run(Scenarios.builder()
                .region("eastus", 3, 1, 37.37, -79.82).region("westus2", 1, 1, 47.23, -119.85)
                .replica(new ReplicaSpec("eastus", false, new Placement.Pinned(0, 0), true))
                .replica(new ReplicaSpec("westus2", false, new Placement.Pinned(0, 0), true))
                .client(new ClientSpec("eastus", 10, 10, List.of(), 37.37, -79.82))
                .change(new ChangeSpec.SetZoneRedundancy(300, "eastus", true, null))
                .change(new ChangeSpec.SetZoneRedundancy(600, "eastus", false, null))
                .change(new ChangeSpec.RemoveReplica(500, "westus2"))
                .run(2, 1000, 1));
        assertEquals(0, m.get("replicas.eastus.outages_per_year").mean(), 0);
        assertEquals(0, m.get("replicas.westus2.outages_per_year").mean(), 0);
        assertEquals(0, m.get("global.outages_per_year").mean(), 0);
        assertEquals(0, m.get("data.pushes_at_risk_per_year").mean(), 0);
        assertEquals(1, m.get("clients.eastus.pull.availability").mean(), 0);
    }

    @Test
    void settingTheCurrentZoneRedundancyAgainChangesNothing() {
        // a change to the mode the replica already has is a no-op (it used to crash the run)
        Scenarios b = Scenarios.builder().region("eastus", 3, 1)
                .replica(new ReplicaSpec("eastus", false, new Placement.Pinned(0, 0), true))
                .outage(new OutageSpec("eastus/az1", 100, 6, "a", 0, 0)).run(2, 1000, 1);
        Map<String, Interval> without = run(b);
        Map<String, Interval> with = run(b.change(new ChangeSpec.SetZoneRedundancy(50, "eastus", false, null)));
        assertEquals(without.get("replicas.eastus.availability").mean(), with.get("replicas.eastus.availability").mean(), 0);
        assertEquals(1 - 6.0 / 1000, with.get("replicas.eastus.availability").mean(), 1e-12);
    }
}
