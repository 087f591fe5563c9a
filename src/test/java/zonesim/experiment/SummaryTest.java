package zonesim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import zonesim.metrics.Interval;
import zonesim.model.FailureSpec;
import zonesim.model.Placement;
import zonesim.model.ProcessKind;
import zonesim.model.ReplicaSpec;
import zonesim.testing.Runs;
import zonesim.testing.Scenarios;

/** Estimates stay within the metric's range. */
class SummaryTest {
    @Test
    void intervalsAreClippedToTheMetricsRange() {
        // three replications of a rarely failing replica: the raw Student-t interval of
        // availability reaches above 1 and that of downtime below 0 (the seed gives one
        // replication with downtime and two without, which the first assertion checks)
        var s = Scenarios.builder().region("r", 1, 1)
                .failures(ProcessKind.POWER, FailureSpec.exponential(20000, 50))
                .replica(new ReplicaSpec("r", false, new Placement.Pinned(0, 0), true)).run(3, 8760, 1).build();
        var est = Runs.run(s, 1).summary().estimates().get("baseline");
        Interval a = est.get("replicas.r.availability");
        Interval d = est.get("replicas.r.downtime_minutes_per_year");
        assertTrue(a.mean() + a.halfWidth() > 1, "the case must produce an interval that needs clipping: " + a);
        assertEquals(1, a.high(), 0);
        assertEquals(Math.max(0, d.mean() - d.halfWidth()), d.low(), 0);
        assertTrue(d.low() >= 0);
    }
}
