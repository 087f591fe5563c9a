package zonesim.semantics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import zonesim.exact.ExactMetrics;
import zonesim.model.FailureSpec;
import zonesim.model.Placement;
import zonesim.model.ProcessKind;
import zonesim.model.ReplicaSpec;
import zonesim.model.Scenario;
import zonesim.testing.Runs;
import zonesim.testing.Scenarios;

/**
 * SPEC 4.3: zone-failover windows are interruptions: unavailable time, but apart from
 * outages; the exact engine defines them the same way (SPEC 7).
 */
class InterruptionsTest {
    private static final double W = 5.0 / 3600;

    @Test
    void windowsAreInterruptionsCountedApartFromOutages() {
        // zone-redundant, 3 zones of 1 datacenter; only power fails (500 h, 5 h), u = 5/505.
        // Windows open when a zone goes down while another is up: 3 x (1/505) x (1 - u^2) per hour.
        // Outages need all three zones down: f = 3 (1/505) u^2. Window time W per window.
        Scenario s = Scenarios.builder().region("r", 3, 1)
                .failures(ProcessKind.POWER, FailureSpec.exponential(500, 5))
                .replica(new ReplicaSpec("r", true, null, true)).zoneFailoverHours(W).run(400, 5 * 8760, 13).build();
        double u = 5.0 / 505;
        double windows = 3 / 505.0 * (1 - u * u) * 8760;
        double outages = 3 / 505.0 * u * u * 8760;
        Map<String, Double> exact = ExactMetrics.of(s);
        assertEquals(windows, exact.get("replicas.r.interruptions_per_year"), 1e-12 * windows);
        assertEquals(outages, exact.get("replicas.r.outages_per_year"), 1e-12 * outages);
        assertEquals(windows * W * 60, exact.get("replicas.r.interruption_minutes_per_year"), 1e-9);
        assertEquals(1 - (u * u * u + windows * W / 8760), exact.get("replicas.r.availability"), 1e-15);
        Covers.assertCovers(windows, s, "replicas.r.interruptions_per_year");
        Covers.assertCovers(outages, s, "replicas.r.outages_per_year");
        Covers.assertCovers(windows, s, "global.interruptions_per_year"); // one replica: the same windows
    }

    @Test
    void aPinnedReplicaHasNoInterruptionsAndNeitherDoesAnyReplicaWithoutWindows() {
        // pinned replicas never open windows: every pull outage, of a replica or of the any-replica
        // service, is an outage, whichever of the two nodes hears of a change first
        Scenario s = Scenarios.builder().region("r", 1, 1).region("q", 1, 1)
                .failures(ProcessKind.POWER, FailureSpec.exponential(50, 5))
                .replica(new ReplicaSpec("r", false, new Placement.Pinned(0, 0), true))
                .replica(new ReplicaSpec("q", false, new Placement.Pinned(0, 0), true))
                .zoneFailoverHours(W).run(50, 8760, 2).build();
        var e = Runs.run(s, 2).summary().estimates().get("baseline");
        assertEquals(0, e.get("replicas.r.interruptions_per_year").mean(), 0);
        assertEquals(0, e.get("global.interruptions_per_year").mean(), 0);
        assertEquals(0, e.get("global.interruption_minutes_per_year").mean(), 0);
    }
}
