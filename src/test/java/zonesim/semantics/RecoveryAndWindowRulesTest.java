package zonesim.semantics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import zonesim.model.ClientSpec;
import zonesim.distribution.Distribution;
import zonesim.distribution.Fixed;
import zonesim.model.OutageSpec;
import zonesim.model.Placement;
import zonesim.model.ReplicaSpec;
import zonesim.model.RoutingSpec;
import zonesim.model.Scenario;
import zonesim.testing.Runs;
import zonesim.testing.Scenarios;

/**
 * Two rules whose removal no other test notices, on deterministic cases (injected outages
 * only, fixed delays), with the downtime derived by hand both with and without the rule:
 * a replica that recovers before detection is never seen down (SPEC 4.5), and the zone
 * failover window opens only while the replica stays available (SPEC 4.3).
 */
class RecoveryAndWindowRulesTest {
    private static final double YEAR = 8760;
    private static final double MIN = 1.0 / 60;

    private static double metric(Scenario s, String name) {
        return Runs.run(s, 2).summary().estimates().get("baseline").get(name).mean();
    }

    @Test
    void aReplicaThatRecoversBeforeDetectionIsNeverSeenDown() {
        // East US clients prefer East US (nearest); detection 2 min, DNS TTL 0, recovery
        // detection 3 min. East US blips for 1 min at 100 h; West US 2 is down 6 h from 200 h.
        //   100 h: East US down; its failure would be learnt at 100 h + 2 min.
        //   100 h + 1 min: it recovers before that, so the pending change is dropped: the
        //     routing layer never saw it down and clients stay on East US.
        //   200 h: West US 2's outage does not touch them.
        // Client pull downtime: the 1 min blip. Without the rule, East US would be believed
        // down from 100 h + 2 min on (nothing tells the routing layer otherwise), clients
        // would move to West US 2 and fail from 200 h until its failure is learnt at
        // 200 h + 2 min (then none is believed healthy and traffic returns to East US):
        // 1 + 2 = 3 min.
        Scenario s = Scenarios.builder()
                .region("eastus", 3, 1, 37.37, -79.82).region("westus2", 3, 1, 47.23, -119.85)
                .replica(new ReplicaSpec("eastus", false, new Placement.Pinned(0, 0), true))
                .replica(new ReplicaSpec("westus2", false, new Placement.Pinned(0, 0), true))
                .client(new ClientSpec("eastus", 1000, 10, List.of(), 37.37, -79.82))
                .routing(new RoutingSpec(new Fixed(2 * MIN), 0, 3 * MIN, 0))
                .outage(new OutageSpec("eastus", 100, MIN, "blip", 0, 0))
                .outage(new OutageSpec("westus2", 200, 6, "region", 0, 0))
                .run(2, YEAR, 11).build();
        assertEquals(1 - MIN / YEAR, metric(s, "clients.eastus.pull.availability"), 1e-12);
        assertEquals(1 - MIN / YEAR, metric(s, "clients.eastus.push.availability"), 1e-12);
    }

    @Test
    void aZoneLostDuringARegionOutageOpensNoFailoverWindow() {
        // Zone-redundant East US (3 zones), zone_failover 1 h. The region is down [100, 110) h;
        // zone az1 fails at 109.5 h for 15 min, while the replica is already down. The window
        // opens only while the replica stays available, so none opens: downtime 10 h, one
        // outage. Were it opened, it would hold the replica down until 110.5 h: 10.5 h.
        Scenario s = Scenarios.builder().region("eastus", 3, 1)
                .replica(new ReplicaSpec("eastus", true, null, true))
                .zoneFailoverHours(1)
                .outage(new OutageSpec("eastus", 100, 10, "region", 0, 0))
                .outage(new OutageSpec("eastus/az1", 109.5, 0.25, "power", 0, 0))
                .run(2, YEAR, 5).build();
        assertEquals(1 - 10 / YEAR, metric(s, "replicas.eastus.availability"), 1e-12);
        assertEquals(YEAR / YEAR, metric(s, "replicas.eastus.outages_per_year"), 1e-9);
    }

    @Test
    void losingTheLastZoneIsAnOutageNotAWindow() {
        // zone_failover 2 h. az2 and az3 fail at 100 h for 100 h while az1 is up: the replica
        // stays available, so one window opens, [100, 102) h. az1 then fails at 150 h for 1 h:
        // no zone is left, the replica is down [150, 151) h, and no window opens on top.
        // Downtime 2 + 1 = 3 h. Were a window opened at 150 h it would last to 152 h: 4 h.
        Scenario s = Scenarios.builder().region("eastus", 3, 1)
                .replica(new ReplicaSpec("eastus", true, null, true))
                .zoneFailoverHours(2)
                .outage(new OutageSpec("eastus/az2", 100, 100, "power", 0, 0))
                .outage(new OutageSpec("eastus/az3", 100, 100, "power", 0, 0))
                .outage(new OutageSpec("eastus/az1", 150, 1, "power", 0, 0))
                .run(2, YEAR, 5).build();
        assertEquals(1 - 3 / YEAR, metric(s, "replicas.eastus.availability"), 1e-12);
    }
}
