package zonesim.semantics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import zonesim.distribution.Exponential;
import zonesim.distribution.Fixed;
import zonesim.model.ClientSpec;
import zonesim.model.OutageSpec;
import zonesim.model.Placement;
import zonesim.model.ReplicaSpec;
import zonesim.model.ReplicationSpec;
import zonesim.model.RoutingSpec;
import zonesim.model.Scenario;
import zonesim.testing.Runs;
import zonesim.testing.Scenarios;

/** SPEC 4.6: the chance of losing at least one push. */
class DataLossTest {
    private static final double MIN = 1.0 / 60;

    @Test
    void lossProbabilityIsPoissonInTheExpectedLostCount() {
        // East US and West US 2 pinned; 1 push/h into East US, copied after Exp(mean 0.1 h): the
        // number in flight is Poisson with mean 1 x 0.1 = 0.1 (M/G/inf), so destroying East US's
        // datacenter at 1000 h loses at least one push with probability 1 - e^-0.1 = 0.0951626.
        Scenario s = Scenarios.builder()
                .region("eastus", 1, 1, 37.37, -79.82).region("westus2", 1, 1, 47.23, -119.85)
                .replica(new ReplicaSpec("eastus", false, new Placement.Pinned(0, 0), true))
                .replica(new ReplicaSpec("westus2", false, new Placement.Pinned(0, 0), true))
                .client(new ClientSpec("eastus", 0, 1, List.of(), 37.37, -79.82))
                .routing(new RoutingSpec(new Fixed(2 * MIN), 0, 3 * MIN, 0))
                .replication(new ReplicationSpec(new Exponential(0.1), new Exponential(0.1)))
                .outage(new OutageSpec("eastus/az1/dc1/destruction", 1000, 1440, "fire", 0, 0)).run(2, 8760, 3).build();
        assertEquals(0.1, Runs.estimate(s, "data.pushes_lost_per_year").mean(), 1e-6);
        assertEquals(1 - Math.exp(-0.1), Runs.estimate(s, "data.loss_probability").mean(), 1e-6);
    }
}
