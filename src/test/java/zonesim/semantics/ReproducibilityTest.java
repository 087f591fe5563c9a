package zonesim.semantics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import zonesim.experiment.ConfigurationResult;
import zonesim.experiment.Experiment;
import zonesim.experiment.StudyResult;
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

    private static double[][] columns(StudyResult r, int config) {
        ConfigurationResult c = r.configurations().get(config);
        double[][] x = new double[c.observations().length][];
        for (int i = 0; i < x.length; i++) {
            x[i] = c.observations()[i].columns();
        }
        return x;
    }

    @Test
    void resultsAreBitIdenticalForAnyThreadCount() {
        Scenario s = busy().build();
        double[][] one = columns(Runs.run(s, 1), 0);
        double[][] two = columns(Runs.run(s, 2), 0);
        double[][] five = columns(Runs.run(s, 5), 0);
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
        double[][] a = columns(Runs.run(base, 2), 0);
        double[][] b = columns(Runs.run(bigger, 2), 0);
        for (int i = 0; i < a.length; i++) {
            // the first six columns are the eastus and westus2 replicas (pull down, outages, push down)
            assertArrayEquals(java.util.Arrays.copyOf(a[i], 6), java.util.Arrays.copyOf(b[i], 6), 0);
        }
    }

    @Test
    void configurationsShareFailureHistoriesOfCommonElements() {
        // Variant: westus2 becomes zone-redundant. eastus is untouched, so its figures are
        // bit-identical in both configurations; westus2's differ.
        Scenario base = busy().build();
        Scenario variant = busy().replica(new ReplicaSpec("westus2", true, null, true)).build();
        StudyResult r = Experiment.run(new Study("t.yaml", List.of(new Study.Configuration("baseline", base),
                new Study.Configuration("zr", variant))), 2, i -> { });
        double[][] a = columns(r, 0);
        double[][] b = columns(r, 1);
        boolean westDiffers = false;
        for (int i = 0; i < a.length; i++) {
            assertArrayEquals(java.util.Arrays.copyOf(a[i], 3), java.util.Arrays.copyOf(b[i], 3), 0);
            westDiffers |= a[i][3] != b[i][3];
        }
        assertFalse(!westDiffers, "zone redundancy should change westus2's downtime in some replication");
    }

    @Test
    void differentSeedsGiveDifferentHistories() {
        double[][] a = columns(Runs.run(busy().build(), 2), 0);
        double[][] b = columns(Runs.run(busy().run(40, 5 * 8760, 43).build(), 2), 0);
        boolean differ = false;
        for (int i = 0; i < a.length; i++) {
            differ |= !java.util.Arrays.equals(a[i], b[i]);
        }
        assertFalse(!differ);
    }
}
