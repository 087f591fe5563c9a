package zonesim.semantics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import zonesim.experiment.PreparedConfiguration;
import zonesim.experiment.Replication;
import zonesim.model.FailureSpec;
import zonesim.model.Placement;
import zonesim.model.ProcessKind;
import zonesim.model.ReplicaSpec;
import zonesim.model.Scenario;
import zonesim.model.Study;
import zonesim.testing.Runs;
import zonesim.testing.Scenarios;

/** SPEC 4.9: streams keyed by identity, not by creation order or thread. */
class ReproducibilityTest {

    private static Scenarios busy() {
        return Scenarios.builder().region("eastus", 3, 2).region("westus2", 3, 1)
                .failures(ProcessKind.POWER, FailureSpec.exponential(500, 5))
                .failures(ProcessKind.NETWORK, FailureSpec.exponential(300, 1))
                .failures(ProcessKind.ZONE, FailureSpec.exponential(2000, 6))
                .failures(ProcessKind.REGION, FailureSpec.exponential(5000, 12))
                .failures(ProcessKind.REPLICA, FailureSpec.exponential(3000, 2))
                .replica(new ReplicaSpec("eastus", true, null, true))
                .replica(new ReplicaSpec("westus2", false, Placement.RANDOM, true))
                .zoneFailoverHours(5.0 / 3600)
                .run(40, 5 * 8760, 42);
    }

    /** Slots per replica at the start of a record (pull, push and structural down hours, outages, interruptions, 4 duration sums). */
    private static final int PER_REPLICA = 9;

    private static double[][] columns(Runs.Collected r, String config) {
        return r.records().get(config).stream().map(zonesim.experiment.Observation::record).toArray(double[][]::new);
    }

    private static double[][] columns(Scenario s, int threads) {
        return columns(Runs.collect(s, threads), "baseline");
    }

    @Test
    void resultsAreBitIdenticalForAnyThreadCount() {
        Scenario s = busy().build();
        double[][] one = columns(s, 1);
        double[][] two = columns(s, 2);
        double[][] five = columns(s, 5);
        for (int i = 0; i < one.length; i++) {
            assertArrayEquals(one[i], two[i], 0);
            assertArrayEquals(one[i], five[i], 0);
        }
        assertEquals(Runs.run(s, 1).events(), Runs.run(s, 3).events());
    }

    @Test
    void addingARegionAndReplicaLeavesOtherHistoriesUnchanged() {
        Scenario base = busy().build();
        Scenario bigger = busy().region("westeurope", 3, 1)
                .replica(new ReplicaSpec("westeurope", true, null, true)).build();
        double[][] a = columns(base, 2);
        double[][] b = columns(bigger, 2);
        for (int i = 0; i < a.length; i++) {
            // the record starts with the eastus and westus2 replicas' slots
            assertArrayEquals(java.util.Arrays.copyOf(a[i], 2 * PER_REPLICA),
                    java.util.Arrays.copyOf(b[i], 2 * PER_REPLICA), 0);
        }
    }

    @Test
    void configurationsShareFailureHistoriesOfCommonElements() {
        // Variant: westus2 becomes zone-redundant. eastus is untouched, so its figures are
        // bit-identical in both configurations; westus2's differ.
        Scenario base = busy().build();
        Scenario variant = busy().replica(new ReplicaSpec("westus2", true, null, true)).build();
        Runs.Collected r = Runs.collect(new Study("t.yaml", List.of(new Study.Configuration("baseline", base),
                new Study.Configuration("zr", variant))), 2);
        double[][] a = columns(r, "baseline");
        double[][] b = columns(r, "zr");
        boolean westDiffers = false;
        for (int i = 0; i < a.length; i++) {
            assertArrayEquals(java.util.Arrays.copyOf(a[i], PER_REPLICA), java.util.Arrays.copyOf(b[i], PER_REPLICA), 0);
            westDiffers |= a[i][PER_REPLICA] != b[i][PER_REPLICA];
        }
        assertFalse(!westDiffers, "zone redundancy should change westus2's downtime in some replication");
    }

    /**
     * The structure is built once per configuration (per draw of the random placement) and
     * shared by its replications: a replication's record must not depend on which
     * replications ran before it. Bug caught: state left in the shared layout or wiring plan
     * by one replication (a network's slack, a listener, a drawn placement kept for the
     * wrong draw), which would make the record of replication i differ between a fresh
     * preparation and one that has run the others, forwards or backwards.
     */
    @Test
    void aReplicationDoesNotDependOnTheReplicationsBeforeIt() {
        Scenario s = busy().build();
        PreparedConfiguration forwards = PreparedConfiguration.of(s);
        PreparedConfiguration backwards = PreparedConfiguration.of(s);
        int n = 12;
        double[][] f = new double[n][];
        double[][] b = new double[n][];
        for (int i = 0; i < n; i++) {
            f[i] = Replication.run(forwards, i).record();
            b[n - 1 - i] = Replication.run(backwards, n - 1 - i).record();
        }
        for (int i = 0; i < n; i++) {
            double[] fresh = Replication.run(PreparedConfiguration.of(s), i).record();
            assertArrayEquals(fresh, f[i], 0);
            assertArrayEquals(fresh, b[i], 0);
        }
    }

    @Test
    void differentSeedsGiveDifferentHistories() {
        double[][] a = columns(busy().build(), 2);
        double[][] b = columns(busy().run(40, 5 * 8760, 43).build(), 2);
        boolean differ = false;
        for (int i = 0; i < a.length; i++) {
            differ |= !java.util.Arrays.equals(a[i], b[i]);
        }
        assertFalse(!differ);
    }
}
