package zonesim.semantics;

import zonesim.distribution.Fixed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import zonesim.experiment.Summary;
import zonesim.model.FailureSpec;
import zonesim.model.OutageSpec;
import zonesim.model.Placement;
import zonesim.model.ProcessKind;
import zonesim.model.ReplicaSpec;
import zonesim.model.Scenario;
import zonesim.testing.Runs;
import zonesim.testing.Scenarios;

/** SPEC 4.7 injected outages and the 4.3 zone-failover window, on deterministic cases. */
class InjectedOutageTest {
    private static final double YEAR = 8760;

    private static double metric(Scenario s, String name) {
        return Runs.run(s, 2).summary().estimates().get("baseline").get(name).mean();
    }

    private static Scenarios eastus() {
        return Scenarios.builder().region("eastus", 3, 2)
                .replica(new ReplicaSpec("eastus", false, new Placement.Pinned(1, 0), true))
                .region("westus2", 3, 1)
                .replica(new ReplicaSpec("westus2", true, null, true))
                .run(3, YEAR, 5);
    }

    @Test
    void zoneOutageTakesPinnedReplicaDownForItsDuration() {
        // eastus/az2 down from day 30 for 6 h: the replica pinned to az2/dc1 loses exactly 6 h of 8760 h
        Scenario s = eastus().outage(new OutageSpec("eastus/az2", 30 * 24, 6, "power", 0, 0)).build();
        assertEquals(1 - 6 / YEAR, metric(s, "replicas.eastus.availability"), 1e-12);
        assertEquals(6 * 60 / YEAR * YEAR, metric(s, "replicas.eastus.downtime_minutes_per_year"), 1e-9);
        assertEquals(1, metric(s, "replicas.eastus.outages_per_year"), 1e-12);
        assertEquals(360, metric(s, "replicas.eastus.mean_outage_minutes"), 1e-9);
        // the other region's replica keeps the registry up
        assertEquals(1, metric(s, "global.availability"), 0);
    }

    @Test
    void repeatedOutagesRecurEveryPeriod() {
        // every 30 days from day 10 for 2 h: starts at 240 h + k 720 h < 8760 h -> k = 0..11, 12 outages, 24 h
        Scenario s = eastus().outage(new OutageSpec("eastus/az2/dc1/network", 240, 2, "net", 720, 0)).build();
        assertEquals(12, metric(s, "replicas.eastus.outages_per_year"), 1e-12);
        assertEquals(1 - 24 / YEAR, metric(s, "replicas.eastus.availability"), 1e-12);
    }

    @Test
    void jitterMovesOccurrencesButKeepsDurations() {
        // jitter shifts starts, never lengths: still 12 outages of 2 h (periods 720 h >> jitter 5 h)
        Scenario s = eastus().outage(new OutageSpec("eastus/az2/dc1", 240, 2, "x", 720, 5)).run(20, YEAR, 9).build();
        assertEquals(12, metric(s, "replicas.eastus.outages_per_year"), 1e-12);
        assertEquals(1 - 24 / YEAR, metric(s, "replicas.eastus.availability"), 1e-12);
    }

    @Test
    void forcedElementRecoversOnlyWhenRandomFailureHasAlsoEnded() {
        // power of dc1 fails deterministically: ttf fixed 100 h, ttr fixed 10 h -> down [100, 110), [210, 220), ...
        // injected outage of the same datacenter [105, 115): union [100, 115) -> 15 h, then the cycle goes on.
        // Horizon 200 h: downtime 15 h, one outage. A fresh start: the cycle begins new at t = 0.
        Scenario s = Scenarios.builder().region("r", 1, 1)
                .failures(ProcessKind.POWER, new FailureSpec(new Fixed(100),
                        new Fixed(10), 0, null))
                .replica(new ReplicaSpec("r", false, new Placement.Pinned(0, 0), true))
                .outage(new OutageSpec("r/az1/dc1", 105, 10, "x", 0, 0))
                .start(zonesim.model.Start.FRESH).run(2, 200, 1).build();
        assertEquals(1 - 15.0 / 200, metric(s, "replicas.r.availability"), 1e-12);
        assertEquals(8760.0 / 200, metric(s, "replicas.r.outages_per_year"), 1e-9);
    }

    @Test
    void zoneRedundantReplicaPaysOnlyTheFailoverWindowForAZoneLoss() {
        // zone_failover 5 s: eastus/az2 down 6 h -> the zone-redundant replica in eastus errors
        // for 5 s only; pushes too (write quorum 1). The window is an interruption (SPEC 4.3):
        // its 5 s count as unavailable, but it is no outage, so there is no outage to average.
        Scenario s = Scenarios.builder().region("eastus", 3, 2)
                .replica(new ReplicaSpec("eastus", true, null, true))
                .zoneFailoverHours(5.0 / 3600)
                .outage(new OutageSpec("eastus/az2", 720, 6, "power", 0, 0))
                .run(2, YEAR, 3).build();
        assertEquals(1 - 5.0 / 3600 / YEAR, metric(s, "replicas.eastus.availability"), 1e-15);
        assertEquals(1 - 5.0 / 3600 / YEAR, metric(s, "replicas.eastus.push_availability"), 1e-15);
        assertEquals(0, metric(s, "replicas.eastus.outages_per_year"), 0);
        assertEquals(8760 / YEAR, metric(s, "replicas.eastus.interruptions_per_year"), 1e-12);
        assertEquals(5.0 / 60 * 8760 / YEAR, metric(s, "replicas.eastus.interruption_minutes_per_year"), 1e-9);
        assertTrue(Double.isNaN(metric(s, "replicas.eastus.mean_outage_minutes")));
    }

    @Test
    void writeQuorumMakesAZoneLossAPushOutage() {
        // write_quorum 3 of 3 zones: az2 down 6 h -> pushes fail for 6 h, pulls for the 5 s window
        Scenario s = Scenarios.builder().region("eastus", 3, 1)
                .replica(new ReplicaSpec("eastus", true, null, true))
                .writeQuorum(3).zoneFailoverHours(5.0 / 3600)
                .outage(new OutageSpec("eastus/az2", 720, 6, "power", 0, 0))
                .failures(ProcessKind.REGION, FailureSpec.NEVER_FAILS)
                .run(2, YEAR, 3).build();
        assertEquals(1 - 6 / YEAR, metric(s, "replicas.eastus.push_availability"), 1e-12);
        assertEquals(1 - 5.0 / 3600 / YEAR, metric(s, "replicas.eastus.availability"), 1e-15);
    }

    @Test
    void replicaServiceOutageTakesOnlyThatReplicaDown() {
        Scenario s = eastus().outage(new OutageSpec("replica:westus2", 100, 3, "incident", 0, 0)).build();
        assertEquals(1 - 3 / YEAR, metric(s, "replicas.westus2.availability"), 1e-12);
        assertEquals(1, metric(s, "replicas.eastus.availability"), 0);
    }

    @Test
    void jitterLargerThanHalfThePeriodStillCoversEveryDrawnInterval() {
        // 1 h every 2 h with jitter 3 h reorders occurrences. Each replication's downtime must be
        // the measure of the union of the drawn intervals [s_k, s_k + 1 h) within the horizon,
        // with s_k = max(0, 10 h + 2 h k + 3 h (2 u_k - 1)) drawn in occurrence order from the
        // outage's own stream (SPEC 4.9 keys it by target and outage identity).
        OutageSpec o = new OutageSpec("r/az1/dc1", 10, 1, "x", 2, 3);
        double horizon = 500;
        Scenario s = Scenarios.builder().region("r", 1, 1)
                .replica(new ReplicaSpec("r", false, new Placement.Pinned(0, 0), true))
                .outage(o).run(5, horizon, 17).build();
        double[] availability = Runs.collect(s, 2).values("baseline", "replicas.r.availability");
        for (int rep = 0; rep < availability.length; rep++) {
            java.util.random.RandomGenerator rng = zonesim.random.StreamKeys.outage(17, s.outages().get(0)).replication(rep);
            java.util.List<double[]> iv = new java.util.ArrayList<>();
            for (int k = 0; 10 + 2.0 * k - 3 <= horizon; k++) {
                double start = Math.max(0, 10 + 2.0 * k + 3 * (2 * rng.nextDouble() - 1));
                iv.add(new double[] {start, start + 1});
            }
            iv.sort((a, b) -> Double.compare(a[0], b[0]));
            double down = 0;
            double covered = 0;
            for (double[] x : iv) {
                double a = Math.max(x[0], covered);
                double b = Math.min(x[1], horizon);
                if (b > a) {
                    down += b - a;
                }
                covered = Math.max(covered, x[1]);
            }
            assertEquals(down, (1 - availability[rep]) * horizon, 1e-9);
        }
    }
}
