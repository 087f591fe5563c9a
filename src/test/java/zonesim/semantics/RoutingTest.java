package zonesim.semantics;

import zonesim.distribution.Fixed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import zonesim.experiment.StudyResult;
import zonesim.experiment.Summary;
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
 * SPEC 4.5 routing on deterministic cases: no random failures, injected outages only, a
 * fixed detection delay of 2 minutes, DNS TTL 0 unless stated, recovery detection 3 min.
 * East US clients sit at East US's coordinates, so East US is their nearest replica.
 */
class RoutingTest {
    private static final double YEAR = 8760;
    private static final double MIN = 1.0 / 60;

    private static Scenarios twoRegions(RoutingSpec routing, boolean eastRoutable) {
        return Scenarios.builder()
                .region("eastus", 3, 1, 37.37, -79.82).region("westus2", 3, 1, 47.23, -119.85)
                .replica(new ReplicaSpec("eastus", false, new Placement.Pinned(0, 0), eastRoutable))
                .replica(new ReplicaSpec("westus2", false, new Placement.Pinned(0, 0), true))
                .client(new ClientSpec("eastus", 1000, 10, List.of(), 37.37, -79.82))
                .routing(routing)
                .run(4, YEAR, 21);
    }

    private static RoutingSpec routing(double undetected) {
        return new RoutingSpec(new Fixed(2 * MIN), 0, 3 * MIN, undetected);
    }

    private static double metric(Scenario s, String name) {
        StudyResult r = Runs.run(s, 2);
        return r.summary().estimates().get("baseline").get(name).mean();
    }

    @Test
    void clientsAreDownForTheDetectionDelayThenFailOver() {
        // East US region down 6 h from t = 100 h: clients fail for the 2 min detection, then
        // reach West US 2; failback after recovery + 3 min detection costs nothing because
        // West US 2 serves meanwhile. Client downtime = 2 min of the year.
        Scenario s = twoRegions(routing(0), true).outage(new OutageSpec("eastus", 100, 6, "region", 0, 0)).build();
        assertEquals(1 - 2 * MIN / YEAR, metric(s, "clients.eastus.pull.availability"), 1e-12);
        assertEquals(1 - 2 * MIN / YEAR, metric(s, "clients.eastus.push.availability"), 1e-12);
        assertEquals(1 - 6 / YEAR, metric(s, "replicas.eastus.availability"), 1e-12);
        // failed pulls = rate x unavailable time = 1000/h x 2 min
        assertEquals(1000 * 2 * MIN, metric(s, "clients.eastus.pull.failed_requests_per_year"), 1e-9);
    }

    @Test
    void anOutageShorterThanDetectionIsNeverSeen() {
        // 1 min outage < 2 min detection: clients keep going to East US and fail for 1 min.
        Scenario s = twoRegions(routing(0), true).outage(new OutageSpec("eastus", 100, MIN, "blip", 0, 0)).build();
        assertEquals(1 - MIN / YEAR, metric(s, "clients.eastus.pull.availability"), 1e-12);
    }

    @Test
    void undetectedIncidentKeepsClientsDownForTheWholeIncident() {
        // undetected_incidents = 1: the probe never sees the service incident; 6 h down.
        Scenario s = twoRegions(routing(1), true)
                .outage(new OutageSpec("replica:eastus", 100, 6, "incident", 0, 0)).build();
        assertEquals(1 - 6 / YEAR, metric(s, "clients.eastus.pull.availability"), 1e-12);
        // a region failure is still detected: only the 2 min detection
        Scenario region = twoRegions(routing(1), true).outage(new OutageSpec("eastus", 100, 6, "x", 0, 0)).build();
        assertEquals(1 - 2 * MIN / YEAR, metric(region, "clients.eastus.pull.availability"), 1e-12);
    }

    @Test
    void replicaWithRoutingDisabledTakesNoTraffic() {
        // routing: false on East US: clients always go to West US 2, so East US's outage is invisible.
        Scenario s = twoRegions(routing(0), false).outage(new OutageSpec("eastus", 100, 6, "x", 0, 0)).build();
        assertEquals(1, metric(s, "clients.eastus.pull.availability"), 0);
        // and a West US 2 outage hits them fully: nothing else is routable
        Scenario w = twoRegions(routing(0), false).outage(new OutageSpec("westus2", 100, 6, "x", 0, 0)).build();
        assertEquals(1 - 6 / YEAR, metric(w, "clients.eastus.pull.availability"), 1e-12);
    }

    @Test
    void whenEveryReplicaIsBelievedDownTrafficGoesToTheMostPreferred() {
        // Both regions down [100, 106) h; East US comes back at 106 h but is still believed
        // down until 106 h + 3 min. With none believed healthy, traffic goes to the most
        // preferred replica, East US, which is up: clients recover at 106 h, not later.
        // Downtime = 6 h. (West US 2 down [100, 108) h.)
        Scenario s = twoRegions(routing(0), true)
                .outage(new OutageSpec("eastus", 100, 6, "x", 0, 0))
                .outage(new OutageSpec("westus2", 100, 8, "x", 0, 0)).build();
        assertEquals(1 - 6 / YEAR, metric(s, "clients.eastus.pull.availability"), 1e-12);
    }

    @Test
    void dnsTtlAddsAUniformShareToDetection() {
        // detection 2 min + U(0,1) x TTL 10 min, per failure: each replication's client
        // downtime lies in [2, 12] min, and the mean over replications is near 7 min.
        RoutingSpec r = new RoutingSpec(new Fixed(2 * MIN), 10 * MIN, 3 * MIN, 0);
        Scenario s = twoRegions(r, true).outage(new OutageSpec("eastus", 100, 6, "x", 0, 0)).run(400, YEAR, 5).build();
        for (double m : Runs.collect(s, 2).values("baseline", "clients.eastus.pull.downtime_minutes_per_year")) {
            double hours = m / 60 * YEAR / 8760;
            assertTrue(hours >= 2 * MIN - 1e-12 && hours <= 12 * MIN + 1e-12, () -> "downtime " + hours + " h");
        }
        // 99.9% interval of the mean downtime must cover 7 min (Covers explains the level)
        Covers.assertCovers(1 - 7 * MIN / YEAR, s, "clients.eastus.pull.availability");
    }

    @Test
    void zoneFailoverWindowReachesClientsOfAZoneRedundantReplica() {
        Scenario s = Scenarios.builder().region("eastus", 3, 1, 37.37, -79.82)
                .replica(new ReplicaSpec("eastus", true, null, true))
                .client(new ClientSpec("eastus", 100, 0, List.of(), 37.37, -79.82))
                .zoneFailoverHours(5.0 / 3600).routing(routing(0))
                .outage(new OutageSpec("eastus/az2", 100, 6, "power", 0, 0)).run(2, YEAR, 1).build();
        assertEquals(1 - 5.0 / 3600 / YEAR, metric(s, "clients.eastus.pull.availability"), 1e-15);
    }

    @Test
    void preferListOverridesDistance() {
        // prefer: [westus2]: East US's outage no longer matters, West US 2's does.
        Scenario s = Scenarios.builder()
                .region("eastus", 3, 1, 37.37, -79.82).region("westus2", 3, 1, 47.23, -119.85)
                .replica(new ReplicaSpec("eastus", false, new Placement.Pinned(0, 0), true))
                .replica(new ReplicaSpec("westus2", false, new Placement.Pinned(0, 0), true))
                .client(new ClientSpec("eastus", 10, 0, List.of("westus2"), 37.37, -79.82))
                .routing(routing(0))
                .outage(new OutageSpec("eastus", 100, 6, "x", 0, 0))
                .outage(new OutageSpec("westus2", 200, 6, "x", 0, 0)).run(2, YEAR, 1).build();
        assertEquals(1 - 2 * MIN / YEAR, metric(s, "clients.eastus.pull.availability"), 1e-12);
    }
}
