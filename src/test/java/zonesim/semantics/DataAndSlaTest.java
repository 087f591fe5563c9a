package zonesim.semantics;

import zonesim.distribution.Exponential;
import zonesim.distribution.Fixed;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import zonesim.experiment.Summary;
import zonesim.metrics.Interval;
import zonesim.model.ClientSpec;
import zonesim.distribution.Distribution;
import zonesim.model.OutageSpec;
import zonesim.model.Placement;
import zonesim.model.ReplicaSpec;
import zonesim.model.ReplicationSpec;
import zonesim.model.RoutingSpec;
import zonesim.model.Scenario;
import zonesim.model.SlaSpec;
import zonesim.testing.Runs;
import zonesim.testing.Scenarios;

/** SPEC 4.6 pushes at risk and lost, and 4.6a SLA windows, on hand-computable cases. */
class DataAndSlaTest {
    private static final double YEAR = 8760;
    private static final double MIN = 1.0 / 60;
    private static final RoutingSpec ROUTING = new RoutingSpec(new Fixed(2 * MIN), 0, 3 * MIN, 0);
    // exponential lags, mean 6 min, so E[min(L, a)] = 0.1 h (1 - e^{-a / 0.1 h}) = 0.1 h for a >> 0.1 h
    private static final ReplicationSpec LAGS = new ReplicationSpec(new Exponential(0.1),
            new Exponential(0.1));

    private static Scenarios pinnedPair(boolean withGeo) {
        Scenarios b = Scenarios.builder()
                .region("eastus", 1, 1, 37.37, -79.82).region("westus2", 1, 1, 47.23, -119.85)
                .replica(new ReplicaSpec("eastus", false, new Placement.Pinned(0, 0), true));
        if (withGeo) {
            b.replica(new ReplicaSpec("westus2", false, new Placement.Pinned(0, 0), true));
        }
        return b.client(new ClientSpec("eastus", 0, 100, List.of(), 37.37, -79.82))
                .routing(ROUTING).replication(LAGS).run(2, YEAR, 3);
    }

    private static Interval metric(Scenario s, String name) {
        return Runs.run(s, 2).summary().estimates().get("baseline").get(name);
    }

    @Test
    void failureOfTheOnlyHolderStrandsRateTimesMeanLag() {
        // 100 pushes/h into East US, copied to West US 2 after Exp(mean 0.1 h): M/G/inf gives
        // 100 x 0.1 = 10 pushes in flight when the datacenter fails at t = 1000 h.
        Scenario s = pinnedPair(true).outage(new OutageSpec("eastus/az1/dc1", 1000, 6, "power", 0, 0)).build();
        assertEquals(10, metric(s, "data.pushes_at_risk_per_year").mean(), 1e-6);
        assertEquals(0, metric(s, "data.pushes_lost_per_year").mean(), 0);
    }

    @Test
    void destructionLosesWhatWasNotYetCopied() {
        // the same datacenter destroyed at 1000 h (rebuilt after 60 d): the 10 in-flight pushes
        // are lost (and were at risk at that moment too).
        Scenario s = pinnedPair(true).outage(new OutageSpec("eastus/az1/dc1/destruction", 1000, 1440, "fire", 0, 0))
                .build();
        assertEquals(10, metric(s, "data.pushes_lost_per_year").mean(), 1e-6);
    }

    @Test
    void withoutAnyCopyTargetEverythingPushedIsLost() {
        // a single pinned replica: nothing is ever copied, so destruction at 1000 h loses all
        // 100 x 1000 = 100,000 pushes.
        Scenario s = pinnedPair(false).outage(new OutageSpec("eastus/az1/dc1/destruction", 1000, 1440, "fire", 0, 0))
                .build();
        assertEquals(100_000, metric(s, "data.pushes_lost_per_year").mean(), 1e-6);
    }

    @Test
    void aLonePinnedReplicaHasNothingInFlightButEverythingSingleHomed() {
        // A lone pinned replica has no second domain (SPEC 4.6): its pushes are single-homed, never
        // "at risk" (two failures of its datacenter count nothing), and the single-homed share is 1.
        Scenario s = pinnedPair(false)
                .outage(new OutageSpec("eastus/az1/dc1", 1000, 6, "a", 0, 0))
                .outage(new OutageSpec("eastus/az1/dc1", 3000, 6, "b", 0, 0)).build();
        assertEquals(0, metric(s, "data.pushes_at_risk_per_year").mean(), 0);
        assertEquals(1, metric(s, "data.single_homed_share").mean(), 1e-15);
        // with the geo replica the share is 0: every push has a second domain in the configuration
        Scenario geo = pinnedPair(true).outage(new OutageSpec("eastus/az1/dc1", 1000, 6, "a", 0, 0)).build();
        assertEquals(0, metric(geo, "data.single_homed_share").mean(), 0);
    }

    @Test
    void aPushCountsAtRiskOnlyOnce() {
        // West US 2 is down [500, 4000): East US's pushes (100/h) have no copy target and stay in
        // flight. At 1000 h East US's datacenter fails (6 h): at risk are the 10 in flight when
        // West US 2 went down (100 x 0.1 h, M/G/inf) plus 100 x 500 = 50,000 since. At 3000 h it
        // fails again: only the pushes made since it came back count, 100 x (3000 - 1006) =
        // 199,400 (the 50,010 are not counted again). Total 249,410 in the year.
        Scenario s = pinnedPair(true)
                .outage(new OutageSpec("westus2", 500, 3500, "w", 0, 0))
                .outage(new OutageSpec("eastus/az1/dc1", 1000, 6, "a", 0, 0))
                .outage(new OutageSpec("eastus/az1/dc1", 3000, 6, "b", 0, 0)).build();
        assertEquals(249_410, metric(s, "data.pushes_at_risk_per_year").mean(), 1e-3);
    }

    @Test
    void zoneRedundantReplicaStrandsOnlyTheFailedZonesShare() {
        // zone-redundant East US with 3 zones, no geo replica: a push lands in one of 3 zones
        // (rate 100/3 each) and is copied to another zone after Exp(0.1 h): losing az2 strands
        // 100 / 3 x 0.1 = 3.333 pushes.
        Scenario s = Scenarios.builder().region("eastus", 3, 1, 37.37, -79.82)
                .replica(new ReplicaSpec("eastus", true, null, true))
                .client(new ClientSpec("eastus", 0, 100, List.of(), 37.37, -79.82))
                .routing(ROUTING).replication(LAGS)
                .outage(new OutageSpec("eastus/az2", 1000, 6, "power", 0, 0)).run(2, YEAR, 3).build();
        assertEquals(100.0 / 3 * 0.1, metric(s, "data.pushes_at_risk_per_year").mean(), 1e-6);
    }

    @Test
    void slaBreachProbabilityCountsWindowsBelowTarget() {
        // windows of 730 h (12 per year); target 99.9% allows 0.73 h per window. Outages of 1 h at
        // 100 h and 0.5 h at 1000 h: only the first window breaches -> 1 of 12 per replication.
        Scenario s = pinnedPair(true).sla(new SlaSpec(0.999, 730))
                .outage(new OutageSpec("eastus", 100, 1, "x", 0, 0))
                .outage(new OutageSpec("eastus", 1000, 0.5, "y", 0, 0))
                .routing(new RoutingSpec(new Fixed(2), 0, 0, 0)).build();
        Interval p = metric(s, "sla.eastus.breach_probability");
        assertEquals(1.0 / 12, p.mean(), 1e-12);
        // the interval comes from the 2 replications (clusters of 12 windows), not 24 pooled windows
        assertEquals(2, p.n());
    }
}
