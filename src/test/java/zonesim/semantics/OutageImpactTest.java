package zonesim.semantics;

import zonesim.distribution.Fixed;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import zonesim.experiment.OutageImpact;
import zonesim.experiment.StudyResult;
import zonesim.model.ClientSpec;
import zonesim.distribution.Distribution;
import zonesim.model.FailureSpec;
import zonesim.model.OutageSpec;
import zonesim.model.Placement;
import zonesim.model.ProcessKind;
import zonesim.model.ReplicaSpec;
import zonesim.model.RoutingSpec;
import zonesim.model.Scenario;
import zonesim.model.Start;
import zonesim.testing.Runs;
import zonesim.testing.Scenarios;

/** Issue 4 outage impact: the downtime each injected outage adds beyond the random failures. */
class OutageImpactTest {
    private static final double MIN = 1.0 / 60;

    @Test
    void eachOutageIsChargedOnlyTheDowntimeItAdds() {
        // No random failures except a deterministic power cycle of East US az1/dc1: down [100, 110), [210, 220), ...
        // Outage A: East US zone az1 [105, 113): overlaps the random failure [100, 110), so it adds only 3 h
        //   (113 - 110) to the replica pinned there; clients (routed away after 2 min detection, back 3 min
        //   after recovery, West US 2 serving meanwhile) lose nothing extra: the random failure already cost
        //   them the 2 min detection at 100 h, and the extension is served by West US 2.
        // Outage B: West US 2 region [500, 504): adds 4 h to that replica and nothing to East US clients.
        // A fresh start: the power cycle starts new at t = 0 (a steady start would place it at random).
        Scenario s = Scenarios.builder()
                .region("eastus", 1, 1, 37.37, -79.82).region("westus2", 1, 1, 47.23, -119.85)
                .failures(ProcessKind.POWER, FailureSpec.NEVER_FAILS)
                .override("eastus/az1/dc1/power", new FailureSpec(new Fixed(100), new Fixed(10),
                        0, null))
                .replica(new ReplicaSpec("eastus", false, new Placement.Pinned(0, 0), true))
                .replica(new ReplicaSpec("westus2", false, new Placement.Pinned(0, 0), true))
                .client(new ClientSpec("eastus", 100, 0, List.of(), 37.37, -79.82))
                .routing(new RoutingSpec(new Fixed(2 * MIN), 0, 3 * MIN, 0))
                .outage(new OutageSpec("eastus/az1", 105, 8, "A", 0, 0))
                .outage(new OutageSpec("westus2", 500, 4, "B", 0, 0))
                .start(Start.FRESH).run(3, 1000, 1).build();
        StudyResult r = Runs.run(s, 2);
        List<OutageImpact.Impact> impacts = r.summary().impacts();
        assertEquals(2, impacts.size());
        OutageImpact.Impact a = impacts.get(0);
        assertEquals(3 * 60, a.replicaMinutes().get("eastus").mean(), 1e-9);
        assertEquals(0, a.replicaMinutes().get("westus2").mean(), 0);
        assertEquals(0, a.clientMinutes().get("eastus").mean(), 1e-9);
        OutageImpact.Impact b = impacts.get(1);
        assertEquals(4 * 60, b.replicaMinutes().get("westus2").mean(), 1e-9);
        assertEquals(0, b.clientMinutes().get("eastus").mean(), 1e-9);
    }

    @Test
    void anOutageOfTheOnlyServingReplicaCostsClientsItsFullLength() {
        // One replica, no random failures: a 6 h region outage costs clients 360 min.
        Scenario s = Scenarios.builder().region("eastus", 1, 1, 37.37, -79.82)
                .replica(new ReplicaSpec("eastus", false, new Placement.Pinned(0, 0), true))
                .client(new ClientSpec("eastus", 100, 0, List.of(), 37.37, -79.82))
                .outage(new OutageSpec("eastus", 100, 6, "region", 0, 0)).run(2, 1000, 1).build();
        StudyResult r = Runs.run(s, 2);
        OutageImpact.Impact i = r.summary().impacts().get(0);
        assertEquals(360, i.clientMinutes().get("eastus").mean(), 1e-9);
        assertEquals(360, i.replicaMinutes().get("eastus").mean(), 1e-9);
        // 6 h x 100 pulls/h = 600 failed pulls per run of the drill
        assertEquals(600, i.clientFailedPulls().get("eastus").mean(), 1e-9);
    }
}
