package zonesim.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import zonesim.model.FailureSpec;
import zonesim.model.Placement;
import zonesim.model.ProcessKind;
import zonesim.model.ReplicaSpec;
import zonesim.model.Scenario;
import zonesim.testing.Runs;
import zonesim.testing.Scenarios;

/**
 * The benchmark loop simulates exactly what the engine does under a fresh start: same
 * streams, same draw order, same stopping rule, so the same events and the same downtimes. If either side
 * changes how a process draws (or which stream it uses), this fails, and the speed
 * comparison of {@code zonesim bench} would no longer be like for like.
 */
class HandTunedLoopTest {

    /**
     * A REF66-like model with unequal regions (3 zones x 2 datacenters, 2 x 1, and a
     * region without zones) and every repair time 200x REF66's, so replicas and the
     * any-replica service go down often enough within 30 years for downtime to be compared.
     */
    private static Scenario model() {
        return Scenarios.builder()
                .region("eastus", 3, 2).region("westus2", 2, 1).region("westeurope", 3, 2)
                .failures(ProcessKind.POWER, FailureSpec.exponential(8760, 800))
                .failures(ProcessKind.COOLING, FailureSpec.exponential(17520, 1600))
                .failures(ProcessKind.NETWORK, FailureSpec.exponential(4380, 200))
                .failures(ProcessKind.ZONE, FailureSpec.exponential(43800, 1200))
                .failures(ProcessKind.REGION, FailureSpec.exponential(87600, 2400))
                .replica(new ReplicaSpec("eastus", true, null, true))
                .replica(new ReplicaSpec("westus2", true, null, true))
                .replica(new ReplicaSpec("westeurope", false, new Placement.Pinned(1, 0), true))
                .start(zonesim.model.Start.FRESH) // the loop starts every process up at t = 0
                .run(6, 30 * 8760, 17)
                .build();
    }

    @Test
    void reproducesTheEnginesEventsAndDowntime() {
        Scenario s = model();
        HandTunedLoop loop = new HandTunedLoop(s);
        long events = 0;
        double[] down = new double[3];
        double global = 0;
        for (int rep = 0; rep < s.replications(); rep++) {
            HandTunedLoop.Outcome o = loop.run(s.seed(), rep, s.horizonHours());
            events += o.events();
            for (int k = 0; k < 3; k++) {
                down[k] += o.replicaDownHours()[k];
            }
            global += o.globalDownHours();
        }
        assertEquals(Runs.run(s, 1).events(), events);
        // downtime minutes per year, averaged over replications, as the engine reports it
        double perYear = 8760 * 60 / s.horizonHours() / s.replications();
        String[] regions = {"eastus", "westus2", "westeurope"};
        for (int k = 0; k < 3; k++) {
            double mine = down[k] * perYear;
            assertTrue(mine > 100, "replica " + regions[k] + " must be down for a while: " + mine);
            assertEquals(mine, Runs.estimate(s, "replicas." + regions[k] + ".downtime_minutes_per_year").mean(),
                    1e-9 * mine, regions[k]);
        }
        assertTrue(global * perYear > 0.1, "the any-replica service must go down: " + global * perYear);
        assertEquals(global * perYear, Runs.estimate(s, "global.downtime_minutes_per_year").mean(),
                1e-9 * global * perYear);
    }
}
