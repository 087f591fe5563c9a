package zonesim.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import zonesim.experiment.Summary;
import zonesim.metrics.Interval;
import zonesim.model.FailureSpec;
import zonesim.model.ProcessKind;
import zonesim.model.ReplicaSpec;
import zonesim.model.Scenario;
import zonesim.testing.Runs;
import zonesim.testing.Scenarios;

/** The exact column of run includes zone-failover windows the way the simulator counts them. */
class ExactColumnsTest {

    /**
     * 3 zones of one datacenter, network MTTF 100 h / MTTR 1 h, a 30 min failover window and
     * write_quorum 3: a zone loss breaks the write quorum, so push windows add nothing while
     * pull windows add about 0.5 h x 3 / 101 per hour. Both exact values must lie in the
     * simulator's 99.9% intervals (tolerance as in zonesim.semantics.Covers).
     */
    @Test
    void failoverWindowsCountOnlyWhereTheyCauseAnOutage() {
        Scenario s = Scenarios.builder().region("r", 3, 1)
                .failures(ProcessKind.NETWORK, FailureSpec.exponential(100, 1))
                .replica(new ReplicaSpec("r", true, null, true))
                .writeQuorum(3).zoneFailoverHours(0.5)
                .run(300, 2 * 8760, 9).build().withConfidence(0.999);
        Map<String, Double> exact = ExactColumns.of(s);
        Map<String, Interval> est = Summary.of(Runs.run(s, 2)).estimates().get("baseline");
        for (String m : new String[] {"replicas.r.availability", "replicas.r.push_availability"}) {
            Interval i = est.get(m);
            double e = exact.get(m);
            assertTrue(i.low() <= e && e <= i.high(), () -> m + ": exact " + e + " outside " + i);
        }
    }
}
