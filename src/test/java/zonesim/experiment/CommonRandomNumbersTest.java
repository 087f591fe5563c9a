package zonesim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import zonesim.metrics.Interval;
import zonesim.model.FailureSpec;
import zonesim.model.Placement;
import zonesim.model.ProcessKind;
import zonesim.model.ReplicaSpec;
import zonesim.model.Scenario;
import zonesim.model.Study;
import zonesim.testing.Runs;
import zonesim.testing.Scenarios;

/** SPEC 5: paired comparisons on common random numbers. */
class CommonRandomNumbersTest {

    /**
     * A case built to show pairing: the region-wide process dominates downtime and is the
     * same in both configurations; the variant only makes the replica zone-redundant, which
     * removes the (smaller) datacenter and zone downtime. Pairing cancels the shared region
     * noise, so the paired interval of the difference must be much narrower than the
     * unpaired (Welch) one, whose variance is the sum of both configurations' variances.
     */
    @Test
    void pairedDifferenceIsNarrowerThanUnpaired() {
        Scenarios common = Scenarios.builder().region("r", 3, 1)
                .failures(ProcessKind.REGION, FailureSpec.exponential(200, 50))
                .failures(ProcessKind.POWER, FailureSpec.exponential(400, 8))
                .run(200, 8760, 5);
        Scenario pinned = common.replica(new ReplicaSpec("r", false, new Placement.Pinned(0, 0), true)).build();
        Scenario zr = Scenarios.builder().region("r", 3, 1)
                .failures(ProcessKind.REGION, FailureSpec.exponential(200, 50))
                .failures(ProcessKind.POWER, FailureSpec.exponential(400, 8))
                .replica(new ReplicaSpec("r", true, null, true)).run(200, 8760, 5).build();
        Runs.Collected r = Runs.collect(new Study("t.yaml", List.of(new Study.Configuration("baseline", pinned),
                new Study.Configuration("zr", zr))), 2);
        Interval paired = r.result().summary().comparisons().stream()
                .filter(c -> c.metric().equals("replicas.r.availability")).findFirst().orElseThrow().difference();
        double[] a = r.values("zr", "replicas.r.availability");
        double[] b = r.values("baseline", "replicas.r.availability");
        // unpaired: half-width t * sqrt(s_a^2 / n + s_b^2 / n)
        double unpaired = Interval.tQuantile(0.95, a.length - 1) * Math.sqrt(var(a) / a.length + var(b) / b.length);
        assertTrue(paired.halfWidth() < unpaired / 3,
                () -> "paired " + paired.halfWidth() + " vs unpaired " + unpaired);
        // and the difference itself is the difference of the two means
        assertEquals(mean(a) - mean(b), paired.mean(), 1e-15);
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    private static double var(double[] x) {
        double m = mean(x);
        double s = 0;
        for (double v : x) {
            s += (v - m) * (v - m);
        }
        return s / (x.length - 1);
    }
}
